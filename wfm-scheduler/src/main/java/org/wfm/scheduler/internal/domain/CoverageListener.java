package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@link IntervalCoverage#getScheduled()} equal to the number of assignments on the phones in each interval (in
 * all and per skill set): on shift, not on break, not in a {@link Session} they attend. Also keeps each session's
 * {@link Session#getMissing()}. It remembers what it counted for each assignment, and after a change of a shift, a
 * break or a session recounts only the assignments that change can touch (the shift's own; for a session, its
 * attendees' shifts around its old and new place) and notifies only the intervals whose count changed.
 */
public class CoverageListener implements VariableListener<Schedule, Object> {

    private final Map<ShiftAssignment, int[]> counted = new IdentityHashMap<>();
    private final Map<Session, boolean[]> present = new IdentityHashMap<>();
    private final Map<Session, Integer> startBefore = new IdentityHashMap<>();
    private Schedule.Index index;
    private int[] delta = new int[0];

    @Override
    public void beforeVariableChanged(ScoreDirector<Schedule> scoreDirector, Object entity) {
        if (entity instanceof Session session && !startBefore.containsKey(session)) {
            startBefore.put(session, session.getStart());
        }
    }

    @Override
    public void afterVariableChanged(ScoreDirector<Schedule> scoreDirector, Object entity) {
        if (entity instanceof ShiftAssignment assignment) {
            recount(scoreDirector, assignment);
            for (Session session : index.sessionsOf(assignment.getAgent())) {
                refreshPresence(scoreDirector, session, assignment.getAgent());
            }
            return;
        }
        Session session = (Session) entity;
        Integer old = startBefore.remove(session);
        for (AgentRules attendee : session.attendees()) {
            for (ShiftAssignment a : index.assignmentsOf(attendee)) {
                if (a.isAssigned() && (touches(a, session.getStart(), session.length())
                        || touches(a, old, session.length()))) {
                    recount(scoreDirector, a);
                }
            }
            refreshPresence(scoreDirector, session, attendee);
        }
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<Schedule> scoreDirector, Object entity) {
        // counted once added
    }

    @Override
    public void afterEntityAdded(ScoreDirector<Schedule> scoreDirector, Object entity) {
        throw new UnsupportedOperationException("the schedule's entities are fixed: moves change variables only");
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<Schedule> scoreDirector, Object entity) {
        throw new UnsupportedOperationException("the schedule's entities are fixed: moves change variables only");
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<Schedule> scoreDirector, Object entity) {
        // never called: removal is refused before
    }

    @Override
    public void resetWorkingSolution(ScoreDirector<Schedule> scoreDirector) {
        Schedule schedule = scoreDirector.getWorkingSolution();
        startBefore.clear();
        counted.clear();
        present.clear();
        schedule.recount();
        index = schedule.index();
        for (ShiftAssignment a : schedule.getAssignments()) {
            counted.put(a, a.workingIntervals(index.sessionsOf(a.getAgent())));
        }
        for (Session s : schedule.getSessions()) {
            boolean[] in = new boolean[s.attendees().size()];
            for (int k = 0; k < in.length; k++) {
                in[k] = index.attends(s.attendees().get(k), s);
            }
            present.put(s, in);
        }
    }

    /** Whether a session of {@code length} intervals from {@code from} (null: none) overlaps the shift. */
    private static boolean touches(ShiftAssignment a, Integer from, int length) {
        if (from == null) {
            return false;
        }
        int first = a.getStart().startIndex();
        return from < first + a.getStart().lengthIntervals() && from + length > first;
    }

    private void refreshPresence(ScoreDirector<Schedule> scoreDirector, Session session, AgentRules attendee) {
        int k = session.attendees().indexOf(attendee);
        boolean[] in = present.get(session);
        boolean now = index.attends(attendee, session);
        if (in[k] != now) {
            in[k] = now;
            scoreDirector.beforeVariableChanged(session, "missing");
            session.setMissing(session.getMissing() + (now ? -1 : 1));
            scoreDirector.afterVariableChanged(session, "missing");
        }
    }

    private void recount(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        int[] now = assignment.workingIntervals(index.sessionsOf(assignment.getAgent()));
        int[] old = counted.put(assignment, now);
        int set = assignment.getAgent().skillSet();
        List<IntervalCoverage> intervals = scoreDirector.getWorkingSolution().getIntervals();
        if (delta.length != intervals.size()) {
            delta = new int[intervals.size()];
        }
        for (int i : old) {
            delta[i]--;
        }
        for (int i : now) {
            delta[i]++;
        }
        flush(scoreDirector, intervals, old, set);
        flush(scoreDirector, intervals, now, set);
    }

    private void flush(ScoreDirector<Schedule> scoreDirector, List<IntervalCoverage> intervals, int[] touched,
                       int set) {
        for (int i : touched) {
            if (delta[i] != 0) {
                IntervalCoverage d = intervals.get(i);
                scoreDirector.beforeVariableChanged(d, "scheduled");
                d.add(set, delta[i]);
                scoreDirector.afterVariableChanged(d, "scheduled");
                delta[i] = 0;
            }
        }
    }
}

package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Moves a session to a random start inside one of a random attendee's shifts (and inside the activity's windows):
 * the starts worth trying, where a random start of the whole window mostly lands outside every shift. Moving a
 * together session moves it for all its attendees. Pinned sessions are skipped.
 */
public final class SessionIntoShiftMoves extends RandomMoves<ChangeMove<Schedule>> {

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getSessions().size() * 8;
    }

    @Override
    public Iterator<ChangeMove<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
                                                                   Random random) {
        GenuineVariableDescriptor<Schedule> start = variable(scoreDirector, Session.class, "start");
        Schedule schedule = scoreDirector.getWorkingSolution();
        List<Session> sessions = schedule.getSessions();
        Schedule.Index index = schedule.index();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !sessions.isEmpty();
            }

            @Override
            public ChangeMove<Schedule> next() {
                // a few tries find a shift that can hold the session; otherwise a no-op move the solver skips
                for (int attempt = 0; attempt < 16; attempt++) {
                    Session s = sessions.get(random.nextInt(sessions.size()));
                    if (s.isPinned()) {
                        continue;
                    }
                    AgentRules attendee = s.attendees().get(random.nextInt(s.attendees().size()));
                    List<ShiftAssignment> days = index.assignmentsOf(attendee);
                    if (days.isEmpty()) {
                        continue;
                    }
                    Integer at = s.randomStartIn(days.get(random.nextInt(days.size())).getStart(), random);
                    if (at != null && !at.equals(s.getStart())) {
                        return new ChangeMove<>(start, s, at);
                    }
                }
                Session any = sessions.get(0);
                return new ChangeMove<>(start, any, any.getStart());
            }
        };
    }
}

package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the sessions no roster placed yet, after the shifts: together sessions first, most attendees first, then
 * the attendees' own sessions. Each goes where the most attendees can attend and, among those starts, where taking
 * them off the phones adds the least shortfall and uses the most surplus: slack first. A together session that still
 * misses more attendees than it may then has each missing attendee's shift moved (same type, the nearest start that
 * holds the session, within the contract's rest) or, when none can, a day off swapped with the session's day; and
 * the shift's breaks moved off the session. Per session the work is its starts times its attendees times their
 * days.
 */
public final class SessionPlacement implements CustomPhaseCommand<Schedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Schedule> scoreDirector) {
        Schedule schedule = scoreDirector.getWorkingSolution();
        Schedule.Index index = schedule.index();
        List<Session> order = new ArrayList<>(schedule.getSessions().stream()
                .filter(s -> s.getStart() == null && !s.isPinned()).toList());
        order.sort(Comparator.comparing((Session s) -> !s.together()).thenComparing(s -> -s.attendees().size()));
        for (Session session : order) {
            int best = bestStart(schedule, index, session);
            scoreDirector.beforeVariableChanged(session, "start");
            session.setStart(best);
            scoreDirector.afterVariableChanged(session, "start");
            scoreDirector.triggerVariableListeners();
            if (session.together() && session.missingBeyondAllowed() > 0) {
                for (AgentRules attendee : session.attendees()) {
                    if (!index.attends(attendee, session)) {
                        fitShift(scoreDirector, index.assignmentsOf(attendee), session);
                    }
                }
            }
        }
    }

    /**
     * The start with the most attendees who can be on shift then (for a together session: on a day they are not
     * off), then the most who are, then the least added shortfall, then the most surplus, then the earliest.
     */
    private static int bestStart(Schedule schedule, Schedule.Index index, Session session) {
        List<IntervalCoverage> intervals = schedule.getIntervals();
        int best = session.getStartRange().get(0);
        int bestReachable = -1;
        int bestAttending = -1;
        double bestAdded = Double.POSITIVE_INFINITY;
        double bestSlack = Double.NEGATIVE_INFINITY;
        for (int at : session.getStartRange()) {
            int attending = 0;
            int reachable = 0;
            for (AgentRules attendee : session.attendees()) {
                boolean now = free(index, attendee, session, at);
                attending += now ? 1 : 0;
                reachable += now || session.together() && reachable(index, attendee, session, at) ? 1 : 0;
            }
            if (reachable < bestReachable || reachable == bestReachable && attending < bestAttending) {
                continue;
            }
            double added = 0;
            double slack = 0;
            for (int i = at; i < at + session.length(); i++) {
                IntervalCoverage d = intervals.get(i);
                double spare = d.getScheduled() - d.planned();
                added += Math.max(0, attending - Math.max(0, spare));
                slack += spare;
            }
            if (reachable > bestReachable || attending > bestAttending || added < bestAdded
                    || added == bestAdded && slack > bestSlack) {
                best = at;
                bestReachable = reachable;
                bestAttending = attending;
                bestAdded = added;
                bestSlack = slack;
            }
        }
        return best;
    }

    /** Whether one of the attendee's days that may still change has a possible shift holding the session at {@code at}. */
    private static boolean reachable(Schedule.Index index, AgentRules attendee, Session session, int at) {
        for (ShiftAssignment a : index.assignmentsOf(attendee)) {
            if (a.isPinned()) {
                continue;
            }
            for (ShiftStart s : a.getStartRange()) {
                if (s.holds(at, session.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the attendee would attend the session at {@code at}: in a shift, off breaks and its other sessions. */
    private static boolean free(Schedule.Index index, AgentRules attendee, Session session, int at) {
        for (Session other : index.sessionsOf(attendee)) {
            if (other != session && other.getStart() != null && other.getStart() < at + session.length()
                    && other.end() > at) {
                return false;
            }
        }
        for (ShiftAssignment a : index.assignmentsOf(attendee)) {
            if (a.wouldAttend(at, session.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves one of the agent's shifts to the nearest start of the same type that holds the session, keeping the
     * contract's rest, and its breaks to the nearest window positions off the session; nothing if no shift can.
     */
    private static void fitShift(ScoreDirector<Schedule> scoreDirector, List<ShiftAssignment> days, Session session) {
        for (ShiftAssignment day : days) {
            if (!day.isAssigned() || day.isPinned()) {
                continue;
            }
            ShiftStart current = day.getStart();
            ShiftStart nearest = null;
            for (ShiftStart s : day.getStartRange()) {
                boolean holds = s.type() == current.type() && s.holds(session.getStart(), session.length());
                if (holds && GreedyConstruction.restRespected(days, s) && (nearest == null
                        || Math.abs(s.startEpoch() - current.startEpoch())
                        < Math.abs(nearest.startEpoch() - current.startEpoch()))) {
                    nearest = s;
                }
            }
            if (nearest == null) {
                continue;
            }
            setShift(scoreDirector, day, nearest, session);
            return;
        }
        moveDayOff(scoreDirector, days, session);
    }

    /**
     * When no shift of the agent can hold the session, swaps a day off: the agent's day of the session gets a shift
     * of a type it works that holds the session, and one of its other shifts of that type goes (the one on the phones
     * in the most surplus), so days and paid hours stay as they were; only where rest and consecutive days allow.
     */
    private static void moveDayOff(ScoreDirector<Schedule> scoreDirector, List<ShiftAssignment> days, Session session) {
        List<IntervalCoverage> intervals = scoreDirector.getWorkingSolution().getIntervals();
        ShiftAssignment bestDonor = null;
        ShiftAssignment bestTarget = null;
        ShiftStart bestStart = null;
        double bestSurplus = Double.NEGATIVE_INFINITY;
        for (ShiftAssignment donor : days) {
            if (!donor.isAssigned() || donor.isPinned()) {
                continue;
            }
            double surplus = 0;
            for (int i : donor.workingIntervals()) {
                surplus += intervals.get(i).getScheduled() - intervals.get(i).planned();
            }
            if (surplus <= bestSurplus) {
                continue;
            }
            for (ShiftAssignment target : days) {
                if (target.isAssigned() || target.isPinned() || !consecutiveAllowed(days, donor, target)) {
                    continue;
                }
                ShiftStart start = holding(days, donor, target, session);
                if (start != null) {
                    bestDonor = donor;
                    bestTarget = target;
                    bestStart = start;
                    bestSurplus = surplus;
                    break;
                }
            }
        }
        if (bestDonor == null) {
            return;
        }
        scoreDirector.beforeVariableChanged(bestDonor, "start");
        bestDonor.setStart(null);
        scoreDirector.afterVariableChanged(bestDonor, "start");
        setShift(scoreDirector, bestTarget, bestStart, session);
    }

    /** A start of the target day, of the donor's type, that holds the session and keeps the rest without the donor. */
    private static ShiftStart holding(List<ShiftAssignment> days, ShiftAssignment donor, ShiftAssignment target,
                                      Session session) {
        List<ShiftAssignment> others = days.stream().filter(d -> d != donor).toList();
        ShiftStart best = null;
        for (ShiftStart s : target.getStartRange()) {
            boolean holds = s.type() == donor.getStart().type() && s.holds(session.getStart(), session.length());
            // the start that puts the session nearest the shift's middle leaves the breaks room on both sides
            if (holds && GreedyConstruction.restRespected(others, s) && (best == null
                    || middleDistance(s, session) < middleDistance(best, session))) {
                best = s;
            }
        }
        return best;
    }

    private static int middleDistance(ShiftStart s, Session session) {
        return Math.abs(2 * s.startIndex() + s.lengthIntervals() - session.getStart() - session.end());
    }

    private static boolean consecutiveAllowed(List<ShiftAssignment> days, ShiftAssignment donor, ShiftAssignment target) {
        long mask = 1L << target.getDay();
        for (ShiftAssignment d : days) {
            mask |= d.isAssigned() && d != donor ? 1L << d.getDay() : 0;
        }
        AgentRules agent = donor.getAgent();
        return WfmConstraintProvider.excessConsecutive(agent.consecutiveMask(mask), agent.maxConsecutiveDays()) == 0;
    }

    private static void setShift(ScoreDirector<Schedule> scoreDirector, ShiftAssignment day, ShiftStart start,
                                 Session session) {
        scoreDirector.beforeVariableChanged(day, "start");
        day.setStart(start);
        scoreDirector.afterVariableChanged(day, "start");
        moveBreaksOff(scoreDirector, day, session);
        scoreDirector.triggerVariableListeners();
    }

    /** Each break to the window position nearest its own that is off the session and after the previous break. */
    private static void moveBreaksOff(ScoreDirector<Schedule> scoreDirector, ShiftAssignment day, Session session) {
        ShiftStart s = day.getStart();
        int from = session.getStart() - s.startIndex();
        int to = session.end() - s.startIndex();
        int earliestFree = 0;
        for (int k = 0; k < s.breakCount(); k++) {
            int current = Math.min(day.breakPosition(k), s.breakPositions(k) - 1);
            int chosen = current;
            int distance = Integer.MAX_VALUE;
            for (int p = 0; p < s.breakPositions(k); p++) {
                boolean clear = s.breakOffset(k, p) >= earliestFree && s.breakClearOf(k, p, from, to);
                if (clear && Math.abs(p - current) < distance) {
                    chosen = p;
                    distance = Math.abs(p - current);
                }
            }
            String variable = "break" + k;
            scoreDirector.beforeVariableChanged(day, variable);
            day.setBreakPosition(k, chosen);
            scoreDirector.afterVariableChanged(day, variable);
            earliestFree = s.breakOffset(k, chosen) + s.breakLength(k);
        }
    }
}

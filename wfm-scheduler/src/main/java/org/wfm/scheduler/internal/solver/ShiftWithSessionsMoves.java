package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.CompositeMove;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Changes a shift that holds sessions and takes its sessions along: the shift gets another start of its day (or
 * the day off, one time in three), each of the agent's own sessions in it (coaching) moves to a random start inside
 * the new shift or another of the agent's shifts, and a together session must still fit the new shift. Without it a
 * shift holding a session could not move or go, as the session left behind would miss its attendee (a hard rule),
 * and the search could not cut the paid hours that activities made it add.
 */
public final class ShiftWithSessionsMoves extends RandomMoves<Move<Schedule>> {

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getSessions().size() * 16;
    }

    @Override
    public Iterator<Move<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        GenuineVariableDescriptor<Schedule> shiftStart = variable(scoreDirector, ShiftAssignment.class, "start");
        GenuineVariableDescriptor<Schedule> sessionStart = variable(scoreDirector, Session.class, "start");
        Schedule schedule = scoreDirector.getWorkingSolution();
        List<Session> sessions = schedule.getSessions();
        Schedule.Index index = schedule.index();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !sessions.isEmpty();
            }

            @Override
            public Move<Schedule> next() {
                // a few tries find a shift with a session to move; otherwise a no-op move the solver skips
                for (int attempt = 0; attempt < 16; attempt++) {
                    Session seed = sessions.get(random.nextInt(sessions.size()));
                    List<ShiftAssignment> days = index.assignmentsOf(seed.attendees().get(
                            random.nextInt(seed.attendees().size())));
                    ShiftAssignment day = days.stream().filter(d -> d.attends(seed)).findFirst().orElse(null);
                    if (day == null || day.isPinned()) {
                        continue;
                    }
                    List<ShiftStart> range = day.getStartRange();
                    ShiftStart to = random.nextInt(3) == 0 ? null : range.get(random.nextInt(range.size()));
                    Move<Schedule> move = carry(day, to, days, index.sessionsOf(day.getAgent()));
                    if (move != null) {
                        return move;
                    }
                }
                Session any = sessions.get(0);
                return new ChangeMove<>(sessionStart, any, any.getStart());
            }

            /** The shift moved to {@code to} with its sessions, or null when a session cannot follow. */
            private Move<Schedule> carry(ShiftAssignment day, ShiftStart to, List<ShiftAssignment> days,
                                         List<Session> agentSessions) {
                if (to == day.getStart()) {
                    return null;
                }
                List<Move<Schedule>> moves = new ArrayList<>();
                moves.add(new ChangeMove<>(shiftStart, day, to));
                for (Session s : agentSessions) {
                    if (!day.attends(s)) {
                        continue;
                    }
                    if (to != null && to.holds(s.getStart(), s.length())) {
                        continue;
                    }
                    if (s.together() || s.isPinned()) {
                        return null;
                    }
                    Integer at = startInside(s, day, to, days);
                    if (at == null) {
                        return null;
                    }
                    moves.add(new ChangeMove<>(sessionStart, s, at));
                }
                return CompositeMove.buildMove(moves);
            }

            /** A random start for the session inside the new shift or another shift of the agent, if it has one. */
            private Integer startInside(Session s, ShiftAssignment day, ShiftStart to, List<ShiftAssignment> days) {
                ShiftAssignment other = days.get(random.nextInt(days.size()));
                return s.randomStartIn(other == day ? to : other.getStart(), random);
            }
        };
    }
}

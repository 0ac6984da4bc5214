package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Moves a working shift a few start steps earlier or later, same type and day: the fine-tuning that random
 * changes over the whole day rarely hit. A shift start's value range lists each type's starts in time order,
 * so a neighbour is a nearby index of the same type. Pinned and off days are skipped.
 */
public final class NudgeShiftMoves extends RandomMoves<ChangeMove<Schedule>> {

    /** Largest nudge, in start steps. */
    static final int MAX_STEPS = 4;

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getAssignments().size() * 2 * MAX_STEPS;
    }

    @Override
    public Iterator<ChangeMove<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
                                                                   Random random) {
        GenuineVariableDescriptor<Schedule> start = variable(scoreDirector, ShiftAssignment.class, "start");
        List<ShiftAssignment> assignments = scoreDirector.getWorkingSolution().getAssignments();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !assignments.isEmpty();
            }

            @Override
            public ChangeMove<Schedule> next() {
                // a few tries find a working day; otherwise a no-op move the solver skips as not doable
                for (int attempt = 0; attempt < 16; attempt++) {
                    ShiftAssignment a = assignments.get(random.nextInt(assignments.size()));
                    if (a.isPinned() || !a.isAssigned()) {
                        continue;
                    }
                    List<ShiftStart> range = a.getStartRange();
                    int at = range.indexOf(a.getStart());
                    int steps = 1 + random.nextInt(MAX_STEPS);
                    int to = at + (random.nextBoolean() ? steps : -steps);
                    if (to >= 0 && to < range.size() && range.get(to).type() == a.getStart().type()) {
                        return new ChangeMove<>(start, a, range.get(to));
                    }
                }
                ShiftAssignment any = assignments.get(0);
                return new ChangeMove<>(start, any, any.getStart());
            }
        };
    }
}

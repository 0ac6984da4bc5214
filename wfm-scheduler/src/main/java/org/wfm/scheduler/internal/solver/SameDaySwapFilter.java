package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

/**
 * Swaps of the same day between two agents, at least one of them working: one agent's shift (with its breaks)
 * goes to the other. Other pairs could never be doable, as a shift start belongs to its day.
 */
public final class SameDaySwapFilter implements SelectionFilter<Schedule, SwapMove<Schedule>> {

    @Override
    public boolean accept(ScoreDirector<Schedule> scoreDirector, SwapMove<Schedule> move) {
        ShiftAssignment left = (ShiftAssignment) move.getLeftEntity();
        ShiftAssignment right = (ShiftAssignment) move.getRightEntity();
        return left.getDay() == right.getDay() && left.getStart() != right.getStart();
    }
}

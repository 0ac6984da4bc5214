package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

/** Break moves only on days with a shift: on a day off they change nothing. */
public final class AssignedFilter implements SelectionFilter<Schedule, ShiftAssignment> {

    @Override
    public boolean accept(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        return assignment.isAssigned();
    }
}

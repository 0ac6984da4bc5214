package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@link IntervalCoverage#getScheduled()} equal to the number of assignments working in each interval (in all
 * and per skill set). Before a
 * change it remembers the assignment's working intervals, after it applies the difference, and it notifies only
 * the intervals whose count changed (a shift moved by 15 minutes touches two intervals, not sixty).
 */
public class CoverageListener implements VariableListener<Schedule, ShiftAssignment> {

    private final Map<ShiftAssignment, int[]> before = new IdentityHashMap<>();
    private int[] delta = new int[0];

    @Override
    public void beforeVariableChanged(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        before.putIfAbsent(assignment, assignment.workingIntervals());
    }

    @Override
    public void afterVariableChanged(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        int[] old = before.remove(assignment);
        if (old != null) {
            apply(scoreDirector, assignment, old, assignment.workingIntervals());
        }
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        // counted once added
    }

    @Override
    public void afterEntityAdded(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        apply(scoreDirector, assignment, new int[0], assignment.workingIntervals());
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        apply(scoreDirector, assignment, assignment.workingIntervals(), new int[0]);
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment) {
        // uncounted before removal
    }

    @Override
    public void resetWorkingSolution(ScoreDirector<Schedule> scoreDirector) {
        before.clear();
        scoreDirector.getWorkingSolution().recount();
    }

    private void apply(ScoreDirector<Schedule> scoreDirector, ShiftAssignment assignment, int[] old, int[] now) {
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

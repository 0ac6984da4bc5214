package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

import java.time.LocalDateTime;

/**
 * One interval of the horizon: the planned requirement (agents wanted on the phones after unplanned shrinkage,
 * also in hundredths of an agent so that scores stay integers) and, as a shadow variable kept by
 * {@link CoverageListener}, the agents scheduled on the phones. A move updates only the intervals whose count it
 * changes, so coverage is incremental per interval.
 */
@PlanningEntity
public class IntervalCoverage {

    @PlanningId
    private Integer index;
    private LocalDateTime start;
    private double planned;
    private long plannedCenti;

    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = ShiftAssignment.class,
            sourceVariableName = "start")
    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = ShiftAssignment.class,
            sourceVariableName = "break0")
    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = ShiftAssignment.class,
            sourceVariableName = "break1")
    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = ShiftAssignment.class,
            sourceVariableName = "break2")
    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = ShiftAssignment.class,
            sourceVariableName = "break3")
    private Integer scheduled = 0;

    /** For the solver's cloning. */
    public IntervalCoverage() {
    }

    public IntervalCoverage(int index, LocalDateTime start, double planned) {
        this.index = index;
        this.start = start;
        this.planned = planned;
        this.plannedCenti = Math.round(planned * 100);
    }

    /** Index of the interval in the {@link Timeline}. */
    public int index() {
        return index;
    }

    /** Local start of the interval. */
    public LocalDateTime start() {
        return start;
    }

    /** Agents planned on the phones (after unplanned shrinkage), possibly fractional. */
    public double planned() {
        return planned;
    }

    /** {@link #planned()} in hundredths of an agent, rounded. */
    public long plannedCenti() {
        return plannedCenti;
    }

    /** Agents on shift and not on break in this interval. */
    public Integer getScheduled() {
        return scheduled;
    }

    public void setScheduled(Integer scheduled) {
        this.scheduled = scheduled;
    }

    /**
     * The understaffing penalty: the shortfall in hundredths of an agent, squared, so that one interval short by
     * 2 costs four times one short by 1 and shortfall spreads.
     */
    public long understaffingPenalty() {
        long shortCenti = plannedCenti - 100L * scheduled;
        return shortCenti > 0 ? shortCenti * shortCenti : 0;
    }

    /** The surplus in hundredths of an agent. */
    public long surplusCenti() {
        return Math.max(0, 100L * scheduled - plannedCenti);
    }

    @Override
    public String toString() {
        return start + " needs " + planned + ", has " + scheduled;
    }
}

package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.ShadowVariable;
import org.wfm.core.workforce.SkillAllocation;

import java.time.LocalDateTime;

/**
 * One interval of the horizon: the planned requirement per queue (agents wanted on the phones after unplanned
 * shrinkage) and, as a shadow variable kept by {@link CoverageListener}, the agents scheduled on the phones (not on
 * break, not in an activity), in all and per skill set. A move updates only the intervals whose count it changes, so coverage is incremental per
 * interval; with several queues the interval's understaffing is that of the {@link SkillAllocation} of its counts,
 * which depends on nothing else.
 */
@PlanningEntity
public class IntervalCoverage {

    @PlanningId
    private Integer index;
    private LocalDateTime start;
    private double[] plannedByQueue;
    private double planned;
    private SkillMix skills;

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
    @ShadowVariable(variableListenerClass = CoverageListener.class, sourceEntityClass = Session.class,
            sourceVariableName = "start")
    private Integer scheduled = 0;

    /** Agents on the phones per skill set; replaced, never written in place, as clones share it. */
    private int[] bySkillSet;
    private long understaffingPenalty;
    private long surplusCenti;

    /** For the solver's cloning. */
    public IntervalCoverage() {
    }

    /** An interval of a problem with one queue. */
    public IntervalCoverage(int index, LocalDateTime start, double planned) {
        this(index, start, new double[] {planned}, null);
    }

    /**
     * An interval of a problem with several queues.
     *
     * @param skills the team's skill sets, or {@code null} with one queue
     */
    public IntervalCoverage(int index, LocalDateTime start, double[] plannedByQueue, SkillMix skills) {
        this.index = index;
        this.start = start;
        this.plannedByQueue = plannedByQueue.clone();
        this.planned = java.util.Arrays.stream(plannedByQueue).sum();
        this.skills = skills;
        this.bySkillSet = new int[skills == null ? 1 : skills.sets()];
        refresh();
    }

    /** Index of the interval in the {@link org.wfm.core.workforce.Timeline}. */
    public int index() {
        return index;
    }

    /** Local start of the interval. */
    public LocalDateTime start() {
        return start;
    }

    /** Agents planned on the phones (after unplanned shrinkage) over all queues, possibly fractional. */
    public double planned() {
        return planned;
    }

    /** Agents planned on the phones for queue {@code q}. */
    public double planned(int q) {
        return plannedByQueue[q];
    }

    /** Agents on shift and not on break in this interval. */
    public Integer getScheduled() {
        return scheduled;
    }

    /** Sets the agents on the phones of a one-queue interval (with several queues, use {@link #add}). */
    public void setScheduled(Integer scheduled) {
        if (skills != null) {
            throw new IllegalStateException("an interval of several queues counts agents per skill set");
        }
        setCounts(new int[] {scheduled});
    }

    /** Number of skill sets counted (1 with one queue). */
    public int sets() {
        return bySkillSet.length;
    }

    /** Adds {@code delta} agents of skill set {@code set} (and to {@link #getScheduled()}). */
    public void add(int set, int delta) {
        int[] counts = bySkillSet.clone();
        counts[set] += delta;
        bySkillSet = counts;
        scheduled += delta;
        refresh();
    }

    /** Sets the agents per skill set from scratch. */
    public void setCounts(int[] counts) {
        bySkillSet = counts.clone();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        scheduled = total;
        refresh();
    }

    /** The allocation of this interval's agents to its queues; {@code null} with one queue. */
    public SkillAllocation.Result allocation() {
        return skills == null ? null : skills.allocate(bySkillSet, plannedByQueue);
    }

    private void refresh() {
        if (skills == null) {
            long shortCenti = Math.round(planned * 100) - 100L * scheduled;
            understaffingPenalty = shortCenti > 0 ? shortCenti * shortCenti : 0;
            surplusCenti = Math.max(0, 100L * scheduled - Math.round(planned * 100));
            return;
        }
        SkillAllocation.Result r = allocation();
        long weightedCenti = Math.round(100 * r.weightedShortfall());
        understaffingPenalty = weightedCenti * weightedCenti;
        double served = java.util.Arrays.stream(r.allocated()).sum();
        surplusCenti = Math.max(0, Math.round(100 * (scheduled - served)));
    }

    /**
     * The understaffing penalty: the shortfall in hundredths of an agent, squared, so that one interval short by
     * 2 costs four times one short by 1 and shortfall spreads. With several queues the shortfall is weighted, each
     * queue's by its weight over the largest.
     */
    public long understaffingPenalty() {
        return understaffingPenalty;
    }

    /** The surplus in hundredths of an agent: agents on the phones no queue's plan needs. */
    public long surplusCenti() {
        return surplusCenti;
    }

    @Override
    public String toString() {
        return start + " needs " + planned + ", has " + scheduled;
    }
}

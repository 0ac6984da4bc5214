package org.wfm.scheduler.domain;

import java.time.LocalDateTime;

/**
 * The planned requirement of one interval of the horizon: agents wanted on the phones after unplanned
 * shrinkage, also kept in hundredths of an agent so that scores stay integers.
 */
public final class Demand {

    private final int index;
    private final LocalDateTime start;
    private final double planned;
    private final long plannedCenti;

    public Demand(int index, LocalDateTime start, double planned) {
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

    /**
     * The understaffing penalty with {@code scheduled} agents on the phones: the shortfall in hundredths of an
     * agent, squared, so that one interval short by 2 costs four times one short by 1 and shortfall spreads.
     */
    public long understaffingPenalty(int scheduled) {
        long shortCenti = plannedCenti - 100L * scheduled;
        return shortCenti > 0 ? shortCenti * shortCenti : 0;
    }

    /** The surplus with {@code scheduled} agents on the phones, in hundredths of an agent. */
    public long surplusCenti(int scheduled) {
        return Math.max(0, 100L * scheduled - plannedCenti);
    }

    @Override
    public String toString() {
        return start + " needs " + planned;
    }
}

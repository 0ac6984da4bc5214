package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Totals of a roster, in agent-intervals for shortfall and surplus.
 *
 * @param shortfall sum over intervals of {@code max(0, required - scheduled)}
 * @param surplus   sum over intervals of {@code max(0, scheduled - required)}
 * @param paidHours paid hours of all shifts
 * @param bound     lower bound on the shortfall of any roster, or {@code null} when not computed
 * @param gap       {@code (shortfall - bound) / planned demand}, or {@code null} when no bound was computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterSummary(double shortfall, double surplus, double paidHours, Double bound, Double gap) {

    /** The same summary with a lower bound and the gap to it over {@code plannedDemand} agent-intervals. */
    public RosterSummary withBound(double lowerBound, double plannedDemand) {
        double g = plannedDemand > 0 ? (shortfall - lowerBound) / plannedDemand : 0;
        return new RosterSummary(shortfall, surplus, paidHours, lowerBound, g);
    }
}

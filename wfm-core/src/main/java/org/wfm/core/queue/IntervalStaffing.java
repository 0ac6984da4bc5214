package org.wfm.core.queue;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The staffing of one interval: the calls, the agents required on the phones with the service they give,
 * and the agents planned after shrinkage (required -> planned; what a roster then puts on the phones is
 * scheduled).
 *
 * @param start           the interval's start, local wall-clock time
 * @param calls           calls offered in the interval
 * @param ahtSeconds      average handle time in seconds
 * @param service         the expected service with {@code service.agents()} agents on the phones (the
 *                        requirement: net of shrinkage)
 * @param planned         planned agents before rounding: {@code agents / (1 - shrinkage)}
 * @param plannedAgents   {@code planned} rounded up to a whole agent (the {@code scheduled_agents} column of the
 *                        staffing CSV and {@code scheduledAgents} of {@code wfm staffing --json}, names kept for
 *                        compatibility)
 */
public record IntervalStaffing(LocalDateTime start, double calls, double ahtSeconds, ExpectedService service,
                               double planned, int plannedAgents) {

    public IntervalStaffing {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(service, "service");
    }

    /** Offered load in Erlangs. */
    public double workload() {
        return service.workload();
    }

    /** Agents needed on the phones (net: not on break, before shrinkage). */
    public int agents() {
        return service.agents();
    }

    /** The requirement for scheduling: {@link #agents()} on the phones, without shrinkage. */
    public Requirement requirement() {
        return new Requirement(start, agents());
    }

    @Override
    public String toString() {
        return start + " " + QueueInput.number(calls) + " calls x " + QueueInput.number(ahtSeconds) + " s: " + service
                + "; planned " + plannedAgents;
    }
}

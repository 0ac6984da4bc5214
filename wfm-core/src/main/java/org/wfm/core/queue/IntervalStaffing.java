package org.wfm.core.queue;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The staffing of one interval: the demand, the agents required on the phones with the service they give,
 * and the agents to schedule after shrinkage.
 *
 * @param start           the interval's start, local wall-clock time
 * @param calls           calls offered in the interval
 * @param ahtSeconds      average handle time in seconds
 * @param service         the expected service with {@code service.agents()} agents on the phones (the
 *                        requirement: net of shrinkage)
 * @param grossAgents     agents to schedule before rounding: {@code agents / (1 - shrinkage)}
 * @param scheduledAgents {@code grossAgents} rounded up to a whole agent
 */
public record IntervalStaffing(LocalDateTime start, double calls, double ahtSeconds, ExpectedService service,
                               double grossAgents, int scheduledAgents) {

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
                + "; schedule " + scheduledAgents;
    }
}

package org.wfm.core.queue;

import org.wfm.core.InputLimits;

/**
 * Erlang B: the probability that a call finds all {@code N} agents busy in a loss system (no queue) with an
 * offered load of {@code A} Erlangs. The queueing models build on it.
 *
 * <p>Computed with the recursion {@code B(0) = 1, B(k) = A*B(k-1) / (k + A*B(k-1))}: every step stays in
 * (0, 1], so it is stable for tens of thousands of agents and never forms a factorial.
 */
public final class ErlangB {

    private ErlangB() {
    }

    /**
     * The blocking probability.
     *
     * @param workload offered load in Erlangs, zero to {@link InputLimits#MAX_WORKLOAD}
     * @param agents   number of agents (servers), zero or more
     * @return {@code B(agents, workload)} in [0, 1]; 1 with no agents, 0 with no load and at least one agent
     */
    public static double blocking(double workload, int agents) {
        checkWorkload(workload);
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be >= 0, got " + agents);
        }
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = next(workload, k, b);
        }
        return b;
    }

    /** One step of the recursion: {@code B(k)} from {@code B(k-1)}. */
    static double next(double workload, int k, double previous) {
        double ab = workload * previous;
        return ab / (k + ab);
    }

    static void checkWorkload(double workload) {
        if (!Double.isFinite(workload) || workload < 0) {
            throw new IllegalArgumentException("workload must be a finite number of Erlangs >= 0, got " + workload);
        }
        if (workload > InputLimits.MAX_WORKLOAD) {
            throw new IllegalArgumentException("workload of " + QueueInput.number(workload) + " Erlangs is more than "
                    + "the " + QueueInput.number(InputLimits.MAX_WORKLOAD) + " wfm staffs in one interval (check the "
                    + "calls, the AHT and the interval length)");
        }
    }
}

package org.wfm.core.queue;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Erlang C (M/M/N): Poisson arrivals, exponential handle times, {@code N} agents, callers wait as long as
 * it takes. With load {@code A} Erlangs and Erlang B {@code B = B(N, A)}, for {@code N > A}:
 * <ul>
 *   <li>probability of wait {@code C = N*B / (N - A*(1 - B))}</li>
 *   <li>service level {@code SL(t) = 1 - C * exp(-(N - A) * t / AHT)}</li>
 *   <li>ASA {@code = C * AHT / (N - A)} seconds</li>
 *   <li>occupancy {@code A / N}</li>
 * </ul>
 * For {@code N <= A} the queue grows without bound: SL 0, P(wait) 1, ASA infinite, occupancy 1 (0 with no
 * agents), reported as values, not exceptions.
 */
public final class ErlangC implements QueueModel {

    static final ErlangC INSTANCE = new ErlangC();

    private ErlangC() {
    }

    /** The service; every {@code basis} gives the same service level, as no caller abandons. */
    @Override
    public ExpectedService evaluate(double workload, double ahtSeconds, int agents, Duration answerWithin,
                                    ServiceLevelBasis basis) {
        QueueInput.check(workload, ahtSeconds, agents, answerWithin);
        return withBlocking(workload, ahtSeconds, agents, ErlangB.blocking(workload, agents), answerWithin, basis);
    }

    /** The service given {@code blocking = B(agents, workload)}, so a search can carry the recursion along. */
    static ExpectedService withBlocking(double workload, double ahtSeconds, int agents, double blocking,
                                        Duration answerWithin, ServiceLevelBasis basis) {
        OptionalDouble noAbandonment = OptionalDouble.empty();
        if (workload == 0) {
            return new ExpectedService(0, agents, 1, answerWithin, basis, 0, 0, 0, noAbandonment);
        }
        if (agents <= workload) {
            return new ExpectedService(workload, agents, 0, answerWithin, basis, Double.POSITIVE_INFINITY,
                    agents == 0 ? 0 : 1, 1, noAbandonment);
        }
        double spare = agents - workload;
        double wait = agents * blocking / (agents - workload * (1 - blocking));
        double serviceLevel = 1 - wait * Math.exp(-spare * QueueInput.seconds(answerWithin) / ahtSeconds);
        return new ExpectedService(workload, agents, serviceLevel, answerWithin, basis, wait * ahtSeconds / spare,
                workload / agents, wait, noAbandonment);
    }

    @Override
    public boolean abandonment() {
        return false;
    }

    @Override
    public String toString() {
        return "Erlang C";
    }
}

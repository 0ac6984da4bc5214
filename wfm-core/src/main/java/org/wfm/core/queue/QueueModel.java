package org.wfm.core.queue;

import java.time.Duration;

/**
 * A queueing model of one interval: given the offered load, the average handle time and the number of agents,
 * the service the callers can expect. Arrivals are Poisson and handle times exponential in both models.
 *
 * <ul>
 *   <li>{@link #erlangC()}: callers wait as long as it takes (M/M/N). Overloaded ({@code N <= A}) it reports
 *       SL 0, P(wait) 1 and an infinite ASA rather than failing.</li>
 *   <li>{@link #erlangA(Duration)}: callers abandon after an exponential patience (M/M/N+M). Stable for every
 *       {@code N}; also gives the abandon rate.</li>
 * </ul>
 */
public sealed interface QueueModel permits ErlangC, ErlangA {

    /** Erlang C: infinitely patient callers. */
    static ErlangC erlangC() {
        return ErlangC.INSTANCE;
    }

    /** Erlang A: callers abandon after an exponentially distributed patience with this mean. */
    static ErlangA erlangA(Duration meanPatience) {
        return new ErlangA(meanPatience);
    }

    /**
     * The service expected with {@code agents} on the phones, the service level as a share of offered calls.
     *
     * @param workload     offered load in Erlangs, zero or more
     * @param ahtSeconds   average handle time in seconds, more than zero
     * @param agents       agents on the phones, zero or more
     * @param answerWithin the service-level threshold (e.g. 20 s for 80/20)
     */
    default ExpectedService evaluate(double workload, double ahtSeconds, int agents, Duration answerWithin) {
        return evaluate(workload, ahtSeconds, agents, answerWithin, ServiceLevelBasis.OFFERED);
    }

    /**
     * The service expected with {@code agents} on the phones, the service level on the given basis.
     *
     * @param workload     offered load in Erlangs, zero or more
     * @param ahtSeconds   average handle time in seconds, more than zero
     * @param agents       agents on the phones, zero or more
     * @param answerWithin the service-level threshold (e.g. 20 s for 80/20)
     * @param basis        which calls the service level is a share of
     */
    ExpectedService evaluate(double workload, double ahtSeconds, int agents, Duration answerWithin,
                             ServiceLevelBasis basis);

    /** Whether the model has abandonment, and so an abandon rate. */
    boolean abandonment();
}

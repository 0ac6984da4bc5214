package org.wfm.core.queue;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a queueing model expects for one interval with a given number of agents on the phones.
 *
 * @param workload          offered load in Erlangs ({@code calls * AHT / interval seconds})
 * @param agents            agents on the phones
 * @param serviceLevel      share of calls answered within {@code answerWithin}, in [0, 1], of the calls that
 *                          {@code basis} names (by default offered calls: abandoned calls count against it)
 * @param answerWithin      the service-level threshold
 * @param basis             which calls the service level is a share of
 * @param asa               average speed of answer of answered calls, in seconds;
 *                          {@link Double#POSITIVE_INFINITY} when the queue is overloaded (Erlang C with
 *                          {@code agents <= workload}) or no call is answered
 * @param occupancy         share of the agents' time spent handling calls: carried load / agents, in [0, 1]
 *                          (0 with no agents)
 * @param probabilityOfWait probability that a call has to wait (finds all agents busy), in [0, 1]
 * @param abandonRate       share of offered calls that abandon; empty when the model has no abandonment
 *                          (Erlang C)
 */
public record ExpectedService(double workload, int agents, double serviceLevel, Duration answerWithin,
                              ServiceLevelBasis basis, double asa, double occupancy, double probabilityOfWait,
                              OptionalDouble abandonRate) {

    public ExpectedService {
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(abandonRate, "abandonRate");
        if (Double.isNaN(serviceLevel) || Double.isNaN(asa) || Double.isNaN(occupancy)
                || Double.isNaN(probabilityOfWait)
                || (abandonRate.isPresent() && Double.isNaN(abandonRate.getAsDouble()))) {
            throw new IllegalStateException("queueing model produced NaN for " + agents + " agents, "
                    + workload + " Erlangs");
        }
    }

    /** The average speed of answer as a duration (rounded to the millisecond), or empty when it is infinite. */
    public Optional<Duration> asaDuration() {
        return Double.isFinite(asa) ? Optional.of(Duration.ofMillis(Math.round(asa * 1000))) : Optional.empty();
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT,
                "%d agents for %s Erlangs: SL %.2f%% in %ds%s, ASA %s, occupancy %.1f%%, P(wait) %.4f",
                agents, QueueInput.number(workload), 100 * serviceLevel, answerWithin.toSeconds(), basis.suffix(),
                Double.isFinite(asa) ? String.format(Locale.ROOT, "%.2f s", asa) : "infinite",
                100 * occupancy, probabilityOfWait);
        return abandonRate.isPresent()
                ? text + String.format(Locale.ROOT, ", abandon %.2f%%", 100 * abandonRate.getAsDouble())
                : text;
    }
}

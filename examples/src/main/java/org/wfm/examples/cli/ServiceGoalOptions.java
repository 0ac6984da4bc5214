package org.wfm.examples.cli;

import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.ServiceLevelBasis;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;

/**
 * The service goal and the queue model of {@code wfm staffing}: the targets {@code --sl} (with
 * {@code --answer-within} and {@code --sl-basis}), {@code --asa} and {@code --max-abandon}, the cap
 * {@code --max-occupancy}, and {@code --patience} for Erlang A. Shares are fractions (0.8 is 80 %).
 */
final class ServiceGoalOptions {

    @Option(names = "--sl", paramLabel = "SHARE", description = "Service level target, e.g. 0.8 for 80%%.")
    Double serviceLevel;

    @picocli.CommandLine.Mixin
    ServiceLevelOptions serviceLevelOptions;

    @Option(names = "--asa", paramLabel = "DURATION", description = "Longest acceptable average speed of answer.")
    Duration asa;

    @Option(names = "--max-abandon", paramLabel = "SHARE", description = "Largest acceptable abandon rate, e.g. 0.05 (needs --patience).")
    Double maxAbandon;

    @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Occupancy cap, e.g. 0.85.")
    Double maxOccupancy;

    @Option(names = "--patience", paramLabel = "DURATION",
            description = "Mean caller patience, e.g. 90s: use Erlang A (callers abandon after an exponential"
                    + " patience with this mean) instead of Erlang C.")
    Duration patience;

    /**
     * Rejects flags that give no goal (unless {@code evaluating} a given number of agents), contradict each other or
     * are out of range, naming the flag.
     */
    void check(boolean evaluating) {
        if (!evaluating && !hasTarget()) {
            throw new IllegalArgumentException("give a service goal: --sl (with --answer-within), --asa or --max-abandon");
        }
        if (maxAbandon != null && patience == null) {
            throw new IllegalArgumentException("--max-abandon needs --patience (Erlang A)");
        }
        checkShare("--sl", serviceLevel, false);
        checkShare("--max-occupancy", maxOccupancy, true);
        checkShare("--max-abandon", maxAbandon, true);
        serviceLevelOptions.answerWithin(); // checks the threshold
        if (asa != null && !DurationConverter.isPositive(asa)) {
            throw new IllegalArgumentException("--asa must be more than 0 s, got " + asa);
        }
        if (patience != null && !DurationConverter.isPositive(patience)) {
            throw new IllegalArgumentException("--patience must be more than 0 s, got " + patience);
        }
    }

    /** Refuses a share flag outside (0, 1), or (0, 1] when {@code oneAllowed}, naming the flag. */
    static void checkShare(String flag, Double share, boolean oneAllowed) {
        if (share != null && !(share > 0 && (oneAllowed ? share <= 1 : share < 1))) {
            throw new IllegalArgumentException(flag + " must be between 0 and 1" + (oneAllowed ? "" : " (exclusive)")
                    + ", got " + share);
        }
    }

    /** Erlang A with {@code --patience}, else Erlang C. */
    QueueModel model() {
        return patience == null ? QueueModel.erlangC() : QueueModel.erlangA(patience);
    }

    /** The goal the flags give; only asked for when they give a target (see {@link #hasTarget()}). */
    ServiceGoal goal() {
        Duration answerWithin = serviceLevelOptions.answerWithin();
        ServiceGoal goal = serviceLevel != null ? ServiceGoal.serviceLevel(serviceLevel, answerWithin)
                : asa != null ? ServiceGoal.asa(asa).withAnswerWithin(answerWithin)
                : ServiceGoal.abandonRate(maxAbandon).withAnswerWithin(answerWithin);
        if (asa != null) {
            goal = goal.withMaxAsa(asa);
        }
        if (maxAbandon != null) {
            goal = goal.withMaxAbandonRate(maxAbandon);
        }
        goal = goal.withBasis(basis());
        return maxOccupancy != null ? goal.withMaxOccupancy(maxOccupancy) : goal;
    }

    /** What the service level is a share of, from {@code --sl-basis}. */
    ServiceLevelBasis basis() {
        return serviceLevelOptions.basis();
    }

    /** Whether the flags give a target (service level, ASA or abandon rate) to staff for or check against. */
    boolean hasTarget() {
        return serviceLevel != null || asa != null || maxAbandon != null;
    }

    /** The service level threshold, 0 s or more. */
    Duration answerWithin() {
        return serviceLevelOptions.answerWithin();
    }
}

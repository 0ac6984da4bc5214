package org.wfm.examples.cli;

import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Optional;

/** {@code --seed} and {@code --move-limit}: with both, a search gives the same roster on any machine. */
final class RepeatableSearch {

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default 0).")
    long seed;

    @Option(names = "--move-limit", paramLabel = "N",
            description = "Stop after N evaluated moves: with --seed, the same roster on any machine (without"
                    + " --time-limit the time limit is then lifted to a 30-minute safety stop).")
    Long moveLimit;

    /** How long a search with a move limit and no time limit given may run at most, so that nothing hangs. */
    static final Duration SAFETY_STOP = Duration.ofMinutes(30);

    /**
     * The options with this seed and move limit (none when the flag is absent); with a move limit and no
     * {@code --time-limit} given, the time limit is lifted to {@link #SAFETY_STOP}, so the move limit decides.
     */
    SolveOptions applyTo(SolveOptions options, boolean timeLimitGiven) {
        if (moveLimit != null && moveLimit < 1) {
            throw new IllegalArgumentException("--move-limit must be 1 or more, was " + moveLimit);
        }
        SolveOptions repeatable = options.withSeed(seed).withMoveLimit(moveLimit);
        return moveLimit != null && !timeLimitGiven ? repeatable.withTimeLimit(SAFETY_STOP) : repeatable;
    }

    /**
     * A warning when a search asked to stop after {@code --move-limit} moves was stopped by its time limit instead:
     * its roster then depends on the machine's speed.
     */
    Optional<String> timeStopped(SolveOptions options, SolveResult result) {
        if (moveLimit == null || result.solveTime().compareTo(options.timeLimit().minusMillis(100)) < 0) {
            return Optional.empty();
        }
        return Optional.of("wfm: warning: the time limit of " + options.timeLimit().toSeconds() + " s stopped the search"
                + " before --move-limit " + moveLimit + ": this roster depends on the machine's speed; give a longer"
                + " --time-limit, or leave it out");
    }
}

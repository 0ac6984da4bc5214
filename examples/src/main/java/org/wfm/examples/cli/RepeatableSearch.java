package org.wfm.examples.cli;

import org.wfm.scheduler.SolveOptions;
import picocli.CommandLine.Option;

/** {@code --seed} and {@code --move-limit}: with both, a search gives the same roster on any machine. */
final class RepeatableSearch {

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default 0).")
    long seed;

    @Option(names = "--move-limit", paramLabel = "N",
            description = "Also stop after N evaluated moves: with --seed, the same roster on any machine.")
    Long moveLimit;

    /** The options with this seed and move limit (none when the flag is absent). */
    SolveOptions applyTo(SolveOptions options) {
        if (moveLimit != null && moveLimit < 1) {
            throw new IllegalArgumentException("--move-limit must be 1 or more, was " + moveLimit);
        }
        return options.withSeed(seed).withMoveLimit(moveLimit);
    }
}

package org.wfm.scheduler;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how to solve.
 *
 * @param timeLimit       wall-clock time for the whole solve
 * @param unimprovedLimit stop early when the best score has not improved for this long; {@code null} for no
 *                        such limit
 * @param seed            random seed: the same seed and problem give the same sequence of moves, so the same
 *                        roster when the clock stops the search at the same step
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedLimit, long seed) {

    /** 60 seconds, no unimproved limit, seed 0. */
    public static final SolveOptions DEFAULT = new SolveOptions(Duration.ofSeconds(60), null, 0);

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "time limit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
        if (unimprovedLimit != null && (unimprovedLimit.isNegative() || unimprovedLimit.isZero())) {
            throw new IllegalArgumentException("unimproved limit must be positive, was " + unimprovedLimit);
        }
    }

    /** Solve for this long, other settings default. */
    public static SolveOptions of(Duration timeLimit) {
        return DEFAULT.withTimeLimit(timeLimit);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, unimprovedLimit, seed);
    }

    public SolveOptions withUnimprovedLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, seed);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedLimit, newSeed);
    }
}

package org.wfm.scheduler;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how to solve.
 *
 * @param timeLimit       wall-clock time for the whole solve
 * @param unimprovedLimit stop early when the best score has not improved for this long; {@code null} for no
 *                        such limit
 * @param seed            random seed: the same seed, problem and time give the same roster when the run is not
 *                        cut short by the clock at a different step
 * @param moveThreads     threads evaluating moves (1 = the solving thread only)
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedLimit, long seed, int moveThreads) {

    /** 60 seconds, no unimproved limit, seed 0, one thread. */
    public static final SolveOptions DEFAULT = new SolveOptions(Duration.ofSeconds(60), null, 0, 1);

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "time limit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
        if (unimprovedLimit != null && (unimprovedLimit.isNegative() || unimprovedLimit.isZero())) {
            throw new IllegalArgumentException("unimproved limit must be positive, was " + unimprovedLimit);
        }
        if (moveThreads < 1) {
            throw new IllegalArgumentException("move threads must be 1 or more, was " + moveThreads);
        }
    }

    /** Solve for this long, other settings default. */
    public static SolveOptions of(Duration timeLimit) {
        return DEFAULT.withTimeLimit(timeLimit);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, unimprovedLimit, seed, moveThreads);
    }

    public SolveOptions withUnimprovedLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, seed, moveThreads);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedLimit, newSeed, moveThreads);
    }

    public SolveOptions withMoveThreads(int threads) {
        return new SolveOptions(timeLimit, unimprovedLimit, seed, threads);
    }
}

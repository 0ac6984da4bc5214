package org.wfm.scheduler;

import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how to solve.
 *
 * @param timeLimit       wall-clock time for the whole solve
 * @param unimprovedLimit stop early when the best score has not improved for this long; {@code null} for no
 *                        such limit
 * @param seed            random seed: the same seed and problem give the same sequence of moves, so the same
 *                        roster when the search stops at the same step (a time limit stops it wherever the
 *                        machine has got to; a {@code moveLimit} stops it at the same step on any machine)
 * @param moveLimit       stop after this many evaluated moves (score calculations), whichever of the limits
 *                        comes first; {@code null} for none. With a seed this makes the roster reproducible.
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedLimit, long seed, Long moveLimit) {

    /** 60 seconds, no unimproved limit, seed 0, no move limit. */
    public static final SolveOptions DEFAULT = new SolveOptions(Duration.ofSeconds(60), null, 0, null);

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "time limit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
        if (unimprovedLimit != null && (unimprovedLimit.isNegative() || unimprovedLimit.isZero())) {
            throw new IllegalArgumentException("unimproved limit must be positive, was " + unimprovedLimit);
        }
        if (moveLimit != null && moveLimit < 1) {
            throw new IllegalArgumentException("move limit must be 1 or more, was " + moveLimit);
        }
    }

    /** Solve for this long, other settings default. */
    public static SolveOptions of(Duration timeLimit) {
        return DEFAULT.withTimeLimit(timeLimit);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, unimprovedLimit, seed, moveLimit);
    }

    public SolveOptions withUnimprovedLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, seed, moveLimit);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedLimit, newSeed, moveLimit);
    }

    /** When OptaPlanner stops: whichever of the limits comes first. */
    TerminationConfig termination() {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedLimit != null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        }
        if (moveLimit != null) {
            termination.setScoreCalculationCountLimit(moveLimit);
        }
        return termination;
    }

    /** The same options stopping after {@code limit} evaluated moves ({@code null}: no such limit). */
    public SolveOptions withMoveLimit(Long limit) {
        return new SolveOptions(timeLimit, unimprovedLimit, seed, limit);
    }
}

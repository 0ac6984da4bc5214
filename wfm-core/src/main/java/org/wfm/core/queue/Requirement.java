package org.wfm.core.queue;

import org.wfm.core.InputLimits;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The number of agents needed on the phones (logged in and not on break) in the interval that starts at
 * {@code start}: the {@code start,required} pair of the Requirements CSV and of the schedule problem's inline
 * {@code requirements}.
 *
 * <p>{@code required} is a net figure: it does not include shrinkage. The scheduler plans for
 * {@code required / (1 - unplannedShrinkage)} itself and places breaks explicitly, so adding shrinkage here
 * would count the same absence twice. It is usually a whole number of agents (from a staffing calculation)
 * but may be fractional (an average over several intervals, say).
 *
 * @param start    the interval's start, local wall-clock time
 * @param required agents needed on the phones, 0 to {@link InputLimits#MAX_AGENTS}
 */
public record Requirement(LocalDateTime start, double required) {

    public Requirement {
        Objects.requireNonNull(start, "start");
        if (!Double.isFinite(required) || required < 0 || required > InputLimits.MAX_AGENTS) {
            throw new IllegalArgumentException("required agents must be a number from 0 to " + InputLimits.MAX_AGENTS
                    + ", got " + required);
        }
    }

    /** A requirement of {@code required} agents in the interval starting at {@code start}. */
    public static Requirement of(LocalDateTime start, double required) {
        return new Requirement(start, required);
    }

    @Override
    public String toString() {
        return start + " " + (required == Math.rint(required) ? String.valueOf((long) required) : String.valueOf(required))
                + " agents";
    }
}

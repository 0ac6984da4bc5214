package org.wfm.core.workforce;

import java.time.Duration;
import java.util.Objects;

/**
 * A break that every shift of a {@link ShiftType} carries: its length, whether it is paid, and the window for
 * its start, measured from the shift start ({@code earliest} and {@code latest} bound the break's start, both
 * inclusive). Break starts lie on the problem's interval grid counted from the shift start.
 *
 * @param name     what the break is called ("break", "lunch"); need not be unique
 * @param length   how long the break lasts
 * @param earliest earliest break start after the shift start
 * @param latest   latest break start after the shift start
 * @param paid     whether the break counts as paid time
 */
public record BreakRule(String name, Duration length, Duration earliest, Duration latest, boolean paid) {

    public BreakRule {
        Objects.requireNonNull(name, "break name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a break needs a name");
        }
        positive(length, "break '" + name + "' length");
        Objects.requireNonNull(earliest, "break '" + name + "' earliest");
        Objects.requireNonNull(latest, "break '" + name + "' latest");
        if (earliest.isNegative() || latest.compareTo(earliest) < 0) {
            throw new IllegalArgumentException("break '" + name + "': window " + earliest + ".." + latest
                    + " must satisfy 0 <= earliest <= latest");
        }
    }

    /** A paid break of {@code length} starting between {@code earliest} and {@code latest} after the shift start. */
    public static BreakRule paid(String name, Duration length, Duration earliest, Duration latest) {
        return new BreakRule(name, length, earliest, latest, true);
    }

    /** An unpaid break (a lunch, say) of {@code length} starting between {@code earliest} and {@code latest}. */
    public static BreakRule unpaid(String name, Duration length, Duration earliest, Duration latest) {
        return new BreakRule(name, length, earliest, latest, false);
    }

    /**
     * The break's window on a grid of {@code interval}, counted in intervals from the shift start: the first
     * start on the grid at or after {@code earliest}, the last at or before {@code latest}, and the length
     * (whole intervals once the problem has checked the grid). {@code first > last} when no grid start fits.
     */
    public Slots slots(Duration interval) {
        long step = interval.getSeconds();
        return new Slots((int) ((earliest.getSeconds() + step - 1) / step), (int) (latest.getSeconds() / step),
                (int) (length.getSeconds() / step));
    }

    /**
     * A break window on the interval grid, in intervals from the shift start.
     *
     * @param first  earliest start
     * @param last   latest start, inclusive
     * @param length the break's length
     */
    public record Slots(int first, int last, int length) {

        /** The number of grid starts in the window. */
        public int positions() {
            return Math.max(0, last - first + 1);
        }
    }

    static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
    }
}

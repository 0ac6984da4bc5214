package org.wfm.scheduler;

import java.time.Duration;
import java.util.Locale;

/**
 * The best roster so far of a search under way, in a planner's words.
 *
 * @param elapsed        time searched so far
 * @param shortfallHours agent-hours short of the planned requirement
 * @param surplusHours   agent-hours beyond it
 * @param paidHours      paid hours of the roster's shifts
 */
public record Progress(Duration elapsed, double shortfallHours, double surplusHours, double paidHours) {

    /** E.g. {@code 12 s: 22.1 agent-hours short, 315.4 over, 2434 paid hours}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d s: %.1f agent-hours short, %.1f over, %.0f paid hours", elapsed.toSeconds(),
                shortfallHours, surplusHours, paidHours);
    }
}

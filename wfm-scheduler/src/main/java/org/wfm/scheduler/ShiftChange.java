package org.wfm.scheduler;

import org.wfm.core.workforce.Shift;

import java.time.LocalDate;

/**
 * One agent-day that a reschedule changed.
 *
 * @param agent  the agent's id
 * @param date   the day the shifts belong to
 * @param before the original shift, or {@code null} for a day off
 * @param after  the new shift, or {@code null} for a day off
 */
public record ShiftChange(String agent, LocalDate date, Shift before, Shift after) {

    /** E.g. {@code A003 2026-01-08: off -> FT8 08:00-16:30}. */
    @Override
    public String toString() {
        String what = before != null && after != null && before.start().equals(after.start())
                && before.type().equals(after.type()) ? describe(after) + " (breaks moved)"
                : describe(before) + " -> " + describe(after);
        return agent + " " + date + ": " + what;
    }

    private static String describe(Shift s) {
        return s == null ? "off" : s.type() + " " + s.start().toLocalTime() + "-" + s.end().toLocalTime();
    }
}

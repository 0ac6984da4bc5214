package org.wfm.scheduler;

import org.wfm.core.workforce.Shift;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a reschedule after a sick call.
 *
 * @param result  the repaired roster and the solver's figures
 * @param changes every agent-day whose shift or breaks changed, the absent agent's included
 */
public record Rescheduling(SolveResult result, List<ShiftChange> changes) {

    public Rescheduling {
        changes = List.copyOf(changes);
    }

    /**
     * Who took over a shift the absent agent lost.
     *
     * @param lost the absent agent's shift that the repair removed
     * @param by   the other agents' changed days whose new shift overlaps {@code lost} in time (a shift added, or
     *             one moved into those hours), in agent order; empty when nobody did
     */
    public record TakeOver(Shift lost, List<ShiftChange> by) {

        public TakeOver {
            by = List.copyOf(by);
        }

        /** E.g. {@code A007's 2026-01-08 FT8 08:00-16:30: A012 off -> FT8 09:00-17:30}. */
        @Override
        public String toString() {
            String shift = lost.agent() + "'s " + lost.start().toLocalDate() + " " + lost.type() + " "
                    + lost.start().toLocalTime() + "-" + lost.end().toLocalTime();
            return shift + ": " + (by.isEmpty() ? "nobody took it over"
                    : String.join("; ", by.stream().map(c -> c.toString().replace(" " + c.date() + ":", "")).toList()));
        }
    }

    /**
     * For every shift of {@code absent} that the repair removed, or the rest of the one it cut, the colleagues'
     * changes that cover its hours.
     */
    public List<TakeOver> takeOvers(String absent) {
        List<TakeOver> takeOvers = new ArrayList<>();
        for (ShiftChange lost : changes) {
            if (!lost.agent().equals(absent) || lost.before() == null
                    || lost.after() != null && !(lost.after().cut() && !lost.before().cut())) {
                continue;
            }
            Shift shift = lost.after() == null ? lost.before() : new Shift(absent, lost.before().type(),
                    lost.after().end(), lost.before().end(), List.of());
            List<ShiftChange> by = changes.stream().filter(c -> !c.agent().equals(absent) && c.after() != null
                    && c.after().start().isBefore(shift.end()) && c.after().end().isAfter(shift.start())
                    && (c.before() == null || !overlapsAsMuch(c.before(), c.after(), shift))).toList();
            takeOvers.add(new TakeOver(shift, by));
        }
        return takeOvers;
    }

    /** Whether the shift before the change already covered at least as much of {@code lost} as the one after. */
    private static boolean overlapsAsMuch(Shift before, Shift after, Shift lost) {
        return overlap(before, lost).compareTo(overlap(after, lost)) >= 0;
    }

    private static Duration overlap(Shift a, Shift b) {
        LocalDateTime from = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDateTime to = a.end().isBefore(b.end()) ? a.end() : b.end();
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}

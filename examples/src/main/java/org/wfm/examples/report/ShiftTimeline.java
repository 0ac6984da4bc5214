package org.wfm.examples.report;

import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.core.workforce.Unavailability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every agent's week on one row: shifts coloured by type with their breaks and activities (meetings, coaching), days
 * off and unavailable times, and at the right the paid hours as a bar over the contract's band of hours.
 *
 * @param problem    the problem, for its agents and shift types
 * @param roster     the roster
 * @param agentHours paid hours against the contract, one per agent in the problem's order
 */
record ShiftTimeline(ScheduleProblem problem, Roster roster, List<ReportFigures.AgentHours> agentHours) {

    /** Height of one agent's row, in pixels. */
    private static final double ROW = 13;
    /** Room above the rows for the day labels and hour ticks, in pixels. */
    private static final double HEAD = 30;
    /** Width of the agents' ids at the left, in pixels. */
    private static final double IDS = 44;
    /** Width of the paid hours at the right, in pixels. */
    private static final double HOURS = 170;

    /** The legend and the chart. */
    String html() {
        List<LocalDate> dates = problem.dates();
        List<String> types = problem.shiftTypes().stream().map(ShiftType::id).toList();
        List<Shift> carried = problem.previous().stream().filter(s -> s.end().isAfter(problem.horizonStart())).toList();
        DayColumns columns = columns(dates, carried);
        double maxHours = 1;
        for (ReportFigures.AgentHours hours : agentHours) {
            double contract = Double.isInfinite(hours.maxHours()) ? hours.minHours() : hours.maxHours();
            maxHours = Math.max(maxHours, Math.max(contract, hours.paidHours()));
        }
        double rows = ROW * agentHours.size();
        Svg svg = new Svg(ChartFrame.WIDTH, HEAD + rows + 6,
                "Shifts and breaks of every agent, and paid hours against the contract");
        for (int d = 0; d < dates.size(); d++) {
            double x = columns.dayLeft(d);
            svg.rect(x, HEAD - 2, columns.dayWidth(), rows + 4, d % 2 == 0 ? "col" : "col2", null);
            svg.text(x + 3, 11, DayColumns.label(dates.get(d), true), "lbl");
            for (int hour : columns.tickHours(3)) {
                double hx = columns.xOfHour(d, hour);
                svg.line(hx, HEAD - 6, hx, HEAD + rows, "tick");
                svg.text(hx - 5, HEAD - 8, String.valueOf(hour % 24), "num small");
            }
        }
        double hoursLeft = ChartFrame.WIDTH - HOURS + 6;
        double hoursScale = (HOURS - 52) / maxHours;
        svg.text(hoursLeft, 11, "paid hours (band: contract)", "lbl");
        for (int a = 0; a < agentHours.size(); a++) {
            Agent agent = problem.agents().get(a);
            double y = HEAD + a * ROW;
            svg.text(2, y + ROW - 3, agent.id(), "num small left");
            absences(svg, columns, agent, y);
            for (Shift shift : roster.shiftsOf(agent.id())) {
                shiftBar(svg, columns, shift, y, "t" + Math.max(0, types.indexOf(shift.type())) % Palette.SHIFT_TYPES.size(),
                        "");
            }
            for (Shift shift : carried) {
                if (shift.agent().equals(agent.id())) {
                    shiftBar(svg, columns, inHorizon(shift), y, "carried", " (the previous roster's shift of "
                            + shift.start().toLocalDate() + " " + shift.start().format(DayColumns.HOUR_MINUTE) + ")");
                }
            }
            ReportFigures.AgentHours hours = agentHours.get(a);
            double bandTo = Double.isInfinite(hours.maxHours()) ? maxHours : hours.maxHours();
            svg.rect(hoursLeft + hours.minHours() * hoursScale, y + 2, (bandTo - hours.minHours()) * hoursScale,
                    ROW - 4, "contract", agent.id() + " contract " + Svg.decimals(hours.minHours(), 1) + " to "
                            + Svg.decimals(bandTo, 1) + " h");
            svg.rect(hoursLeft, y + 4, hours.paidHours() * hoursScale, ROW - 8,
                    hours.withinContract() ? "paid" : "paid-bad",
                    agent.id() + ": " + Svg.decimals(hours.paidHours(), 1) + " paid hours");
            svg.text(hoursLeft + maxHours * hoursScale + 4, y + ROW - 3, Svg.decimals(hours.paidHours(), 1),
                    "num small left");
        }
        Legend legend = new Legend();
        for (int t = 0; t < types.size(); t++) {
            legend.key(Palette.SHIFT_TYPES.get(t % Palette.SHIFT_TYPES.size()), "shift " + types.get(t));
        }
        if (!carried.isEmpty()) {
            legend.key(Palette.CARRIED, "previous roster's shift");
        }
        legend.outlinedKey(Palette.PAID_BREAK, Palette.PAID_BREAK_EDGE, "paid break")
                .key(Palette.UNPAID_BREAK, "unpaid break");
        if (!problem.activities().isEmpty()) {
            legend.key(Palette.ACTIVITY, "activity ("
                    + String.join(", ", problem.activities().stream().map(Activity::id).toList()) + ")");
        }
        legend.key(Palette.DAY_OFF, "day off")
                .key(Palette.UNAVAILABLE, "unavailable")
                .note("hover a bar for its times");
        return legend.html() + svg.end();
    }

    /**
     * The part of a previous roster's shift inside the horizon: from its start, with the breaks and activities that end
     * in it.
     */
    private Shift inHorizon(Shift shift) {
        LocalDateTime start = problem.horizonStart();
        List<ShiftBreak> breaks = shift.breaks().stream().filter(b -> b.end().isAfter(start))
                .map(b -> b.start().isBefore(start) ? new ShiftBreak(b.name(), start, b.end(), b.paid()) : b).toList();
        List<ShiftActivity> activities = shift.activities().stream().filter(a -> a.end().isAfter(start))
                .map(a -> a.start().isBefore(start) ? new ShiftActivity(a.id(), start, a.end()) : a).toList();
        return new Shift(shift.agent(), shift.type(), start, shift.end(), breaks, activities, shift.cut());
    }

    /**
     * Day columns spanning the earliest shift start to the latest shift end (whole hours), the parts of the
     * {@code carried} previous shifts in the horizon among them; 06-22 without shifts.
     */
    private DayColumns columns(List<LocalDate> dates, List<Shift> carried) {
        int from = 24 * 60;
        int to = 0;
        List<Shift> drawn = new ArrayList<>(roster.shifts());
        carried.forEach(shift -> drawn.add(inHorizon(shift)));
        for (Shift shift : drawn) {
            LocalDate day = shift.start().toLocalDate();
            from = Math.min(from, DayColumns.minuteOf(day, shift.start()));
            to = Math.max(to, DayColumns.minuteOf(day, shift.end()));
        }
        if (from >= to) {
            from = 6 * 60;
            to = 22 * 60;
        }
        return new DayColumns(dates, from / 60 * 60, (to + 59) / 60 * 60, IDS, ChartFrame.WIDTH - IDS - HOURS - 8);
    }

    private void absences(Svg svg, DayColumns columns, Agent agent, double y) {
        List<LocalDate> dates = columns.dates();
        for (TimeOff off : agent.timeOff()) {
            int d = dates.indexOf(off.date());
            if (d >= 0) {
                svg.rect(columns.dayLeft(d) + 1, y + 1, columns.dayWidth() - 2, ROW - 2, "off",
                        agent.id() + " " + off.date() + ": " + off.reason());
            }
        }
        for (Unavailability u : agent.unavailable()) {
            int d = dates.indexOf(u.start().toLocalDate());
            if (d >= 0) {
                // drawn on the day it starts, up to midnight at the latest
                LocalDateTime midnight = u.start().toLocalDate().plusDays(1).atStartOfDay();
                double x0 = columns.x(d, u.start());
                double x1 = columns.x(d, u.end().isAfter(midnight) ? midnight : u.end());
                svg.rect(x0, y + 1, x1 - x0, ROW - 2, "unavail",
                        agent.id() + " unavailable " + u.start() + " to " + u.end());
            }
        }
    }

    /**
     * A shift's bar of a CSS class with its breaks and activities; {@code note} ends its title. A break shows the
     * shift's title, an activity its own (the agent, the activity and its times).
     */
    private static void shiftBar(Svg svg, DayColumns columns, Shift shift, double y, String cssClass, String note) {
        int d = columns.day(shift.start());
        if (d < 0) {
            return;
        }
        StringBuilder title = new StringBuilder(shift.agent() + " " + shift.type() + " " + shift.start().toLocalDate()
                + " " + shift.start().format(DayColumns.HOUR_MINUTE) + "-"
                + shift.end().format(DayColumns.HOUR_MINUTE) + note);
        for (ShiftBreak b : shift.breaks()) {
            title.append("; ").append(b.name()).append(' ').append(b.start().format(DayColumns.HOUR_MINUTE));
        }
        for (ShiftActivity a : shift.activities()) {
            title.append("; ").append(a.id()).append(' ').append(a.start().format(DayColumns.HOUR_MINUTE));
        }
        bar(svg, columns, d, shift.start(), shift.end(), y + 1, ROW - 2, cssClass, title.toString());
        for (ShiftBreak b : shift.breaks()) {
            bar(svg, columns, d, b.start(), b.end(), y + 2, ROW - 4, b.paid() ? "brk" : "lunch", title.toString());
        }
        for (ShiftActivity a : shift.activities()) {
            bar(svg, columns, d, a.start(), a.end(), y + 2, ROW - 4, "act", shift.agent() + " " + a.id() + " "
                    + a.start().toLocalDate() + " " + a.start().format(DayColumns.HOUR_MINUTE) + "-"
                    + a.end().format(DayColumns.HOUR_MINUTE));
        }
    }

    /** A bar from {@code start} to {@code end} on day column {@code d}, {@code height} high from {@code top}. */
    private static void bar(Svg svg, DayColumns columns, int d, LocalDateTime start, LocalDateTime end, double top,
                            double height, String cssClass, String title) {
        double x0 = columns.x(d, start);
        svg.rect(x0, top, columns.x(d, end) - x0, height, cssClass, title);
    }
}

package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One day of a roster in figures a planner reads first. Agent-hours are agent-intervals times the interval length.
 *
 * @param date           the day ({@code null} for the total of several days)
 * @param calls          forecast calls, or NaN when no forecast was given
 * @param requiredHours  agent-hours needed on the phones (the net requirement)
 * @param comparedHours  agent-hours of a second requirement to compare with (Erlang A, say), or NaN when none
 * @param plannedHours   agent-hours planned on the phones: the requirement over {@code 1 - unplannedShrinkage}
 * @param scheduledHours agent-hours on the phones in the roster (on shift, not on break)
 * @param shortfallHours agent-hours missing against the plan: sum of {@code max(0, planned - scheduled)}
 * @param surplusHours   agent-hours beyond the plan: sum of {@code max(0, scheduled - planned)}
 * @param paidHours      paid hours of the shifts starting that day
 * @param shifts         shifts starting that day
 * @param serviceLevel   expected service level weighted by forecast calls, in [0, 1], or NaN when unknown
 */
public record DailySummary(LocalDate date, double calls, double requiredHours, double comparedHours,
                           double plannedHours, double scheduledHours, double shortfallHours, double surplusHours,
                           double paidHours, int shifts, double serviceLevel) {

    /**
     * The summary of every day of the problem's horizon.
     *
     * @param calls        forecast calls per interval, if any
     * @param compared     a second requirement (agents on the phones per interval) to show next to the problem's
     * @param serviceLevel expected service level per interval (from {@link ServiceOutlook}), if any
     */
    public static List<DailySummary> of(ScheduleProblem problem, Roster roster, Optional<IntervalSeries> calls,
                                        Optional<IntervalSeries> compared, Optional<IntervalSeries> serviceLevel) {
        double hours = problem.interval().getSeconds() / 3600.0;
        List<DailySummary> days = new ArrayList<>();
        for (LocalDate date : problem.dates()) {
            LocalDate next = date.plusDays(1);
            double planned = 0;
            double scheduled = 0;
            double shortfall = 0;
            double surplus = 0;
            for (Coverage row : roster.coverage()) {
                if (row.start().toLocalDate().equals(date)) {
                    planned += row.planned();
                    scheduled += row.scheduled();
                    shortfall += row.shortfall();
                    surplus += row.surplus();
                }
            }
            double paid = 0;
            int shifts = 0;
            for (Shift shift : roster.shifts()) {
                if (shift.start().toLocalDate().equals(date)) {
                    paid += problem.paidHours(shift);
                    shifts++;
                }
            }
            double dayCalls = calls.map(c -> c.between(date, next).total()).orElse(Double.NaN);
            days.add(new DailySummary(date, dayCalls, problem.requirements().between(date, next).total() * hours,
                    compared.map(c -> c.between(date, next).total() * hours).orElse(Double.NaN),
                    planned * hours, scheduled * hours, shortfall * hours, surplus * hours, paid, shifts,
                    serviceLevel.map(sl -> weighted(sl, calls, date, next)).orElse(Double.NaN)));
        }
        return List.copyOf(days);
    }

    /** The sum of several days; the service level is weighted by each day's calls. */
    public static DailySummary total(List<DailySummary> days) {
        double calls = 0;
        double weightedLevel = 0;
        double required = 0;
        double compared = 0;
        double planned = 0;
        double scheduled = 0;
        double shortfall = 0;
        double surplus = 0;
        double paid = 0;
        int shifts = 0;
        for (DailySummary d : days) {
            calls += d.calls;
            weightedLevel += d.serviceLevel * d.calls;
            required += d.requiredHours;
            compared += d.comparedHours;
            planned += d.plannedHours;
            scheduled += d.scheduledHours;
            shortfall += d.shortfallHours;
            surplus += d.surplusHours;
            paid += d.paidHours;
            shifts += d.shifts;
        }
        return new DailySummary(null, calls, required, compared, planned, scheduled, shortfall, surplus, paid, shifts,
                calls > 0 ? weightedLevel / calls : Double.NaN);
    }

    /** The day as "Mon 2026-06-01", or "week" for a total. */
    public String label() {
        return date == null ? "week" : dayLabel(date);
    }

    /** A day as "Mon 2026-06-01". */
    public static String dayLabel(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    /**
     * A plain-text table, one row per day and a total row: calls, required (and compared) agent-hours, scheduled
     * agent-hours on the phones, shortfall, paid hours and expected service level.
     *
     * @param comparedLabel the heading of the compared requirement, or {@code null} to leave the column out
     */
    public static String table(List<DailySummary> days, String comparedLabel) {
        StringBuilder s = new StringBuilder();
        boolean compare = comparedLabel != null;
        s.append(String.format(Locale.ROOT, "%-14s %8s %10s%s %10s %10s %10s %8s %7s%n", "day", "calls",
                "required", compare ? String.format(Locale.ROOT, " %10s", comparedLabel) : "", "planned",
                "scheduled", "shortfall", "paid h", "SL"));
        List<DailySummary> rows = new ArrayList<>(days);
        rows.add(total(days));
        for (DailySummary d : rows) {
            s.append(String.format(Locale.ROOT, "%-14s %8s %10.1f%s %10.1f %10.1f %10.1f %8.1f %7s%n", d.label(),
                    Double.isNaN(d.calls) ? "-" : String.format(Locale.ROOT, "%.0f", d.calls), d.requiredHours,
                    compare ? String.format(Locale.ROOT, " %10.1f", d.comparedHours) : "", d.plannedHours,
                    d.scheduledHours, d.shortfallHours, d.paidHours,
                    Double.isNaN(d.serviceLevel) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * d.serviceLevel)));
        }
        return s.toString();
    }

    /** The day's level weighted by calls ({@link ServiceOutlook#weighted}), or the plain mean without calls. */
    private static double weighted(IntervalSeries levels, Optional<IntervalSeries> calls, LocalDate from,
                                   LocalDate to) {
        IntervalSeries day = levels.between(from, to);
        if (calls.isPresent()) {
            return ServiceOutlook.weighted(day, calls.get());
        }
        return day.isEmpty() ? Double.NaN : day.total() / day.size();
    }
}

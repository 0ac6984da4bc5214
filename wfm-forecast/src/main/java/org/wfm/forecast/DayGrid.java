package org.wfm.forecast;

import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;

/**
 * A history as a calendar matrix: one row per date from the first to the last date with data, one column per
 * time-of-day slot of the interval length; {@code NaN} marks an absent interval (closed or no data). Rows follow
 * the calendar, so missing days never shift the weekly pattern. In the autumn DST overlap both intervals of a
 * repeated wall-clock time add into one slot; times in the spring gap stay absent.
 */
final class DayGrid {

    final ZoneId zone;
    final Duration interval;
    final int slots;
    final LocalDate first;
    /** Calls offered per [day][slot]. */
    final double[][] calls;
    /** Average handle time in seconds per [day][slot], or {@code null} when the history has none. */
    final double[][] aht;
    /** The user's special days: excluded dates are blank here; factor-0 dates ahead are known closed. */
    final SpecialDays special;

    private DayGrid(ZoneId zone, Duration interval, LocalDate first, double[][] calls, double[][] aht,
                    SpecialDays special) {
        this.special = special;
        this.zone = zone;
        this.interval = interval;
        this.slots = (int) (86_400 / interval.getSeconds());
        this.first = first;
        this.calls = calls;
        this.aht = aht;
    }

    /** The grid of a non-empty history, with the dates the special days exclude blanked out. */
    static DayGrid of(History history, SpecialDays special) {
        Set<LocalDate> excluded = special.excluded();
        IntervalSeries offered = history.offered();
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("the history is empty");
        }
        LocalDate first = offered.firstDate();
        int days = (int) ChronoUnit.DAYS.between(first, offered.lastDate()) + 1;
        double[][] calls = fill(offered, first, days, excluded, false);
        double[][] aht = history.aht().map(a -> fill(a, first, days, excluded, true)).orElse(null);
        return new DayGrid(offered.zone(), offered.interval(), first, calls, aht, special);
    }

    private static double[][] fill(IntervalSeries series, LocalDate first, int days, Set<LocalDate> excluded,
                                   boolean keepFirst) {
        int slots = (int) (86_400 / series.interval().getSeconds());
        double[][] grid = blank(days, slots);
        for (int i = 0; i < series.size(); i++) {
            LocalDateTime start = series.start(i);
            int day = (int) ChronoUnit.DAYS.between(first, start.toLocalDate());
            if (day < 0 || day >= days || excluded.contains(start.toLocalDate())) {
                continue;
            }
            int slot = (int) (start.toLocalTime().toSecondOfDay() / series.interval().getSeconds());
            double old = grid[day][slot];
            grid[day][slot] = Double.isNaN(old) ? series.value(i) : keepFirst ? old : old + series.value(i);
        }
        return grid;
    }

    /** The number of calendar days covered. */
    int days() {
        return calls.length;
    }

    LocalDate date(int day) {
        return first.plusDays(day);
    }

    /** The last date of the grid. */
    LocalDate last() {
        return date(days() - 1);
    }

    /** The row of a date, which may lie outside the grid. */
    int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(first, date);
    }

    /** The calls at a date and slot, or NaN when absent or outside the grid. */
    double calls(LocalDate date, int slot) {
        int day = dayOf(date);
        return day >= 0 && day < days() ? calls[day][slot] : Double.NaN;
    }

    /** Whether the day has at least one interval. */
    boolean present(int day) {
        for (double v : calls[day]) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** The days before {@code date}; at least one day must remain. */
    DayGrid before(LocalDate date) {
        int days = Math.min(dayOf(date), days());
        if (days <= 0) {
            throw new IllegalArgumentException("no history before " + date);
        }
        return new DayGrid(zone, interval, first, Arrays.copyOf(calls, days), aht == null ? null : Arrays.copyOf(aht, days),
                special);
    }

    /** Open[weekday 0 = Monday][slot]: whether any day of that weekday has the interval. */
    boolean[][] open() {
        boolean[][] open = new boolean[7][slots];
        for (int d = 0; d < days(); d++) {
            int weekday = weekday(date(d));
            for (int s = 0; s < slots; s++) {
                open[weekday][s] |= !Double.isNaN(calls[d][s]);
            }
        }
        return open;
    }

    /**
     * Whether the centre was (or will be) open on a date of a weekday it opens: in the history, a day with data or
     * one the user excluded (unknown, taken as open); ahead, a day without factor 0.
     */
    boolean openOn(LocalDate date, boolean[] weekdayOpen) {
        if (!weekdayOpen[weekday(date)]) {
            return false;
        }
        int day = dayOf(date);
        if (day < 0) {
            return true;
        }
        if (day < days()) {
            return present(day) || special.excluded().contains(date);
        }
        return special.factorOf(date) != 0;
    }

    /** Whether any slot of a weekday is open. */
    static boolean anyOpen(boolean[] slots) {
        for (boolean b : slots) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** 0 for Monday ... 6 for Sunday. */
    static int weekday(LocalDate date) {
        return date.getDayOfWeek().getValue() - 1;
    }

    /** The latest date on or before the grid's last day with the weekday of {@code target}. */
    LocalDate latestSameWeekday(LocalDate target) {
        long back = Math.floorMod(ChronoUnit.DAYS.between(last(), target), 7);
        return last().minusDays(back == 0 ? 0 : 7 - back);
    }

    /**
     * The mean absolute difference between an interval and the same interval a week earlier: the in-sample error
     * of the seasonal-naive method, the scale of MASE. NaN when no pair exists.
     */
    double weeklyNaiveError() {
        double sum = 0;
        int n = 0;
        for (int d = 7; d < days(); d++) {
            for (int s = 0; s < slots; s++) {
                double diff = calls[d][s] - calls[d - 7][s];
                if (!Double.isNaN(diff)) {
                    sum += Math.abs(diff);
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A [days][slots] matrix of NaN. */
    static double[][] blank(int days, int slots) {
        double[][] grid = new double[days][slots];
        for (double[] row : grid) {
            Arrays.fill(row, Double.NaN);
        }
        return grid;
    }

    /** The cells of {@code grid} (rows from {@code start}) that are not NaN, as a series on this grid's clock. */
    IntervalSeries series(LocalDate start, double[][] grid) {
        IntervalSeries.Builder builder = IntervalSeries.builder(zone, interval);
        for (int d = 0; d < grid.length; d++) {
            for (int s = 0; s < slots; s++) {
                LocalDateTime time = start.plusDays(d).atStartOfDay().plusSeconds(s * interval.getSeconds());
                if (!Double.isNaN(grid[d][s]) && !zone.getRules().getValidOffsets(time).isEmpty()) {
                    builder.add(time, grid[d][s]);
                }
            }
        }
        return builder.build();
    }
}

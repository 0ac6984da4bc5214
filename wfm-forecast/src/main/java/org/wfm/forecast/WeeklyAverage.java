package org.wfm.forecast;

import java.time.LocalDate;

/**
 * The industry default: each interval is the mean of the same weekday and time of day over the last {@code weeks}
 * weeks of history, counting only the weeks that have it (a missing day leaves the mean of the others); when none of
 * those weeks has it, the latest earlier week that does. Over one week this is the seasonal-naive method: the same
 * interval last week.
 *
 * @param weeks the number of weeks averaged (1 or more)
 */
record WeeklyAverage(int weeks) implements Method {

    WeeklyAverage {
        if (weeks < 1) {
            throw new IllegalArgumentException("weekly-average needs at least 1 week, not " + weeks);
        }
    }

    @Override
    public String name() {
        return weeks == 1 ? "seasonal-naive" : "weekly-average";
    }

    @Override
    public int minimumDays() {
        return 7;
    }

    @Override
    public double[][] predict(DayGrid history, LocalDate start, int days) {
        double[][] result = DayGrid.blank(days, history.slots);
        for (int d = 0; d < days; d++) {
            LocalDate latest = history.latestSameWeekday(start.plusDays(d));
            for (int s = 0; s < history.slots; s++) {
                double sum = 0;
                int n = 0;
                for (int w = 0; w < weeks; w++) {
                    double value = history.calls(latest.minusWeeks(w), s);
                    if (!Double.isNaN(value)) {
                        sum += value;
                        n++;
                    }
                }
                result[d][s] = n > 0 ? sum / n : latest(history, latest.minusWeeks(weeks), s);
            }
        }
        return result;
    }

    /** The value at {@code date} or the closest earlier same weekday that has the slot; NaN when none does. */
    private static double latest(DayGrid history, LocalDate date, int slot) {
        for (LocalDate day = date; !day.isBefore(history.first); day = day.minusWeeks(1)) {
            double value = history.calls(day, slot);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }
}

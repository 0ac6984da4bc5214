package org.wfm.forecast;

import java.time.LocalDate;

/** Steps shared by the methods and forecasters. */
final class Forecasts {

    private Forecasts() {
    }

    /** The prediction with every interval the history does not show open at that weekday and time made absent. */
    static double[][] keepOpen(DayGrid history, LocalDate start, double[][] prediction) {
        boolean[][] open = history.open();
        double[][] kept = DayGrid.blank(prediction.length, history.slots);
        for (int d = 0; d < prediction.length; d++) {
            boolean[] openSlots = open[DayGrid.weekday(start.plusDays(d))];
            for (int s = 0; s < history.slots; s++) {
                if (openSlots[s]) {
                    kept[d][s] = Double.isNaN(prediction[d][s]) ? 0 : prediction[d][s];
                }
            }
        }
        return kept;
    }

    /**
     * Average handle time per interval where {@code calls} has a value: the calls-weighted mean of the same weekday
     * and time of day over the last {@code weeks} weeks that have it, or the latest earlier one.
     */
    static double[][] handleTime(DayGrid history, LocalDate start, double[][] calls, int weeks) {
        double[][] result = DayGrid.blank(calls.length, history.slots);
        for (int d = 0; d < calls.length; d++) {
            LocalDate latest = history.latestSameWeekday(start.plusDays(d));
            for (int s = 0; s < history.slots; s++) {
                if (Double.isNaN(calls[d][s])) {
                    continue;
                }
                double work = 0;
                double weight = 0;
                double plain = 0;
                int n = 0;
                int back = 0;
                for (LocalDate day = latest; !day.isBefore(history.first) && (back < weeks || n == 0);
                     day = day.minusWeeks(1), back++) {
                    int row = history.dayOf(day);
                    double aht = history.aht[row][s];
                    if (!Double.isNaN(aht)) {
                        double c = Double.isNaN(history.calls[row][s]) ? 0 : history.calls[row][s];
                        work += c * aht;
                        weight += c;
                        plain += aht;
                        n++;
                    }
                }
                result[d][s] = weight > 0 ? work / weight : n > 0 ? plain / n : Double.NaN;
            }
        }
        return result;
    }
}

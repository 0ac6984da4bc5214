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

    /** Weeks of history the handle-time profile reads, and the weeks after which a week's weight halves. */
    private static final int AHT_WEEKS = 8;
    private static final double AHT_HALF_LIFE_WEEKS = 4;
    /** Weight of each neighbouring interval in the profile's smoothing (the interval itself weighs 1). */
    private static final double AHT_NEIGHBOUR = 0.5;
    /** Calls' worth of belief in the profile's own level against the last week's (the recent level's shrinkage). */
    private static final double AHT_LEVEL_PRIOR_CALLS = 1000;

    /**
     * Average handle time per interval where {@code calls} has a value: a weekly profile by weekday and time of day
     * up to the week before the last, times the recent level (the last week's handled seconds against that
     * profile). The profile is the calls-weighted mean handle time of the same weekday over the last
     * {@value #AHT_WEEKS} weeks that have it (a week's weight halving every 4 weeks back), smoothed over the
     * neighbouring intervals of the same day (weight 0.5 each); where none of those has a handle time, the latest
     * earlier one. The recent level is the last 7 days' handled seconds over what the profile (as known the week
     * before each day) expected of their calls, shrunk towards 1 by 1,000 calls' worth.
     */
    static double[][] handleTime(DayGrid history, LocalDate start, double[][] calls) {
        double level = recentLevel(history, start);
        double[][] result = DayGrid.blank(calls.length, history.slots);
        for (int d = 0; d < calls.length; d++) {
            LocalDate latest = history.latestSameWeekday(start.plusDays(d));
            for (int s = 0; s < history.slots; s++) {
                if (!Double.isNaN(calls[d][s])) {
                    // the profile before the last week, which the level has measured against it
                    double before = profile(history, latest.minusWeeks(1), s);
                    result[d][s] = Double.isNaN(before) ? profile(history, latest, s) : level * before;
                }
            }
        }
        return result;
    }

    /** The profile's handle time of slot {@code s} on the weekday of {@code latest}, from that date back. */
    private static double profile(DayGrid history, LocalDate latest, int s) {
        double work = 0;
        double weight = 0;
        for (int back = 0; back < AHT_WEEKS; back++) {
            int row = history.dayOf(latest.minusWeeks(back));
            if (row < 0) {
                break;
            }
            double week = Math.pow(0.5, back / AHT_HALF_LIFE_WEEKS);
            for (int ds = -1; ds <= 1; ds++) {
                int slot = s + ds;
                if (slot < 0 || slot >= history.slots || Double.isNaN(history.aht[row][slot])) {
                    continue;
                }
                double c = Double.isNaN(history.calls[row][slot]) ? 0 : history.calls[row][slot];
                double w = week * (ds == 0 ? 1 : AHT_NEIGHBOUR) * c;
                work += w * history.aht[row][slot];
                weight += w;
            }
        }
        if (weight > 0) {
            return work / weight;
        }
        for (int row = history.dayOf(latest); row >= 0; row -= 7) { // the latest earlier one
            if (!Double.isNaN(history.aht[row][s])) {
                return history.aht[row][s];
            }
        }
        return Double.NaN;
    }

    /** The last 7 days' handled seconds over the profile's expectation of their calls, shrunk towards 1. */
    private static double recentLevel(DayGrid history, LocalDate start) {
        double handled = 0;
        double expected = 0;
        double callsSeen = 0;
        for (LocalDate day = start.minusDays(7); day.isBefore(start); day = day.plusDays(1)) {
            int row = history.dayOf(day);
            if (row < 0 || row >= history.days()) {
                continue;
            }
            for (int s = 0; s < history.slots; s++) {
                double c = history.calls[row][s];
                double aht = history.aht[row][s];
                double profile = Double.isNaN(c) || Double.isNaN(aht) ? Double.NaN : profile(history, day.minusWeeks(1), s);
                if (!Double.isNaN(profile)) {
                    handled += c * aht;
                    expected += c * profile;
                    callsSeen += c;
                }
            }
        }
        if (expected <= 0) {
            return 1;
        }
        double mean = expected / callsSeen; // the profile's mean handle time, for the prior's seconds
        return (handled + AHT_LEVEL_PRIOR_CALLS * mean) / (expected + AHT_LEVEL_PRIOR_CALLS * mean);
    }
}

package org.wfm.forecast;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Daily totals from a regression, times intraday profiles by weekday. The log of a day's calls is a weekday effect
 * plus calendar effects: the turn of the month (the last open weekday of a month and its first three) and the day
 * after a closed weekday (a holiday, or a date with factor 0 ahead). Recent days weigh more (a half-life in days),
 * which tracks the level; the calendar effects are shrunk towards zero (ridge), so a single past holiday does not
 * make a rule. The share of each time of day in its weekday's total comes from the same recency-weighted days.
 *
 * @param halfLife the age in days at which a day's weight halves
 * @param ridge    the penalty on the calendar effects, in day-weights
 */
record Profile(double halfLife, double levelHalfLife, double ridge, double pooling) implements Method {

    /** Open weekdays at the start of a month that count as its turn. */
    private static final int MONTH_START_DAYS = 3;
    /** A day counts for totals and profiles when it has this share of its weekday's open intervals. */
    private static final double COMPLETE = 0.9;
    private static final int CALENDAR_EFFECTS = 2;

    Profile {
        if (!(halfLife > 0 && levelHalfLife > 0 && ridge > 0 && pooling >= 0 && pooling <= 1)) {
            throw new IllegalArgumentException("profile needs positive half-lives and ridge and a pooling share in [0, 1]");
        }
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public int minimumDays() {
        return 14;
    }

    @Override
    public double[][] predict(DayGrid history, LocalDate start, int days) {
        Fit fit = new Fit(history);
        double[][] result = DayGrid.blank(days, history.slots);
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            if (fit.weekdayOpen[DayGrid.weekday(date)]) {
                double total = fit.dailyTotal(date);
                for (int s = 0; s < history.slots; s++) {
                    result[d][s] = total * fit.share(DayGrid.weekday(date), s);
                }
            }
        }
        return result;
    }

    /** The fitted daily-total regression, recent level and intraday shares of a history. */
    private final class Fit {
        final boolean[] weekdayOpen = new boolean[7];
        private final DayGrid history;
        private final int[] openSlots = new int[7];
        private final double[][] shareSum;
        private final double[] totalSum = new double[7];
        private final double[] pooledShare;
        private final double[] beta;
        private final double meanWeekday;
        private final double levelShift;

        Fit(DayGrid history) {
            this.history = history;
            boolean[][] open = history.open();
            for (int w = 0; w < 7; w++) {
                weekdayOpen[w] = DayGrid.anyOpen(open[w]);
                for (boolean b : open[w]) {
                    openSlots[w] += b ? 1 : 0;
                }
            }
            shareSum = new double[7][history.slots];
            beta = regression();
            double sum = 0;
            int fitted = 0;
            for (int w = 0; w < 7; w++) {
                if (totalSum[w] > 0) {
                    sum += beta[w];
                    fitted++;
                }
            }
            meanWeekday = sum / Math.max(1, fitted);
            levelShift = levelShift();
            pooledShare = pooledShares(shareSum, totalSum, history.slots);
        }

        /** Weighted least squares of the log daily totals; also sums the weighted intraday calls by weekday. */
        private double[] regression() {
            int p = 7 + CALENDAR_EFFECTS;
            RealMatrix normal = new Array2DRowRealMatrix(p, p);
            RealVector right = new ArrayRealVector(p);
            for (int d = 0; d < history.days(); d++) {
                double total = completeTotal(d);
                if (total <= 0) {
                    continue;
                }
                LocalDate date = history.date(d);
                double weight = weight(date, halfLife);
                double[] x = features(date);
                for (int i = 0; i < p; i++) {
                    right.addToEntry(i, weight * x[i] * Math.log(total));
                    for (int k = 0; k < p; k++) {
                        normal.addToEntry(i, k, weight * x[i] * x[k]);
                    }
                }
                int w = DayGrid.weekday(date);
                for (int s = 0; s < history.slots; s++) {
                    if (!Double.isNaN(history.calls[d][s])) {
                        shareSum[w][s] += weight * history.calls[d][s];
                    }
                }
                totalSum[w] += weight * total;
            }
            for (int i = 0; i < p; i++) {
                // a weekday without complete days gets coefficient 0 here and the others' mean in dailyTotal
                boolean unseen = i < 7 && normal.getEntry(i, i) == 0;
                normal.addToEntry(i, i, i >= 7 ? ridge : unseen ? 1 : 0);
            }
            return new LUDecomposition(normal).getSolver().solve(right).toArray();
        }

        /** The recency-weighted mean residual of the log daily totals: how far the recent level is off. */
        private double levelShift() {
            double sum = 0;
            double weights = 0;
            for (int d = 0; d < history.days(); d++) {
                double total = completeTotal(d);
                if (total > 0) {
                    LocalDate date = history.date(d);
                    double weight = weight(date, levelHalfLife);
                    sum += weight * (Math.log(total) - logTotal(date));
                    weights += weight;
                }
            }
            return weights > 0 ? sum / weights : 0;
        }

        private double weight(LocalDate date, double days) {
            return Math.pow(0.5, ChronoUnit.DAYS.between(date, history.last()) / days);
        }

        /** The regression's log daily total of a date, without the level shift. */
        private double logTotal(LocalDate date) {
            double[] x = features(date);
            int w = DayGrid.weekday(date);
            double log = totalSum[w] > 0 ? beta[w] : meanWeekday;
            for (int i = 7; i < x.length; i++) {
                log += beta[i] * x[i];
            }
            return log;
        }

        double dailyTotal(LocalDate date) {
            return Math.exp(logTotal(date) + levelShift);
        }

        /** The share of a time-of-day slot in its weekday's calls, partly pooled across weekdays. */
        double share(int weekday, int slot) {
            return totalSum[weekday] > 0
                    ? (1 - pooling) * shareSum[weekday][slot] / totalSum[weekday] + pooling * pooledShare[slot]
                    : pooledShare[slot];
        }

        /** The day's calls when it has most of its weekday's open intervals, else 0. */
        private double completeTotal(int day) {
            double total = 0;
            int present = 0;
            for (double v : history.calls[day]) {
                if (!Double.isNaN(v)) {
                    total += v;
                    present++;
                }
            }
            return present > 0 && present >= COMPLETE * openSlots[DayGrid.weekday(history.date(day))] ? total : 0;
        }

        /** Weekday indicators (7), turn of the month, day after a closed weekday. */
        private double[] features(LocalDate date) {
            double[] x = new double[7 + CALENDAR_EFFECTS];
            x[DayGrid.weekday(date)] = 1;
            x[7] = turnOfMonth(weekdayOpen, date) ? 1 : 0;
            x[8] = afterClosed(history, weekdayOpen, date) ? 1 : 0;
            return x;
        }
    }

    private static double[] pooledShares(double[][] shareSum, double[] totalSum, int slots) {
        double[] pooled = new double[slots];
        double total = 0;
        for (int w = 0; w < 7; w++) {
            total += totalSum[w];
            for (int s = 0; s < slots; s++) {
                pooled[s] += shareSum[w][s];
            }
        }
        for (int s = 0; s < slots; s++) {
            pooled[s] /= total;
        }
        return pooled;
    }

    /** The last open weekday of the month or one of its first {@value #MONTH_START_DAYS}, by weekday pattern. */
    static boolean turnOfMonth(boolean[] weekdayOpen, LocalDate date) {
        int rank = 0;
        for (LocalDate d = date.withDayOfMonth(1); !d.isAfter(date); d = d.plusDays(1)) {
            rank += weekdayOpen[DayGrid.weekday(d)] ? 1 : 0;
        }
        if (rank <= MONTH_START_DAYS) {
            return true;
        }
        for (LocalDate d = date.plusDays(1); d.getMonth() == date.getMonth(); d = d.plusDays(1)) {
            if (weekdayOpen[DayGrid.weekday(d)]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the previous weekday the centre usually opens was closed (absent from the history, or factor 0). */
    static boolean afterClosed(DayGrid history, boolean[] weekdayOpen, LocalDate date) {
        for (int back = 1; back <= 7; back++) {
            LocalDate previous = date.minusDays(back);
            if (weekdayOpen[DayGrid.weekday(previous)]) {
                return !history.openOn(previous, weekdayOpen);
            }
        }
        return false;
    }
}

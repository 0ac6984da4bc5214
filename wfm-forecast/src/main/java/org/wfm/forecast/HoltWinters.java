package org.wfm.forecast;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Double-seasonal Holt-Winters (Taylor 2003): a level times an intraday and an intraweek seasonal index, plus an
 * AR(1) adjustment of the last error; the smoothing parameters minimise the in-sample squared error of day-ahead
 * forecasts (BOBYQA, commons-math3).
 *
 * <p>The series runs over the open intervals only: every calendar day of a weekday the centre opens, every time of
 * day it opens on some weekday. A missing day or interval stays in the sequence with no update, so it never
 * shifts the weekly pattern.
 */
record HoltWinters() implements Method {

    private static final double FLOOR = 1e-3;

    @Override
    public String name() {
        return "holt-winters";
    }

    @Override
    public int minimumDays() {
        return 14;
    }

    @Override
    public double[][] predict(DayGrid history, LocalDate start, int days) {
        Fit fit = fit(history);
        double[][] result = DayGrid.blank(days, history.slots);
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            if (fit.weekdayOpen[DayGrid.weekday(date)]) {
                for (int j = 0; j < fit.slots.length; j++) {
                    result[d][fit.slots[j]] = fit.forecast(fit.position(date) * fit.slots.length + j);
                }
            }
        }
        return result;
    }

    /** Fits the model to the history: the parameters and the state at its end. */
    static Fit fit(DayGrid history) {
        Fit fit = new Fit(history);
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(9, 0.25, 1e-4);
        PointValuePair best = optimizer.optimize(new MaxEval(2000),
                new ObjectiveFunction(fit::run), GoalType.MINIMIZE,
                new InitialGuess(new double[]{0.05, 0.1, 0.1, 0.5}),
                new SimpleBounds(new double[4], new double[]{1, 1, 1, 1}));
        fit.run(best.getPoint());
        return fit;
    }

    /** The sequence of open intervals, the initial state, and after {@link #run} the state at the end. */
    static final class Fit {
        final boolean[] weekdayOpen = new boolean[7];
        final int[] slots;
        private final LocalDate first;
        private final int openWeekdays;
        private final int period;
        private final double[] y;
        private final double level0;
        private final double[] daily0;
        private final double[] weekly0;
        double[] parameters;
        private double level;
        private double[] daily;
        private double[] weekly;
        private double error;

        Fit(DayGrid history) {
            boolean[][] open = history.open();
            boolean[] anySlot = new boolean[history.slots];
            int weekdays = 0;
            for (int w = 0; w < 7; w++) {
                weekdayOpen[w] = DayGrid.anyOpen(open[w]);
                weekdays += weekdayOpen[w] ? 1 : 0;
                for (int s = 0; s < history.slots; s++) {
                    anySlot[s] |= open[w][s];
                }
            }
            slots = java.util.stream.IntStream.range(0, history.slots).filter(s -> anySlot[s]).toArray();
            first = history.first;
            openWeekdays = weekdays;
            period = weekdays * slots.length;
            int sequenceDays = position(history.last().plusDays(1));
            y = new double[sequenceDays * slots.length];
            Arrays.fill(y, Double.NaN);
            for (int d = 0; d < history.days(); d++) {
                LocalDate date = history.date(d);
                if (weekdayOpen[DayGrid.weekday(date)]) {
                    int base = position(date) * slots.length;
                    for (int j = 0; j < slots.length; j++) {
                        y[base + j] = history.calls[d][slots[j]];
                    }
                }
            }
            int init = Math.min(y.length, 2 * period);
            level0 = mean(y, 0, init);
            daily0 = new double[slots.length];
            weekly0 = new double[period];
            double[] dailySum = new double[slots.length];
            int[] dailyCount = new int[slots.length];
            for (int day = 0; day * slots.length < init; day++) {
                double dayMean = mean(y, day * slots.length, (day + 1) * slots.length);
                for (int j = 0; j < slots.length && dayMean > 0; j++) {
                    double v = y[day * slots.length + j];
                    if (!Double.isNaN(v)) {
                        dailySum[j] += v / dayMean;
                        dailyCount[j]++;
                    }
                }
            }
            for (int j = 0; j < slots.length; j++) {
                daily0[j] = dailyCount[j] > 0 ? Math.max(FLOOR, dailySum[j] / dailyCount[j]) : 1;
            }
            double[] weeklySum = new double[period];
            int[] weeklyCount = new int[period];
            for (int t = 0; t < init; t++) {
                if (!Double.isNaN(y[t])) {
                    weeklySum[t % period] += y[t] / (level0 * daily0[t % slots.length]);
                    weeklyCount[t % period]++;
                }
            }
            for (int p = 0; p < period; p++) {
                weekly0[p] = weeklyCount[p] > 0 ? Math.max(FLOOR, weeklySum[p] / weeklyCount[p]) : 1;
            }
        }

        /** The day's index in the sequence of open-weekday dates from the first date. */
        int position(LocalDate date) {
            long days = ChronoUnit.DAYS.between(first, date);
            long weeks = Math.floorDiv(days, 7);
            int count = (int) (weeks * openWeekdays);
            for (LocalDate d = first.plusWeeks(weeks); d.isBefore(date); d = d.plusDays(1)) {
                count += weekdayOpen[DayGrid.weekday(d)] ? 1 : 0;
            }
            return count;
        }

        /**
         * Runs the smoothing with {@code p} = (alpha level, delta intraday, omega intraweek, phi AR(1)), leaving the
         * final state, and returns the mean squared day-ahead error after the first week: each interval forecast
         * from the state at the end of the day before, as the model is used (one-step errors favour a level that
         * chases the last intervals' noise).
         */
        double run(double[] p) {
            parameters = p.clone();
            double alpha = p[0], delta = p[1], omega = p[2], phi = p[3];
            level = level0;
            daily = daily0.clone();
            weekly = weekly0.clone();
            error = 0;
            double sse = 0;
            int n = 0;
            double dayLevel = level;
            double dayError = 0;
            for (int t = 0; t < y.length; t++) {
                int j = t % slots.length;
                int k = t % period;
                if (j == 0) {
                    dayLevel = level;
                    dayError = error;
                }
                double seasonal = daily[j] * weekly[k];
                double forecast = level * seasonal + phi * error;
                if (Double.isNaN(y[t])) {
                    error = 0;
                    continue;
                }
                error = y[t] - forecast;
                if (t >= period) {
                    double dayAhead = y[t] - dayLevel * seasonal - Math.pow(phi, j + 1) * dayError;
                    sse += dayAhead * dayAhead;
                    n++;
                }
                double newLevel = Math.max(FLOOR, alpha * y[t] / seasonal + (1 - alpha) * level);
                double oldDaily = daily[j];
                daily[j] = Math.max(FLOOR, delta * y[t] / (newLevel * weekly[k]) + (1 - delta) * oldDaily);
                weekly[k] = Math.max(FLOOR, omega * y[t] / (newLevel * oldDaily) + (1 - omega) * weekly[k]);
                level = newLevel;
            }
            double mse = n == 0 ? 0 : sse / n;
            return Double.isFinite(mse) ? mse : Double.MAX_VALUE;
        }

        /** The forecast at sequence position {@code t} beyond the end (never negative). */
        double forecast(int t) {
            int ahead = t - (y.length - 1);
            return Math.max(0, level * daily[t % slots.length] * weekly[t % period]
                    + Math.pow(parameters[3], ahead) * error);
        }

        private static double mean(double[] values, int from, int to) {
            double sum = 0;
            int n = 0;
            for (int i = from; i < to; i++) {
                if (!Double.isNaN(values[i])) {
                    sum += values[i];
                    n++;
                }
            }
            return n == 0 ? 1 : sum / n;
        }
    }
}

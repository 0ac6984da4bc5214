package org.wfm.forecast;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Pairs of actual and forecast calls of past intervals, from a backtest on the history: what the automatic method
 * chooses by and the prediction intervals are calibrated on.
 */
record Errors(double[] actual, double[] forecast) {

    static final Errors NONE = new Errors(new double[0], new double[0]);

    /** The intervals where both the history and the prediction (rows from {@code start}) have a value. */
    static Errors of(DayGrid history, LocalDate start, double[][] prediction) {
        double[] actual = new double[prediction.length * history.slots];
        double[] forecast = new double[actual.length];
        int n = 0;
        for (int d = 0; d < prediction.length; d++) {
            for (int s = 0; s < history.slots; s++) {
                double a = history.calls(start.plusDays(d), s);
                if (!Double.isNaN(a) && !Double.isNaN(prediction[d][s])) {
                    actual[n] = a;
                    forecast[n++] = prediction[d][s];
                }
            }
        }
        return new Errors(Arrays.copyOf(actual, n), Arrays.copyOf(forecast, n));
    }

    /**
     * The rolling-origin backtest of {@code method} within the history before {@code start}: from each of the
     * {@code origins} weeks before it, forecast up to a week ({@code days} at most) from the data before that origin.
     * Origins whose data are too short for the method are skipped.
     */
    static Errors backtest(Method method, DayGrid history, LocalDate start, int days, int origins) {
        Errors all = NONE;
        for (int k = 1; k <= origins; k++) {
            LocalDate origin = start.minusWeeks(k);
            if (trainingDays(history, origin) >= method.minimumDays()) {
                DayGrid training = history.before(origin);
                double[][] prediction = method.predict(training, origin, Math.min(days, 7));
                all = all.plus(of(history, origin, Forecasts.keepOpen(training, origin, prediction)));
            }
        }
        return all;
    }

    /** The calendar days of history before {@code origin}. */
    static long trainingDays(DayGrid history, LocalDate origin) {
        return Math.min(history.dayOf(origin), history.days());
    }

    Errors plus(Errors other) {
        double[] a = Arrays.copyOf(actual, actual.length + other.actual.length);
        double[] f = Arrays.copyOf(forecast, forecast.length + other.forecast.length);
        System.arraycopy(other.actual, 0, a, actual.length, other.actual.length);
        System.arraycopy(other.forecast, 0, f, forecast.length, other.forecast.length);
        return new Errors(a, f);
    }

    int size() {
        return actual.length;
    }

    /** Sum of absolute errors over the sum of actuals; infinite when there is nothing to compare. */
    double wape() {
        double error = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            error += Math.abs(actual[i] - forecast[i]);
            total += actual[i];
        }
        return total > 0 ? error / total : Double.POSITIVE_INFINITY;
    }
}

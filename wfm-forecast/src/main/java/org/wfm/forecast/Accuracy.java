package org.wfm.forecast;

import java.util.Locale;

/**
 * How well a method forecast in a backtest, pooled over its origins. Ratios are fractions (0.08 = 8 %).
 *
 * @param method    the method's name
 * @param origins   the number of forecast origins
 * @param intervals the number of actual intervals compared
 * @param wape      interval WAPE: sum of absolute interval errors over the sum of actual calls
 * @param dailyWape the same for daily totals
 * @param bias      (forecast - actual) / actual over all intervals: positive when forecasting too many calls
 * @param mase      mean absolute interval error over the in-sample mean absolute error of the forecast "same
 *                  interval a week earlier" (below 1 beats that naive forecast in sample); NaN or infinite when the
 *                  history repeats itself exactly from week to week
 * @param coverage  the share of actual intervals inside the prediction interval, NaN when none was asked for
 * @param ahtWape   the handle time's volume-weighted WAPE: sum over intervals of actual calls x |forecast AHT -
 *                  actual AHT| over the sum of actual calls x actual AHT (the error in handled seconds over the
 *                  handled seconds), over the intervals with an actual AHT; NaN when the history has none
 */
public record Accuracy(String method, int origins, int intervals, double wape, double dailyWape, double bias,
                       double mase, double coverage, double ahtWape) {

    /** Without handle times (no {@code ahtWape}). */
    public Accuracy(String method, int origins, int intervals, double wape, double dailyWape, double bias,
                    double mase, double coverage) {
        this(method, origins, intervals, wape, dailyWape, bias, mase, coverage, Double.NaN);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: WAPE %.2f %%, daily %.2f %%, bias %+.2f %%, MASE %.3f%s (%d origins, %d intervals)",
                method, 100 * wape, 100 * dailyWape, 100 * bias, mase,
                (Double.isNaN(coverage) ? "" : String.format(Locale.ROOT, ", coverage %.1f %%", 100 * coverage))
                        + (Double.isNaN(ahtWape) ? "" : String.format(Locale.ROOT, ", AHT WAPE %.2f %%", 100 * ahtWape)),
                origins, intervals);
    }
}

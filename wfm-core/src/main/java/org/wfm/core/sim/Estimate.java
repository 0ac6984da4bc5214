package org.wfm.core.sim;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Locale;

/**
 * A figure estimated over replications: the mean of the replications' values and the 95 % confidence interval of
 * that mean (Student t with n - 1 degrees of freedom). Replications in which the figure is undefined (a service
 * level without calls) are left out, so {@code replications} may be fewer than were run.
 *
 * @param mean         mean of the values, NaN without any
 * @param low          lower end of the 95 % interval, NaN with fewer than two values
 * @param high         upper end, NaN with fewer than two values
 * @param replications how many replications gave a value
 */
public record Estimate(double mean, double low, double high, int replications) {

    /** The estimate from the values, skipping NaN (undefined) ones. */
    public static Estimate of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, Double.NaN, 1);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /** Whether there is a value at all. */
    public boolean defined() {
        return replications > 0;
    }

    /**
     * A share as a planner reads it: "85.2% (83.9-86.4%)", the interval clipped to 0-100 %; "85.2%" without an
     * interval; "-" when undefined.
     */
    public String percent() {
        if (!defined()) {
            return "-";
        }
        return Double.isNaN(low) ? String.format(Locale.ROOT, "%.1f%%", 100 * mean)
                : String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", 100 * mean, 100 * Math.max(0, low),
                100 * Math.min(1, high));
    }

    /** Seconds as a planner reads them: "40.2 s (31.9-48.5 s)"; "40.2 s" without an interval; "-" when undefined. */
    public String seconds() {
        if (!defined()) {
            return "-";
        }
        return Double.isNaN(low) ? String.format(Locale.ROOT, "%.1f s", mean)
                : String.format(Locale.ROOT, "%.1f s (%.1f-%.1f s)", mean, low, high);
    }

    @Override
    public String toString() {
        return Double.isNaN(low) ? String.format(Locale.ROOT, "%.4f", mean)
                : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", mean, low, high);
    }
}

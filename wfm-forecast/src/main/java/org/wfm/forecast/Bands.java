package org.wfm.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Arrays;

/**
 * Prediction intervals calibrated on backtest errors. The spread of an interval's calls is modelled as a negative
 * binomial's, variance {@code f + k f²} for a forecast of {@code f} calls (Poisson noise plus a relative error), with
 * {@code k} fitted by moments to the errors; the bounds are the empirical quantiles of the errors standardised by
 * that spread. Without errors to learn from, the bounds are Poisson's (normal approximation).
 *
 * @param level      the probability that an interval's calls fall inside, e.g. 0.8
 * @param dispersion {@code k}, 0 for Poisson
 * @param low        the lower quantile of the standardised error
 * @param high       the upper quantile of the standardised error
 */
record Bands(double level, double dispersion, double low, double high) {

    /** Fewer standardised errors than this give Poisson bounds. */
    private static final int MINIMUM_ERRORS = 20;

    static Bands calibrate(Errors errors, double level) {
        double z = new NormalDistribution().inverseCumulativeProbability((1 + level) / 2);
        if (errors.size() < MINIMUM_ERRORS) {
            return new Bands(level, 0, -z, z);
        }
        double squared = 0;
        double poisson = 0;
        double scale = 0;
        for (int i = 0; i < errors.size(); i++) {
            double f = errors.forecast()[i];
            double e = errors.actual()[i] - f;
            squared += e * e;
            poisson += f;
            scale += f * f;
        }
        double k = scale > 0 ? Math.max(0, (squared - poisson) / scale) : 0;
        double[] standardised = new double[errors.size()];
        for (int i = 0; i < standardised.length; i++) {
            double f = errors.forecast()[i];
            standardised[i] = (errors.actual()[i] - f) / spread(f, k);
        }
        Arrays.sort(standardised);
        return new Bands(level, k, quantile(standardised, (1 - level) / 2), quantile(standardised, (1 + level) / 2));
    }

    double lower(double forecast) {
        return Math.max(0, forecast + low * spread(forecast, dispersion));
    }

    double upper(double forecast) {
        return Math.max(0, forecast + high * spread(forecast, dispersion));
    }

    /** The standard deviation of the calls for a forecast; at least that of one call, so zeros stay finite. */
    private static double spread(double forecast, double k) {
        return Math.sqrt(Math.max(1, forecast + k * forecast * forecast));
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

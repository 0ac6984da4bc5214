package org.wfm.examples.sample;

import java.util.SplittableRandom;

/**
 * Draws Poisson-distributed counts (calls arriving in an interval) from a seeded random source, exactly and
 * without overflow for any mean.
 *
 * <p>Small means ({@code < 10}) use inversion by sequential search from {@code P(0) = exp(-mean)}; larger ones use
 * Hörmann's transformed rejection with squeeze (PTRS, 1993), which needs little more than two uniforms per draw
 * whatever the mean and works with log-probabilities, so {@code exp(-mean)} never underflows.
 */
public final class Poisson {

    private static final double SMALL_MEAN = 10;
    private static final int TABLE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int k = 2; k < TABLE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private Poisson() {
    }

    /**
     * One Poisson count with this mean.
     *
     * @param random the random source (seeded, for reproducible data)
     * @param mean   the expected count, finite and zero or more
     */
    public static long sample(SplittableRandom random, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a Poisson mean must be finite and >= 0, was " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return mean < SMALL_MEAN ? inversion(random, mean) : transformedRejection(random, mean);
    }

    private static long inversion(SplittableRandom random, double mean) {
        double u = random.nextDouble();
        long k = 0;
        double p = Math.exp(-mean);
        double cumulative = p;
        // the tail beyond 100 has probability below 1e-60 for means under 10: stop there
        while (u > cumulative && k < 100) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private static long transformedRejection(SplittableRandom random, double mean) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v * invAlpha / (a / (us * us) + b));
            if (lhs <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** {@code ln(k!)}: a table below 256, Stirling's series (error under 1e-15) above. */
    static double logFactorial(long k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[(int) k];
        }
        double n = k;
        double inv = 1 / n;
        double inv2 = inv * inv;
        return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }
}

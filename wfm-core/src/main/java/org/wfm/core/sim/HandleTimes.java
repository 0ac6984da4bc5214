package org.wfm.core.sim;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How long a simulated call keeps an agent busy, around the interval's average handle time: exponential (the
 * assumption of Erlang C and A, so results can be checked against them) or lognormal with a coefficient of
 * variation (closer to real talk times, which have fewer very short calls).
 *
 * @param cv the coefficient of variation of a lognormal, or 0 for the exponential
 */
public record HandleTimes(double cv) {

    public HandleTimes {
        if (!(cv >= 0) || !Double.isFinite(cv) || cv > 10) {
            throw new IllegalArgumentException("the coefficient of variation of handle times must be from 0 to 10, got "
                    + cv);
        }
    }

    /** Exponential handle times. */
    public static HandleTimes exponential() {
        return new HandleTimes(0);
    }

    /** Lognormal handle times with this coefficient of variation (standard deviation / mean), more than 0. */
    public static HandleTimes lognormal(double cv) {
        if (!(cv > 0)) {
            throw new IllegalArgumentException("a lognormal needs a coefficient of variation above 0, got " + cv);
        }
        return new HandleTimes(cv);
    }

    /** One handle time in seconds with mean {@code meanSeconds}. */
    double sample(double meanSeconds, RandomGenerator random) {
        if (cv == 0) {
            return meanSeconds * random.nextExponential();
        }
        double sigma2 = Math.log1p(cv * cv);
        return meanSeconds * Math.exp(-sigma2 / 2 + Math.sqrt(sigma2) * random.nextGaussian());
    }

    @Override
    public String toString() {
        return cv == 0 ? "exponential" : String.format(Locale.ROOT, "lognormal:%s", cv);
    }
}

package org.wfm.core.sim;

import org.wfm.core.calls.Patience;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How long a simulated caller waits before hanging up: no limit, exponential with a mean (Erlang A's assumption), or
 * drawn from a Kaplan-Meier curve such as {@code wfm kpi --patience-curve} writes (a caller whose draw lies beyond the
 * curve's last step never hangs up).
 */
public final class CallerPatience {

    private final double meanSeconds;          // NaN: none or curve
    private final List<Patience.Step> curve;   // null unless a curve

    private CallerPatience(double meanSeconds, List<Patience.Step> curve) {
        this.meanSeconds = meanSeconds;
        this.curve = curve;
    }

    /** Callers never hang up. */
    public static CallerPatience none() {
        return new CallerPatience(Double.NaN, null);
    }

    /** Exponential patience with this mean, more than 0 s. */
    public static CallerPatience exponential(Duration mean) {
        double seconds = mean.toNanos() / 1e9;
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("the mean patience must be more than 0 s, got " + mean);
        }
        return new CallerPatience(seconds, null);
    }

    /** Patience drawn from a survival curve (inverse transform): one caller in S(t) waits longer than t. */
    public static CallerPatience curve(List<Patience.Step> steps) {
        double previous = 1;
        double seconds = -1;
        for (Patience.Step step : steps) {
            if (!(step.survival() <= previous) || step.survival() < 0 || !(step.seconds() > seconds)) {
                throw new IllegalArgumentException("a patience curve must fall from 1 towards 0 as seconds grow;"
                        + " the step at " + step.seconds() + " s does not");
            }
            previous = step.survival();
            seconds = step.seconds();
        }
        return new CallerPatience(Double.NaN, List.copyOf(steps));
    }

    /** One caller's patience in seconds; infinite for a caller who never hangs up. */
    double sample(RandomGenerator random) {
        if (!Double.isNaN(meanSeconds)) {
            return meanSeconds * random.nextExponential();
        }
        if (curve == null) {
            return Double.POSITIVE_INFINITY;
        }
        double u = random.nextDouble();
        for (Patience.Step step : curve) { // the first time by which the share still waiting has fallen to u
            if (step.survival() <= u) {
                return step.seconds();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return curve != null ? "patience curve of " + curve.size() + " steps"
                : Double.isNaN(meanSeconds) ? "no abandonment" : "exponential patience, mean " + meanSeconds + " s";
    }
}

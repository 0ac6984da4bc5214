package org.wfm.core.queue;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Erlang A (M/M/N+M): Poisson arrivals, exponential handle times with mean AHT, {@code N} agents, first come
 * first served, and callers who hang up after an exponential patience with mean {@code meanPatience}
 * (abandonment rate {@code theta = 1 / meanPatience}). Stable for every number of agents.
 *
 * <p>The birth-death chain (birth rate {@code lambda}, death rate {@code min(k,N)*mu + max(k-N,0)*theta}) is not
 * summed term by term. In time units of one AHT, with {@code A} Erlangs and {@code th = AHT/meanPatience}, a caller
 * who finds {@code j} callers waiting reaches an agent before time {@code t} and before hanging up with probability
 * {@code N/(N+(j+1)th) * P(Beta(N/th+1, j+1) >= exp(-th*t))} (the queue ahead empties at rates
 * {@code N + i*th}); summing over the stationary distribution gives, relative to the probability of state
 * {@code N}, one-dimensional integrals of the log-concave function
 * {@code exp(-c*s + A*(1 - exp(-th*s))/th)} with {@code c = N} or {@code N + th} (these are the incomplete-gamma
 * closed forms of Mandelbaum and Zeltyn). They are evaluated in log space with Gauss-Legendre quadrature over
 * the part of the integrand above {@code exp(-60)} of its peak, so the model stays accurate for thousands of
 * agents and for very long or very short patience. As the patience grows the results converge to
 * {@link ErlangC}.
 *
 * <p>Service level is answered within the threshold / offered (abandoned calls count against it) unless another
 * {@link ServiceLevelBasis} is asked for; ASA is the mean wait of answered calls; occupancy is the carried load
 * {@code A * (1 - abandonRate)} divided by {@code N}.
 *
 * @param meanPatience the mean time a caller waits before hanging up, more than zero
 */
public record ErlangA(Duration meanPatience) implements QueueModel {

    /** Where the integrand is cut off, in natural-log units below its peak. */
    private static final double CUTOFF = 60;
    /** Gauss-Legendre panels on each side of the peak. */
    private static final int PANELS = 16;
    private static final double[] NODES = {0.1834346424956498, 0.5255324099163290, 0.7966664774136267,
            0.9602898564975363};
    private static final double[] WEIGHTS = {0.3626837833783620, 0.3137066458778873, 0.2223810344533745,
            0.1012285362903763};

    public ErlangA {
        Objects.requireNonNull(meanPatience, "meanPatience");
        if (meanPatience.isNegative() || meanPatience.isZero()) {
            throw new IllegalArgumentException("patience must be more than 0 s, got " + meanPatience);
        }
    }

    @Override
    public ExpectedService evaluate(double workload, double ahtSeconds, int agents, Duration answerWithin,
                                    ServiceLevelBasis basis) {
        QueueInput.check(workload, ahtSeconds, agents, answerWithin);
        if (workload == 0) {
            return new ExpectedService(0, agents, 1, answerWithin, basis, 0, 0, 0, OptionalDouble.of(0));
        }
        if (agents == 0) {
            return new ExpectedService(workload, 0, 0, answerWithin, basis, Double.POSITIVE_INFINITY, 0, 1,
                    OptionalDouble.of(1));
        }
        double th = ahtSeconds / QueueInput.seconds(meanPatience);
        Queue queue = new Queue(workload, th);
        double blocking = ErlangB.blocking(workload, agents);
        // Masses relative to the probability of state N, times B(N): the states below N weigh 1 - B.
        double below = Math.log1p(-blocking);
        double atN = Math.log(blocking) + Math.log(agents);
        double forever = Double.POSITIVE_INFINITY;
        double[] callerWaits = queue.logIntegrals(agents, forever, Weight.ONE, Weight.ABANDONED);
        double[] answeredAfterWait = queue.logIntegrals(agents + th, forever, Weight.ONE, Weight.TIME);
        double waiting = atN + callerWaits[0];
        double total = logSumExp(below, waiting);
        double within = QueueInput.seconds(answerWithin) / ahtSeconds;
        double answeredWithin = atN + queue.logIntegrals(agents + th, within, Weight.ONE)[0];
        double answered = logSumExp(below, atN + answeredAfterWait[0]) - total;
        double waitOfAnswered = atN + answeredAfterWait[1] - total;
        double abandoned = Math.exp(atN + callerWaits[1] - total);
        double answeredInTime = Math.min(1, Math.exp(below - total) + Math.exp(answeredWithin - total));
        double serviceLevel = switch (basis) {
            case OFFERED -> answeredInTime;
            case ANSWERED -> answered == Double.NEGATIVE_INFINITY ? 0 : answeredInTime / Math.exp(answered);
            case EXCLUDING_SHORT_ABANDONS -> {
                // A caller abandons within t when their patience runs out before min(t, their wait for an agent).
                double[] byThreshold = queue.logIntegrals(agents, within, Weight.ONE, Weight.ABANDONED);
                double waitsBeyond = Math.max(0, Math.exp(waiting - total) - Math.exp(atN + byThreshold[0] - total));
                double abandonedInTime = Math.exp(atN + byThreshold[1] - total)
                        - Math.expm1(-th * within) * waitsBeyond;
                yield answeredInTime / (1 - Math.min(abandonedInTime, abandoned));
            }
        };
        double asa = Math.exp(waitOfAnswered - answered) * ahtSeconds;
        double occupancy = Math.min(1, workload * Math.exp(answered) / agents);
        return new ExpectedService(workload, agents, Math.min(1, serviceLevel), answerWithin, basis, asa, occupancy,
                Math.min(1, Math.exp(waiting - total)), OptionalDouble.of(Math.min(1, abandoned)));
    }

    @Override
    public boolean abandonment() {
        return true;
    }

    @Override
    public String toString() {
        return "Erlang A (mean patience " + QueueInput.number(QueueInput.seconds(meanPatience)) + " s)";
    }

    private enum Weight { ONE, TIME, ABANDONED }

    /** The integrals of {@code w(s) * exp(g(s))}, {@code g(s) = -c*s + A*(1 - exp(-th*s))/th}, in AHT time units. */
    private record Queue(double load, double th) {

        private double exponent(double c, double s) {
            return -c * s - load * Math.expm1(-th * s) / th;
        }

        private double weight(Weight weight, double s) {
            return switch (weight) {
                case ONE -> 1;
                case TIME -> s;
                case ABANDONED -> -Math.expm1(-th * s);
            };
        }

        /**
         * The natural logs of the integrals over [0, upper] (upper may be infinite), one per weight, sharing the
         * quadrature nodes; minus infinity for an integral that is 0.
         */
        double[] logIntegrals(double c, double upper, Weight... weights) {
            double[] sums = new double[weights.length];
            if (upper <= 0) {
                java.util.Arrays.fill(sums, Double.NEGATIVE_INFINITY);
                return sums;
            }
            // g is concave with g'(s) = -c + A*exp(-th*s): its peak is where A*exp(-th*s) = c.
            double peak = load > c ? Math.min(upper, Math.log(load / c) / th) : 0;
            double top = exponent(c, peak);
            double arrivals = load * Math.exp(-th * peak);
            double scale = 1 / (Math.abs(arrivals - c) + Math.sqrt(arrivals * th));
            double from = peak > 0 && exponent(c, 0) - top < -CUTOFF ? crossing(c, top - CUTOFF, peak, 0, 40) : 0;
            double to = upper;
            if (!(Double.isFinite(upper) && exponent(c, upper) - top >= -CUTOFF)) {
                double step = scale;
                while (peak + step < upper && exponent(c, peak + step) - top >= -CUTOFF) {
                    step *= 2;
                }
                to = crossing(c, top - CUTOFF, peak, Math.min(upper, peak + step), 40);
            }
            side(c, top, peak, from, weights, sums);
            side(c, top, peak, to, weights, sums);
            for (int k = 0; k < sums.length; k++) {
                sums[k] = top + Math.log(sums[k]);
            }
            return sums;
        }

        /**
         * The integral between the peak and one end, relative to the peak. Panel edges sit where the exponent has
         * dropped by {@code depth * (i/PANELS)^2}: even steps across a Gaussian-like peak, wider ones down a tail.
         */
        private void side(double c, double top, double peak, double end, Weight[] weights, double[] sums) {
            if (end == peak) {
                return;
            }
            double depth = exponent(c, end) - top;
            double from = peak;
            for (int i = 1; i <= PANELS; i++) {
                double fraction = (double) i / PANELS;
                // Any partition is exact enough here: the edges only need to be roughly where the drops are.
                double to = i == PANELS ? end : crossing(c, top + depth * fraction * fraction, from, end, 12);
                double half = 0.5 * Math.abs(to - from);
                double mid = 0.5 * (from + to);
                for (int n = 0; n < NODES.length; n++) {
                    add(c, top, mid - half * NODES[n], half * WEIGHTS[n], weights, sums);
                    add(c, top, mid + half * NODES[n], half * WEIGHTS[n], weights, sums);
                }
                from = to;
            }
        }

        private void add(double c, double top, double s, double nodeWeight, Weight[] weights, double[] sums) {
            double value = nodeWeight * Math.exp(exponent(c, s) - top);
            for (int k = 0; k < weights.length; k++) {
                sums[k] += weight(weights[k], s) * value;
            }
        }

        /** Where g crosses {@code level} between {@code inside} (above it) and {@code outside} (below it). */
        private double crossing(double c, double level, double inside, double outside, int steps) {
            for (int i = 0; i < steps && inside != outside; i++) {
                double middle = 0.5 * (inside + outside);
                if (exponent(c, middle) >= level) {
                    inside = middle;
                } else {
                    outside = middle;
                }
            }
            return outside;
        }
    }

    private static double logSumExp(double x, double y) {
        double max = Math.max(x, y);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(x - max) + Math.exp(y - max));
    }
}

package org.wfm.core.calls;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How long callers wait before they hang up, from offered inbound calls: the Kaplan-Meier curve (an abandon is an
 * event at its wait; answered and voicemail calls are censored at their wait; calls censored at a time with events
 * stay at risk at that time), its median, and the exponential estimate of the mean that Erlang A takes.
 *
 * @param curve        one step per wait with abandons, in time order
 * @param totalWait    total wait of all offered calls, seconds
 * @param abandoned    abandoned calls
 */
public record Patience(List<Step> curve, double totalWait, long abandoned) {

    /**
     * One step of the curve.
     *
     * @param seconds   the wait at which callers abandoned
     * @param survival  the share of callers still willing to wait after this time
     * @param atRisk    offered calls that waited this long or longer
     * @param abandoned calls abandoned at exactly this wait
     */
    public record Step(double seconds, double survival, long atRisk, long abandoned) {
    }

    public Patience {
        curve = List.copyOf(curve);
    }

    /** The smallest wait with survival at or below one half, seconds; empty when the curve stays above. */
    public OptionalDouble medianSeconds() {
        return curve.stream().filter(s -> s.survival() <= 0.5).mapToDouble(Step::seconds).findFirst();
    }

    /** Total wait of all offered calls / abandoned calls, seconds: the mean of an exponential patience. */
    public OptionalDouble meanSeconds() {
        return abandoned > 0 ? OptionalDouble.of(totalWait / abandoned) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return "Patience[mean " + format(meanSeconds()) + ", median " + format(medianSeconds()) + ", " + abandoned
                + " abandons]";
    }

    private static String format(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.1f s", seconds.getAsDouble()) : "-";
    }
}

package org.wfm.core.calls;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One agent's calls: every answered (connected) call the agent handled, inbound and outbound. Seconds.
 *
 * @param agent        the agent's id
 * @param handled      calls handled
 * @param talkSeconds  total talk time
 * @param wrapSeconds  total after-call work
 * @param phoneSeconds seconds on the phones, or NaN when the staffing is not known
 * @param busySeconds  handle time inside the period the staffing covers (counted when {@code phoneSeconds} is)
 */
public record AgentFigures(String agent, long handled, double talkSeconds, double wrapSeconds, double phoneSeconds,
                           double busySeconds) {

    /** Mean talk + after-call work per handled call, seconds. */
    public OptionalDouble aht() {
        return handled > 0 ? OptionalDouble.of((talkSeconds + wrapSeconds) / handled) : OptionalDouble.empty();
    }

    /** Talk time in hours. */
    public double talkHours() {
        return talkSeconds / 3600;
    }

    /** After-call work in hours. */
    public double wrapHours() {
        return wrapSeconds / 3600;
    }

    /** Handle time / time on the phones; empty when staffing is not known or the agent had no phone time. */
    public OptionalDouble occupancy() {
        return Double.isNaN(phoneSeconds) || phoneSeconds <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(busySeconds / phoneSeconds);
    }

    @Override
    public String toString() {
        return agent + ": " + handled + " calls, AHT " + (aht().isPresent()
                ? String.format(Locale.ROOT, "%.1f s", aht().getAsDouble()) : "-")
                + String.format(Locale.ROOT, ", %.1f h talk, %.1f h wrap", talkHours(), wrapHours())
                + (occupancy().isPresent() ? ", occupancy " + AgentAdherence.percent(occupancy()) : "");
    }
}

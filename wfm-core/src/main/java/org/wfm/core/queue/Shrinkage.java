package org.wfm.core.queue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Shrinkage: shares of paid time in which agents are not available for calls, by named component (sick leave,
 * meetings, training, ...). Components compound, each applying to the time the others leave:
 * {@code total = 1 - (1 - s1) * (1 - s2) * ...}; so {@code sick 0.05, meetings 0.03} is 0.0785, not 0.08.
 *
 * <p>Only put here what the schedule does not already model: breaks placed in shifts, and the scheduler's
 * {@code unplannedShrinkage}, must not be counted again (never count one absence twice).
 *
 * @param components share of paid time per component, each in [0, 1), in insertion order
 */
public record Shrinkage(Map<String, Double> components) {

    /** Tolerance for floating-point error when rounding gross agents up: 14 / 0.7 is 20.000000000000004. */
    private static final double ROUNDING_SLACK = 1e-9;

    public Shrinkage {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        components.forEach((name, share) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a shrinkage component needs a name");
            }
            if (share == null || !(share >= 0 && share < 1)) {
                throw new IllegalArgumentException("shrinkage '" + name + "' must be in [0, 1), got " + share);
            }
        });
    }

    /** No shrinkage: gross equals net. */
    public static Shrinkage none() {
        return new Shrinkage(Map.of());
    }

    /** A single total share, e.g. {@code Shrinkage.of(0.3)}. */
    public static Shrinkage of(double total) {
        return none().with("shrinkage", total);
    }

    /** This shrinkage with a component added (or replaced), e.g. {@code .with("sick", 0.05)}. */
    public Shrinkage with(String name, double share) {
        Map<String, Double> more = new LinkedHashMap<>(components);
        more.put(name, share);
        return new Shrinkage(more);
    }

    /** The compounded share of paid time lost, {@code 1 - prod(1 - s_i)}, in [0, 1). */
    public double total() {
        double available = 1;
        for (double share : components.values()) {
            available *= 1 - share;
        }
        return 1 - available;
    }

    /**
     * Planned agents before rounding: {@code required / (1 - total)}, the agents to plan so that
     * {@code requiredAgents} remain on the phones after shrinkage.
     */
    public double planned(double requiredAgents) {
        return requiredAgents / (1 - total());
    }

    /**
     * Planned agents so that {@code requiredAgents} remain on the phones: {@link #planned} rounded up to a
     * whole agent (rounding down would fall short of the requirement). Values within 1e-9 of a whole number
     * count as that number, so floating-point error never adds an agent.
     */
    public int plannedAgents(double requiredAgents) {
        return (int) Math.ceil(planned(requiredAgents) - ROUNDING_SLACK);
    }

    @Override
    public String toString() {
        if (components.isEmpty()) {
            return "no shrinkage";
        }
        if (components.keySet().equals(java.util.Set.of("shrinkage"))) {
            return "shrinkage " + percent(total());
        }
        StringJoiner joiner = new StringJoiner(", ", String.format(Locale.ROOT, "shrinkage %s (", percent(total())), ")");
        components.forEach((name, share) -> joiner.add(name + " " + percent(share)));
        return joiner.toString();
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(100 * share).setScale(2, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }
}

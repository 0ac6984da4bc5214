package org.wfm.core.calls;

import java.util.OptionalDouble;

/**
 * How closely one agent kept to the roster, summed over the period. Within the agent's scheduled shifts, an
 * exception second is one scheduled on the phones but not on the phones, or scheduled on break but on the phones.
 *
 * @param agent                   the agent's id
 * @param shiftSeconds            seconds of scheduled shifts
 * @param scheduledOnPhoneSeconds seconds scheduled on the phones (shifts less breaks)
 * @param exceptionSeconds        exception seconds
 * @param onPhoneInShiftSeconds   seconds on the phones within the shifts
 */
public record AgentAdherence(String agent, double shiftSeconds, double scheduledOnPhoneSeconds,
                             double exceptionSeconds, double onPhoneInShiftSeconds) {

    /** {@code 1 - exception seconds / shift seconds}; empty without shifts. */
    public OptionalDouble adherence() {
        return shiftSeconds > 0 ? OptionalDouble.of(1 - exceptionSeconds / shiftSeconds) : OptionalDouble.empty();
    }

    /** Seconds on the phones within the shifts / seconds scheduled on the phones; empty without any. */
    public OptionalDouble conformance() {
        return scheduledOnPhoneSeconds > 0 ? OptionalDouble.of(onPhoneInShiftSeconds / scheduledOnPhoneSeconds)
                : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return agent + ": adherence " + percent(adherence()) + ", conformance " + percent(conformance()) + " over "
                + String.format(java.util.Locale.ROOT, "%.1f", shiftSeconds / 3600) + " h of shifts";
    }

    static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share.getAsDouble()) : "-";
    }
}

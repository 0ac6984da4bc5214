package org.wfm.core.queue;

import org.wfm.core.InputLimits;

import java.time.Duration;

/** Argument checks and unit conversions shared by the queueing models. */
final class QueueInput {

    private QueueInput() {
    }

    static void check(double workload, double ahtSeconds, int agents, Duration answerWithin) {
        ErlangB.checkWorkload(workload);
        if (!Double.isFinite(ahtSeconds) || ahtSeconds <= 0) {
            throw new IllegalArgumentException("AHT must be more than 0 seconds, got " + ahtSeconds);
        }
        if (agents < 0 || agents > InputLimits.MAX_AGENTS) {
            throw new IllegalArgumentException("agents must be 0 to " + InputLimits.MAX_AGENTS + ", got " + agents);
        }
        if (answerWithin == null || answerWithin.isNegative()) {
            throw new IllegalArgumentException("the answer-within threshold must be 0 s or more, got " + answerWithin);
        }
    }

    /** A number for people: six significant digits, no trailing zeros, no exponent. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    /** Seconds of a duration, with its fraction. */
    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}

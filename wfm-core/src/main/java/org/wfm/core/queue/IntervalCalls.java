package org.wfm.core.queue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The calls expected in one interval, the input of staffing.
 *
 * @param start      the interval's start, local wall-clock time
 * @param calls      calls offered in the interval, zero or more (may be fractional: a forecast)
 * @param ahtSeconds average handle time in seconds, more than zero
 */
public record IntervalCalls(LocalDateTime start, double calls, double ahtSeconds) {

    public IntervalCalls {
        Objects.requireNonNull(start, "start");
        if (!Double.isFinite(calls) || calls < 0) {
            throw new IllegalArgumentException("calls must be a finite number >= 0, got " + calls + " at " + start);
        }
        if (!Double.isFinite(ahtSeconds) || ahtSeconds <= 0) {
            throw new IllegalArgumentException("AHT must be more than 0 seconds, got " + ahtSeconds + " at " + start);
        }
    }

    /** {@code calls} calls with an average handle time of {@code ahtSeconds} seconds in the interval at {@code start}. */
    public static IntervalCalls of(LocalDateTime start, double calls, double ahtSeconds) {
        return new IntervalCalls(start, calls, ahtSeconds);
    }

    /** The offered load in Erlangs: {@code calls * AHT / interval seconds}. */
    public double workload(Duration interval) {
        return workload(calls, ahtSeconds, interval);
    }

    /** The offered load in Erlangs of {@code calls} calls of {@code ahtSeconds} seconds in an interval. */
    public static double workload(double calls, double ahtSeconds, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be more than 0, got " + interval);
        }
        return calls * ahtSeconds / QueueInput.seconds(interval);
    }
}

package org.wfm.core.io;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The one rule by which the interval readers (History CSV, Forecast CSV) infer the interval length of a file: the
 * shortest step between two of its starts. Every start must then lie on that grid from midnight, which the
 * readers check row by row; on such files it is also the longest interval that divides 24 hours and puts every
 * start on its grid. Longer steps are closed hours or missing data.
 */
final class Grain {

    private Grain() {
    }

    /**
     * The shortest step between the distinct {@code starts}, compared as wall-clock times: the autumn's repeated
     * hour is no step.
     *
     * @throws InputFormatException naming {@code source} when there are fewer than two distinct starts
     */
    static Duration infer(String source, LocalDateTime[] starts) {
        long[] seconds = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            seconds[i] = starts[i].toEpochSecond(ZoneOffset.UTC);
        }
        Arrays.sort(seconds);
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < seconds.length; i++) {
            long step = seconds[i] - seconds[i - 1];
            if (step > 0 && step < shortest) {
                shortest = step;
            }
        }
        if (shortest == Long.MAX_VALUE) {
            throw new InputFormatException(source, 0, null,
                    "cannot infer the interval from fewer than two intervals");
        }
        return Duration.ofSeconds(shortest);
    }

    /**
     * A series builder on the grid of {@code interval}.
     *
     * @throws InputFormatException naming {@code source} when {@code interval} is no grid (not whole minutes that
     *                              divide 24 hours)
     */
    static IntervalSeries.Builder builder(String source, ZoneId zone, Duration interval) {
        try {
            return IntervalSeries.builder(zone, interval);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, null, e.getMessage());
        }
    }
}

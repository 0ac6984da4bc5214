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
     * The interval of a table's rows: {@code given}, or inferred when it is {@code null}. A given interval must
     * agree with the rows: rows further apart than it (30-minute rows read as 15-minute intervals) would each be
     * counted for less time than they cover, so they are refused at the row where the longer step first shows;
     * rows off its grid are refused by the builder, row by row.
     *
     * @throws InputFormatException naming the table's file and the row
     */
    static Duration of(CsvTable table, LocalDateTime[] starts, Duration given) {
        if (given == null) {
            return infer(table.source(), starts);
        }
        int row = coarser(starts, given);
        if (row >= 0) {
            throw table.rows().get(row).error("start", coarserProblem(starts, given));
        }
        return given;
    }

    /**
     * The index of the row at which {@code starts} show a shortest step longer than {@code interval} (the later
     * row of the first such pair in time), or -1 when they agree with it or are too few to tell.
     */
    static int coarser(LocalDateTime[] starts, Duration interval) {
        if (java.util.Arrays.stream(starts).distinct().count() < 2) {
            return -1; // one start shows no step; repeated starts are the builder's to report
        }
        Duration step = infer("", starts);
        if (step.compareTo(interval) <= 0) {
            return -1;
        }
        Integer[] order = new Integer[starts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> starts[a].compareTo(starts[b]));
        for (int k = 1; k < order.length; k++) {
            if (Duration.between(starts[order[k - 1]], starts[order[k]]).equals(step)) {
                return order[k];
            }
        }
        return order[1];
    }

    /** What is wrong when the rows are further apart than the interval they are read at. */
    static String coarserProblem(LocalDateTime[] starts, Duration interval) {
        Duration step = infer("", starts);
        return "the rows are " + step.toMinutes() + " minutes apart, so they cannot be read as " + interval.toMinutes()
                + "-minute intervals (each row would count for less time than it covers): use " + step.toMinutes()
                + "-minute intervals, or give a row for every " + interval.toMinutes() + " minutes";
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

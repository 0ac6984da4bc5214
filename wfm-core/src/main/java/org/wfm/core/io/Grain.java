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
        Duration grain = given == null ? infer(table.source(), starts) : given;
        if (given != null) {
            int row = coarser(starts, given);
            if (row >= 0) {
                throw table.rows().get(row).error("start", coarserProblem(starts, given));
            }
        }
        builder(table.source(), ZoneOffset.UTC, grain); // a grain that is no grid is the first thing to say
        int[] mixed = mixedDay(starts, grain);
        if (mixed != null) {
            throw table.rows().get(mixed[1]).error("start", "the rows of " + starts[mixed[1]].toLocalDate() + " are "
                    + mixed[2] / 60 + " minutes apart, the file's interval is " + grain.toMinutes() + " minutes (line "
                    + table.rows().get(mixed[0]).line() + " and the next): one file holds one interval length");
        }
        return grain;
    }

    /** Days with at least this many rows must show the file's grain; fewer may be a quiet day's scattered rows. */
    private static final int ROWS_THAT_SHOW_A_DAY_GRAIN = 4;

    /**
     * The first day (in time order) of {@code ROWS_THAT_SHOW_A_DAY_GRAIN} rows or more whose own shortest step
     * differs from {@code grain}, as {first row index with the grain's step, first row index of that day, the
     * day's step in seconds}; {@code null} when every such day agrees. A history whose export changed from
     * 5- to 15-minute rows lies on the 5-minute grid throughout, but its 15-minute days would be read as
     * 5-minute intervals holding 15 minutes of calls.
     */
    static int[] mixedDay(LocalDateTime[] starts, Duration grain) {
        Integer[] order = new Integer[starts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> starts[a].compareTo(starts[b]));
        long want = grain.getSeconds();
        int withGrain = -1;
        int[] firstOff = null;
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to < order.length && starts[order[to]].toLocalDate().equals(starts[order[from]].toLocalDate())) {
                to++;
            }
            long shortest = Long.MAX_VALUE;
            int at = -1;
            for (int k = from + 1; k < to; k++) {
                long step = Duration.between(starts[order[k - 1]], starts[order[k]]).getSeconds();
                if (step > 0 && step < shortest) {
                    shortest = step;
                    at = order[k - 1];
                }
            }
            if (to - from >= ROWS_THAT_SHOW_A_DAY_GRAIN && shortest != Long.MAX_VALUE) {
                if (shortest == want && withGrain < 0) {
                    withGrain = at;
                } else if (shortest != want && firstOff == null) {
                    firstOff = new int[]{-1, order[from], (int) shortest};
                }
            }
            from = to;
        }
        if (firstOff == null || withGrain < 0) {
            return null;
        }
        firstOff[0] = withGrain;
        return firstOff;
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

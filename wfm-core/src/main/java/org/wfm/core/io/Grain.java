package org.wfm.core.io;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The one rule by which the interval readers (History, Forecast and Requirements CSV, inline requirements) find
 * and check the interval length of a file: the shortest step between two of its starts. Every start must then lie
 * on that grid from midnight, which the readers check row by row; on such files it is also the longest interval
 * that divides 24 hours and puts every start on its grid. Longer steps are closed hours or missing data.
 *
 * <p>Steps are wall-clock differences: the autumn's repeated hour is no step.
 */
final class Grain {

    /** Days with at least this many rows must show the file's grain; fewer may be a quiet day's scattered rows. */
    private static final int ROWS_THAT_SHOW_A_DAY_GRAIN = 4;

    /** The starts, their indexes in time order (sorted once, rows may come in any order) and the shortest step. */
    private final LocalDateTime[] starts;
    private final Integer[] order;
    private final long shortest; // seconds; Long.MAX_VALUE with fewer than two distinct starts

    private Grain(LocalDateTime[] starts) {
        this.starts = starts;
        this.order = new Integer[starts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> starts[i]));
        long least = Long.MAX_VALUE;
        for (int k = 1; k < order.length; k++) {
            long step = step(k);
            if (step > 0 && step < least) {
                least = step;
            }
        }
        this.shortest = least;
    }

    /** Wall-clock seconds from the {@code (k-1)}-th to the {@code k}-th start in time order. */
    private long step(int k) {
        return starts[order[k]].toEpochSecond(ZoneOffset.UTC) - starts[order[k - 1]].toEpochSecond(ZoneOffset.UTC);
    }

    /**
     * The interval of a table's rows: {@code given}, or inferred when it is {@code null}, and checked against the
     * rows: rows further apart than a given interval (30-minute rows read as 15-minute intervals) would each be
     * counted for less time than they cover, and a day of rows at another step than the file's (an export that
     * changed from 5- to 15-minute rows) would be read at the wrong length; both are refused at the row that
     * shows it. Rows off the grid are refused by the builder, row by row.
     *
     * @throws InputFormatException naming the table's file and the row, or the file when fewer than two distinct
     *                              starts leave the interval unknown or the interval is no grid
     */
    static Duration of(CsvTable table, LocalDateTime[] starts, Duration given) {
        return of(table.source(), table.rows(), starts, given);
    }

    /** As {@link #of(CsvTable, LocalDateTime[], Duration)} for some of a table's rows ({@code starts} are theirs). */
    static Duration of(String source, List<CsvTable.Row> lines, LocalDateTime[] starts, Duration given) {
        Grain rows = new Grain(starts);
        Duration grain = given;
        if (given == null) {
            if (rows.shortest == Long.MAX_VALUE) {
                throw new InputFormatException(source, 0, null,
                        "cannot infer the interval from fewer than two intervals");
            }
            grain = Duration.ofSeconds(rows.shortest);
        }
        int coarser = rows.coarser(grain);
        if (coarser >= 0) {
            throw lines.get(coarser).error("start", rows.coarserProblem(grain));
        }
        builder(source, ZoneOffset.UTC, grain); // a grain that is no grid is the first thing to say
        int[] mixed = rows.mixedDay(grain);
        if (mixed != null) {
            throw lines.get(mixed[1]).error("start", "the rows of " + starts[mixed[1]].toLocalDate() + " are "
                    + mixed[2] / 60 + " minutes apart, the file's interval is " + grain.toMinutes() + " minutes (line "
                    + lines.get(mixed[0]).line() + " and the next): one file holds one interval length");
        }
        return grain;
    }

    /**
     * Refuses inline rows (the requirements of a problem JSON) further apart than {@code interval}, naming
     * {@code source} and the JSON path {@code field[index].start} of the row that shows it.
     */
    static void requireNotCoarser(String source, String field, LocalDateTime[] starts, Duration interval) {
        Grain rows = new Grain(starts);
        int coarser = rows.coarser(interval);
        if (coarser >= 0) {
            throw new InputFormatException(source, 0, field + "[" + coarser + "].start", rows.coarserProblem(interval));
        }
    }

    /**
     * The index of the row at which the starts show a shortest step longer than {@code interval} (the later row of
     * the first such pair in time), or -1 when they agree with it or are too few to tell.
     */
    private int coarser(Duration interval) {
        if (shortest == Long.MAX_VALUE || shortest <= interval.getSeconds()) {
            return -1;
        }
        for (int k = 1; k < order.length; k++) {
            if (step(k) == shortest) {
                return order[k];
            }
        }
        throw new IllegalStateException("the shortest step " + shortest + " s is between no two starts");
    }

    /** What is wrong when the rows are further apart than the interval they are read at. */
    private String coarserProblem(Duration interval) {
        long minutes = shortest / 60;
        return "the rows are " + minutes + " minutes apart, so they cannot be read as " + interval.toMinutes()
                + "-minute intervals (each row would count for less time than it covers): use " + minutes
                + "-minute intervals, or give a row for every " + interval.toMinutes() + " minutes";
    }

    /**
     * The first day (in time order) of {@code ROWS_THAT_SHOW_A_DAY_GRAIN} rows or more whose own shortest step
     * differs from {@code grain}, as {first row index with the grain's step, first row index of that day, the
     * day's step in seconds}; {@code null} when every such day agrees (or none shows the grain).
     */
    private int[] mixedDay(Duration grain) {
        long want = grain.getSeconds();
        int withGrain = -1;
        int[] firstOff = null;
        for (int from = 0; from < order.length; ) {
            int to = from + 1;
            while (to < order.length && starts[order[to]].toLocalDate().equals(starts[order[from]].toLocalDate())) {
                to++;
            }
            long least = Long.MAX_VALUE;
            int at = -1;
            for (int k = from + 1; k < to; k++) {
                long step = step(k);
                if (step > 0 && step < least) {
                    least = step;
                    at = order[k - 1];
                }
            }
            if (to - from >= ROWS_THAT_SHOW_A_DAY_GRAIN && least != Long.MAX_VALUE) {
                if (least == want && withGrain < 0) {
                    withGrain = at;
                } else if (least != want && firstOff == null) {
                    firstOff = new int[]{-1, order[from], (int) least};
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

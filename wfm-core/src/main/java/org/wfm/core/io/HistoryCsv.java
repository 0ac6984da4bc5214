package org.wfm.core.io;

import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The History CSV of the public formats: {@code start,offered[,aht]}, one row per interval with the calls offered
 * in the interval that starts at {@code start} and optionally the average handle time in seconds. Absent intervals
 * mean "closed or no data", never zero demand. The grain (5, 15, 30, 60 minutes...) is inferred from the rows
 * unless given, by the rule the Forecast CSV shares: the shortest step between two starts, with every start on its
 * grid from midnight.
 */
public final class HistoryCsv {

    /** The column with the interval start (ISO local date-time). */
    public static final String START = "start";
    /** The column with the calls offered in the interval. */
    public static final String OFFERED = "offered";
    /** The optional column with the average handle time in seconds. */
    public static final String AHT = "aht";
    /** The optional column with the queue; a file without it is the one queue {@code main}. */
    public static final String QUEUE = "queue";

    private HistoryCsv() {
    }

    /** Reads a History CSV in UTC with the grain inferred from the rows. */
    public static History read(Path file) throws IOException {
        return read(CsvTable.read(file), ZoneOffset.UTC, null);
    }

    /**
     * Reads a History CSV.
     *
     * @param zone  the time zone of the wall-clock starts
     * @param grain the interval length, or {@code null} to infer it from the rows
     * @return the calls offered and, when the file has an {@code aht} column, the handle times of the rows that
     *         give one
     * @throws InputFormatException naming the file, line and column of a missing column, a malformed date-time, a
     *                              negative or non-numeric count or handle time, a start off the grain's grid, a
     *                              start that appears twice, or a wall-clock time that does not exist in the zone;
     *                              naming the file of a grain that cannot be inferred (fewer than two starts) or
     *                              is no grid
     */
    public static History read(Path file, ZoneId zone, Duration grain) throws IOException {
        return read(CsvTable.read(file), zone, grain);
    }

    /** Reads History CSV text; {@code source} names it in error messages. */
    public static History read(String source, Reader reader, ZoneId zone, Duration grain) throws IOException {
        return read(CsvTable.read(source, reader), zone, grain);
    }

    /**
     * Reads a History CSV with an optional {@code queue} column: one history per queue, in queue order (a file
     * without the column is the one queue {@code main}). The grain is given or inferred from the rows of all queues
     * together, and every queue's rows must lie on it.
     *
     * @throws InputFormatException as {@link #read(Path, ZoneId, Duration)} does; a start that appears twice is one
     *                              that appears twice for a queue
     */
    public static Map<String, History> readQueues(Path file, ZoneId zone, Duration grain) throws IOException {
        CsvTable table = CsvTable.read(file);
        if (!table.hasColumn(QUEUE)) {
            return Map.of(ForecastCsv.MAIN_QUEUE, read(table, zone, grain));
        }
        table.requireColumns(START, OFFERED);
        requireRows(table);
        Map<String, List<CsvTable.Row>> byQueue = table.rowsBy(QUEUE);
        Duration interval = Grain.of(table,
                table.rows().stream().map(row -> row.dateTime(START)).toArray(LocalDateTime[]::new), grain);
        Map<String, History> histories = new TreeMap<>();
        byQueue.forEach((queue, rows) -> histories.put(queue, read(table, rows, zone, interval, " of queue " + queue)));
        return histories;
    }

    private static void requireRows(CsvTable table) {
        if (table.rows().isEmpty()) {
            throw new InputFormatException(table.source(), 2, null, "no intervals: the history is empty");
        }
    }

    private static History read(CsvTable table, ZoneId zone, Duration grain) {
        table.requireColumns(START, OFFERED);
        requireRows(table);
        if (table.hasColumn(QUEUE) && table.rowsBy(QUEUE).size() > 1) {
            // the queues' rows would be summed or refused as repeats, never what the planner meant
            throw new InputFormatException(table.source(), 1, QUEUE, "the history holds the queues "
                    + String.join(", ", table.rowsBy(QUEUE).keySet()) + "; this reads one queue's history: "
                    + "give one queue's rows");
        }
        return read(table, table.rows(), zone, grain, "");
    }

    /**
     * Reads some of a table's rows. {@code of} names the rows' queue in a repeated start's error, or is empty for
     * all the rows, whose grain is then inferred or checked here; a queue's rows are read at the grain already
     * checked on the rows of every queue (a queue open one interval a day shows no grain of its own).
     */
    private static History read(CsvTable table, List<CsvTable.Row> rows, ZoneId zone, Duration grain, String of) {
        int size = rows.size();
        LocalDateTime[] starts = new LocalDateTime[size];
        Map<LocalDateTime, Integer> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            CsvTable.Row row = rows.get(i);
            starts[i] = row.dateTime(START);
            Integer earlier = seen.putIfAbsent(starts[i], row.line());
            if (earlier != null && zone.getRules().getValidOffsets(starts[i]).size() < 2) {
                throw row.error(START, "interval " + starts[i] + " appears twice" + of + " (also on line " + earlier
                        + ")");
            }
        }
        // The values are read before the grain is inferred, so a one-row file names its bad value first; NaN marks
        // a row without a handle time (read values are finite).
        boolean hasAht = table.hasColumn(AHT);
        double[] calls = new double[size];
        double[] handle = new double[size];
        for (int i = 0; i < size; i++) {
            CsvTable.Row row = rows.get(i);
            calls[i] = row.nonNegative(OFFERED);
            if (calls[i] != Math.rint(calls[i])) {
                throw row.error(OFFERED, "calls offered are counted, so a whole number; got " + row.string(OFFERED));
            }
            handle[i] = hasAht && row.text(AHT).isPresent() ? row.nonNegative(AHT) : Double.NaN;
        }
        Duration interval = of.isEmpty() ? Grain.of(table, starts, grain) : grain;
        IntervalSeries.Builder offered = Grain.builder(table.source(), zone, interval);
        IntervalSeries.Builder aht = hasAht ? IntervalSeries.builder(zone, interval) : null;
        for (int i = 0; i < size; i++) {
            try {
                offered.add(starts[i], calls[i]);
            } catch (IllegalArgumentException e) {
                throw rows.get(i).error(START, e.getMessage());
            }
            if (!Double.isNaN(handle[i])) {
                aht.add(starts[i], handle[i]);
            }
        }
        return new History(offered.build(), Optional.ofNullable(aht).map(IntervalSeries.Builder::build));
    }

    /**
     * Writes {@code start,offered[,aht]} rows, all at once or not at all; {@code aht} may be {@code null}.
     *
     * @throws IllegalArgumentException when a count of calls offered is not a whole number (the reader would
     *                                  refuse the file)
     */
    public static void write(Path file, IntervalSeries offered, IntervalSeries aht) throws IOException {
        for (int i = 0; i < offered.size(); i++) {
            if (offered.value(i) != Math.rint(offered.value(i))) {
                throw new IllegalArgumentException("calls offered at " + offered.start(i) + " must be a whole number, "
                        + "got " + offered.value(i));
            }
        }
        AtomicFile.write(file, writer -> {
            CsvWriter csv = aht == null ? new CsvWriter(writer, START, OFFERED) : new CsvWriter(writer, START, OFFERED, AHT);
            for (int i = 0; i < offered.size(); i++) {
                LocalDateTime start = offered.start(i);
                if (aht == null) {
                    csv.row(start, offered.value(i));
                } else {
                    csv.row(start, offered.value(i), aht.get(start).isPresent() ? aht.get(start).getAsDouble() : null);
                }
            }
        });
    }
}

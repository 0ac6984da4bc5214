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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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
    /** The optional column with the queue of a multi-queue history, read by {@link #readQueues}. */
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
     * without the column is the one queue {@link ForecastCsv#MAIN_QUEUE main}). The grain is given or inferred from
     * the rows of all queues together (a queue open one interval a day takes the grain of the others), and every
     * queue's rows must lie on it.
     *
     * @param zone  the time zone of the wall-clock starts
     * @param grain the interval length, or {@code null} to infer it from the rows of all queues
     * @throws InputFormatException as {@link #read(Path, ZoneId, Duration)} does; a start that appears twice is one
     *                              that appears twice for a queue
     */
    public static Map<String, History> readQueues(Path file, ZoneId zone, Duration grain) throws IOException {
        return readQueues(CsvTable.read(file), zone, grain);
    }

    /** Reads multi-queue History CSV text; {@code source} names it in error messages. */
    public static Map<String, History> readQueues(String source, Reader reader, ZoneId zone, Duration grain)
            throws IOException {
        return readQueues(CsvTable.read(source, reader), zone, grain);
    }

    private static Map<String, History> readQueues(CsvTable table, ZoneId zone, Duration grain) {
        if (!table.hasColumn(QUEUE)) {
            return Map.of(ForecastCsv.MAIN_QUEUE, read(table, zone, grain));
        }
        table.requireColumns(START, OFFERED);
        requireRows(table);
        Duration interval = Grain.of(table,
                table.rows().stream().map(row -> row.dateTime(START)).toArray(LocalDateTime[]::new), grain);
        Map<String, History> histories = new TreeMap<>();
        table.rowsBy(QUEUE).forEach((queue, rows) ->
                histories.put(queue, read(table, rows, zone, starts -> interval, " of queue " + queue)));
        return histories;
    }

    private static History read(CsvTable table, ZoneId zone, Duration grain) {
        table.requireColumns(START, OFFERED);
        requireRows(table);
        table.requireOneQueue(QUEUE, "history");
        return read(table, table.rows(), zone, starts -> Grain.of(table, starts, grain), "");
    }

    private static void requireRows(CsvTable table) {
        if (table.rows().isEmpty()) {
            throw new InputFormatException(table.source(), 2, null, "no intervals: the history is empty");
        }
    }

    /**
     * {@code grainOf} gives the interval of the rows' starts (inferred and checked, or that of all queues, which
     * was checked against all rows: a queue open one interval a day is no grain of its own); {@code of} names the
     * rows' queue in a start's error, or is empty.
     */
    private static History read(CsvTable table, List<CsvTable.Row> rows, ZoneId zone,
                                Function<LocalDateTime[], Duration> grainOf, String of) {
        int size = rows.size();
        LocalDateTime[] starts = new LocalDateTime[size];
        Map<LocalDateTime, Integer> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            CsvTable.Row row = rows.get(i);
            starts[i] = row.dateTime(START);
            Integer earlier = seen.putIfAbsent(starts[i], row.line());
            if (earlier != null && zone.getRules().getValidOffsets(starts[i]).size() < 2) {
                throw row.error(START, "interval " + starts[i] + " appears twice" + of + " (also on line " + earlier + ")");
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
        Duration interval = grainOf.apply(starts);
        IntervalSeries.Builder offered = Grain.builder(table.source(), zone, interval);
        IntervalSeries.Builder aht = hasAht ? IntervalSeries.builder(zone, interval) : null;
        for (int i = 0; i < size; i++) {
            try {
                offered.add(starts[i], calls[i]);
            } catch (IllegalArgumentException e) {
                throw rows.get(i).error(START, e.getMessage() + of);
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
        requireWholeCalls(offered);
        AtomicFile.write(file, writer -> {
            CsvWriter csv = aht == null ? new CsvWriter(writer, START, OFFERED) : new CsvWriter(writer, START, OFFERED, AHT);
            writeRows(csv, null, offered, aht, aht != null);
        });
    }

    /**
     * Writes one history per queue, all at once or not at all, as {@link #readQueues} reads them: the one queue
     * {@link ForecastCsv#MAIN_QUEUE main} alone as {@link #write} does (no {@code queue} column), any other map as
     * {@code queue,start,offered[,aht]} rows in the map's order, the {@code aht} column when a history has handle
     * times.
     *
     * @throws IllegalArgumentException when the map is empty or a count of calls offered is not a whole number
     */
    public static void writeQueues(Path file, Map<String, History> histories) throws IOException {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("no queue to write");
        }
        if (histories.size() == 1 && histories.containsKey(ForecastCsv.MAIN_QUEUE)) {
            History main = histories.get(ForecastCsv.MAIN_QUEUE);
            write(file, main.offered(), main.aht().orElse(null));
            return;
        }
        histories.values().forEach(history -> requireWholeCalls(history.offered()));
        boolean hasAht = histories.values().stream().anyMatch(history -> history.aht().isPresent());
        AtomicFile.write(file, writer -> {
            CsvWriter csv = hasAht ? new CsvWriter(writer, QUEUE, START, OFFERED, AHT)
                    : new CsvWriter(writer, QUEUE, START, OFFERED);
            for (Map.Entry<String, History> queue : histories.entrySet()) {
                History history = queue.getValue();
                writeRows(csv, queue.getKey(), history.offered(), history.aht().orElse(null), hasAht);
            }
        });
    }

    private static void requireWholeCalls(IntervalSeries offered) {
        for (int i = 0; i < offered.size(); i++) {
            if (offered.value(i) != Math.rint(offered.value(i))) {
                throw new IllegalArgumentException("calls offered at " + offered.start(i) + " must be a whole number, "
                        + "got " + offered.value(i));
            }
        }
    }

    /**
     * Writes one row per interval of {@code offered}, led by {@code queue} unless it is null, ended by the handle
     * time (empty where {@code aht}, which may be null, has none) when {@code ahtColumn}.
     */
    private static void writeRows(CsvWriter csv, String queue, IntervalSeries offered, IntervalSeries aht,
                                  boolean ahtColumn) throws IOException {
        for (int i = 0; i < offered.size(); i++) {
            LocalDateTime start = offered.start(i);
            List<Object> row = new ArrayList<>();
            if (queue != null) {
                row.add(queue);
            }
            row.add(start);
            row.add(offered.value(i));
            if (ahtColumn) {
                row.add(aht != null && aht.get(start).isPresent() ? aht.get(start).getAsDouble() : null);
            }
            csv.row(row.toArray());
        }
    }
}

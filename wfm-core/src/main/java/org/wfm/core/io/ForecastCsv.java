package org.wfm.core.io;

import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The Forecast CSV of the public formats: {@code start,forecast[,aht][,lower,upper]}, one row for every interval of
 * the horizon in which the centre is expected open. {@code forecast} is calls offered (also read from a column
 * named {@code calls}), {@code aht} the average handle time in seconds, {@code lower}/{@code upper} the bounds of
 * the prediction interval in calls. The grain is given or inferred by the rule the History CSV shares: the
 * shortest step between two starts, with every start on its grid from midnight.
 */
public final class ForecastCsv {

    /** The column with the interval start (ISO local date-time). */
    public static final String START = "start";
    /** The column with the forecast calls. */
    public static final String FORECAST = "forecast";
    /** The alternative name of {@link #FORECAST} accepted on reading. */
    public static final String CALLS = "calls";
    /** The optional column with the average handle time in seconds. */
    public static final String AHT = "aht";
    /** The optional column with the queue of a multi-queue forecast, read by {@link #readQueues}. */
    public static final String QUEUE = "queue";
    /** The queue of a forecast without a {@code queue} column. */
    public static final String MAIN_QUEUE = "main";
    /** The optional column with the lower bound of the prediction interval (calls). */
    public static final String LOWER = "lower";
    /** The optional column with the upper bound of the prediction interval (calls). */
    public static final String UPPER = "upper";

    private ForecastCsv() {
    }

    /**
     * Reads a Forecast CSV in {@code zone}; its {@link Forecast#method() method} is the file's name.
     *
     * @param grain the interval length, or {@code null} to infer it from the rows as the History CSV does
     * @throws InputFormatException naming the file, line and column of a missing column, a malformed date-time, a
     *                              negative or non-numeric value, a start off the grid or a start that appears
     *                              twice; naming the file of a grain that cannot be inferred (fewer than two
     *                              starts) or is no grid
     */
    public static Forecast read(Path file, ZoneId zone, Duration grain) throws IOException {
        return read(CsvTable.read(file), zone, grain, null);
    }

    /** Reads Forecast CSV text; {@code source} names it in error messages and is the forecast's method. */
    public static Forecast read(String source, Reader reader, ZoneId zone, Duration grain) throws IOException {
        return read(CsvTable.read(source, reader), zone, grain, null);
    }

    /**
     * Reads a Forecast CSV in which every interval needs a handle time, as staffing does: a row without one (or
     * every row, when there is no {@code aht} column) takes {@code fallbackAhtSeconds} when given, and every
     * handle time must be more than 0 s. The forecast's {@code aht} then has every interval of its calls; the
     * {@code lower} and {@code upper} columns are not read.
     *
     * @throws InputFormatException as {@link #read(Path, ZoneId, Duration)} does, and naming the line of a handle
     *                              time of 0 s, or without a fallback the line of a missing one (on line 1 the
     *                              missing {@code aht} column)
     */
    public static Forecast readWithHandleTimes(Path file, ZoneId zone, Duration grain, OptionalDouble fallbackAhtSeconds)
            throws IOException {
        return read(CsvTable.read(file), zone, grain, Objects.requireNonNull(fallbackAhtSeconds, "fallbackAhtSeconds"));
    }

    /**
     * Reads a Forecast CSV with an optional {@code queue} column: one forecast per queue, in queue order (a file
     * without the column is the one queue {@code main}). The grain is given or inferred from the rows of all queues
     * together, and every queue's rows must lie on it.
     *
     * @throws InputFormatException as {@link #read(Path, ZoneId, Duration)} does; a start that appears twice is one
     *                              that appears twice for a queue
     */
    public static Map<String, Forecast> readQueues(Path file, ZoneId zone, Duration grain) throws IOException {
        return readQueues(CsvTable.read(file), zone, grain, null);
    }

    /**
     * Reads a Forecast CSV with an optional {@code queue} column as {@link #readQueues} does, every interval with
     * a handle time as {@link #readWithHandleTimes} reads them: one forecast per queue, in queue order.
     */
    public static Map<String, Forecast> readQueuesWithHandleTimes(Path file, ZoneId zone, Duration grain,
                                                                  OptionalDouble fallbackAhtSeconds) throws IOException {
        return readQueues(CsvTable.read(file), zone, grain, Objects.requireNonNull(fallbackAhtSeconds,
                "fallbackAhtSeconds"));
    }

    private static Map<String, Forecast> readQueues(CsvTable table, ZoneId zone, Duration grain,
                                                    OptionalDouble handleTimes) {
        if (!table.hasColumn(QUEUE)) {
            return Map.of(MAIN_QUEUE, read(table, table.rows(), zone, grain, handleTimes, ""));
        }
        table.requireColumns(START);
        Map<String, List<CsvTable.Row>> byQueue = table.rowsBy(QUEUE);
        Duration interval = Grain.of(table,
                table.rows().stream().map(row -> row.dateTime(START)).toArray(LocalDateTime[]::new), grain);
        Map<String, Forecast> forecasts = new TreeMap<>();
        byQueue.forEach((queue, rows) -> forecasts.put(queue, read(table, rows, zone, interval, handleTimes,
                " of queue " + queue)));
        return forecasts;
    }

    private static Forecast read(CsvTable table, ZoneId zone, Duration grain, OptionalDouble handleTimes) {
        table.requireOneQueue(QUEUE, "forecast");
        return read(table, table.rows(), zone, grain, handleTimes, "");
    }

    /**
     * {@code handleTimes} is null unless every interval needs one; see {@link #readWithHandleTimes}. {@code of}
     * names the rows' queue in a start's error, or is empty.
     */
    private static Forecast read(CsvTable table, List<CsvTable.Row> rows, ZoneId zone, Duration grain,
                                 OptionalDouble handleTimes, String of) {
        table.requireColumns(START);
        String callsColumn = table.firstColumn(FORECAST, CALLS).orElseThrow(() ->
                new InputFormatException(table.source(), 1, FORECAST, "missing column 'forecast' (or 'calls') in the header"));
        List<String> optional = new ArrayList<>();
        if (handleTimes == null) {
            if (table.hasColumn(LOWER) != table.hasColumn(UPPER)) {
                table.requireColumns(LOWER, UPPER);
            }
            for (String column : List.of(AHT, LOWER, UPPER)) {
                if (table.hasColumn(column)) {
                    optional.add(column);
                }
            }
        } else {
            if (handleTimes.isEmpty()) {
                table.requireColumns(AHT);
            }
            optional.add(AHT);
        }
        // Every value is read before the grain is inferred; NaN marks an absent optional value (read ones are finite).
        int size = rows.size();
        LocalDateTime[] starts = new LocalDateTime[size];
        double[] calls = new double[size];
        double[][] values = new double[optional.size()][size];
        for (int i = 0; i < size; i++) {
            CsvTable.Row row = rows.get(i);
            starts[i] = row.dateTime(START);
            calls[i] = row.nonNegative(callsColumn);
            for (int c = 0; c < optional.size(); c++) {
                String column = optional.get(c);
                values[c][i] = handleTimes != null ? handleTime(row, handleTimes)
                        : row.text(column).isPresent() ? row.nonNegative(column) : Double.NaN;
            }
        }
        // a queue's rows take the grain already checked on the rows of every queue: a queue open one interval a
        // day shows no grain of its own
        Duration interval = of.isEmpty() ? Grain.of(table.source(), rows, starts, grain) : grain;
        IntervalSeries.Builder callSeries = Grain.builder(table.source(), zone, interval);
        List<IntervalSeries.Builder> builders = new ArrayList<>();
        for (int c = 0; c < optional.size(); c++) {
            builders.add(IntervalSeries.builder(zone, interval));
        }
        for (int i = 0; i < size; i++) {
            try {
                callSeries.add(starts[i], calls[i]);
            } catch (IllegalArgumentException e) {
                throw rows.get(i).error(START, e.getMessage() + of);
            }
            for (int c = 0; c < optional.size(); c++) {
                if (!Double.isNaN(values[c][i])) {
                    builders.get(c).add(starts[i], values[c][i]);
                }
            }
        }
        return new Forecast(table.source(), callSeries.build(), column(optional, builders, AHT),
                column(optional, builders, LOWER), column(optional, builders, UPPER));
    }

    /** The row's handle time, or the fallback when it gives none; more than 0 s. */
    private static double handleTime(CsvTable.Row row, OptionalDouble fallback) {
        double seconds = row.text(AHT).isPresent() || fallback.isEmpty() ? row.decimal(AHT) : fallback.getAsDouble();
        if (seconds <= 0) {
            throw row.error(AHT, "AHT must be more than 0 seconds, got " + seconds);
        }
        return seconds;
    }

    private static Optional<IntervalSeries> column(List<String> names, List<IntervalSeries.Builder> builders, String name) {
        int i = names.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(builders.get(i).build());
    }

    /** Writes the forecast to {@code file}, all at once or not at all. */
    public static void write(Path file, Forecast forecast) throws IOException {
        AtomicFile.write(file, writer -> write(writer, forecast));
    }

    /** Writes the forecast as CSV text: one row per interval of {@code forecast.calls()}. */
    public static void write(Writer writer, Forecast forecast) throws IOException {
        boolean aht = forecast.aht().isPresent();
        boolean bounds = forecast.lower().isPresent();
        CsvWriter csv = new CsvWriter(writer, header(false, aht, bounds));
        writeRows(csv, null, forecast, aht, bounds);
    }

    /**
     * Writes one forecast per queue to {@code file}, all at once or not at all, as {@link #readQueues} reads them:
     * the one queue {@link #MAIN_QUEUE main} alone as {@link #write(Path, Forecast)} does (no {@code queue} column),
     * any other map as {@code queue,start,forecast[,aht][,lower,upper]}, rows in the map's order of queues, then by
     * start; the {@code aht} and bound columns when a forecast has them (empty for one without).
     */
    public static void writeQueues(Path file, Map<String, Forecast> forecasts) throws IOException {
        AtomicFile.write(file, writer -> writeQueues(writer, forecasts));
    }

    /** Writes one forecast per queue as CSV text, as {@link #writeQueues(Path, Map)} does. */
    public static void writeQueues(Writer writer, Map<String, Forecast> forecasts) throws IOException {
        if (forecasts.size() == 1 && forecasts.containsKey(MAIN_QUEUE)) {
            write(writer, forecasts.get(MAIN_QUEUE));
            return;
        }
        boolean aht = forecasts.values().stream().anyMatch(f -> f.aht().isPresent());
        boolean bounds = forecasts.values().stream().anyMatch(f -> f.lower().isPresent());
        CsvWriter csv = new CsvWriter(writer, header(true, aht, bounds));
        for (Map.Entry<String, Forecast> queue : forecasts.entrySet()) {
            writeRows(csv, queue.getKey(), queue.getValue(), aht, bounds);
        }
    }

    private static String[] header(boolean queue, boolean aht, boolean bounds) {
        List<String> header = new ArrayList<>();
        if (queue) {
            header.add(QUEUE);
        }
        header.addAll(List.of(START, FORECAST));
        if (aht) {
            header.add(AHT);
        }
        if (bounds) {
            header.addAll(List.of(LOWER, UPPER));
        }
        return header.toArray(String[]::new);
    }

    /** One row per interval of {@code forecast.calls()}, led by {@code queue} unless it is null. */
    private static void writeRows(CsvWriter csv, String queue, Forecast forecast, boolean aht, boolean bounds)
            throws IOException {
        IntervalSeries calls = forecast.calls();
        for (int i = 0; i < calls.size(); i++) {
            LocalDateTime start = calls.start(i);
            List<Object> row = new ArrayList<>();
            if (queue != null) {
                row.add(queue);
            }
            row.add(start);
            row.add(calls.value(i));
            if (aht) {
                row.add(valueAt(forecast.aht(), start));
            }
            if (bounds) {
                row.add(valueAt(forecast.lower(), start));
                row.add(valueAt(forecast.upper(), start));
            }
            csv.row(row.toArray());
        }
    }

    private static Double valueAt(Optional<IntervalSeries> series, LocalDateTime start) {
        return series.isPresent() ? valueAt(series.get(), start) : null;
    }

    private static Double valueAt(IntervalSeries series, LocalDateTime start) {
        var value = series.get(start);
        return value.isPresent() ? value.getAsDouble() : null;
    }
}

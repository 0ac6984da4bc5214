package org.wfm.core.io;

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
import java.util.Objects;
import java.util.Optional;

/**
 * The Forecast CSV of the public formats: {@code start,forecast[,aht][,lower,upper]}, one row for every interval of
 * the horizon in which the centre is expected open. {@code forecast} is calls offered (also read from a column
 * named {@code calls}), {@code aht} the average handle time in seconds, {@code lower}/{@code upper} the bounds of
 * the prediction interval in calls.
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
    /** The optional column with the lower bound of the prediction interval (calls). */
    public static final String LOWER = "lower";
    /** The optional column with the upper bound of the prediction interval (calls). */
    public static final String UPPER = "upper";

    /**
     * What a Forecast CSV holds; the optional series have the same intervals as {@code calls} (or fewer).
     *
     * @param calls calls offered per interval
     * @param aht   average handle time in seconds per interval, when given
     * @param lower lower bound of the prediction interval (calls), when given
     * @param upper upper bound of the prediction interval (calls), when given
     */
    public record Content(IntervalSeries calls, Optional<IntervalSeries> aht, Optional<IntervalSeries> lower,
                          Optional<IntervalSeries> upper) {
        public Content {
            Objects.requireNonNull(calls, "calls");
            Objects.requireNonNull(aht, "aht");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            if (lower.isPresent() != upper.isPresent()) {
                throw new IllegalArgumentException("lower and upper bounds go together");
            }
        }
    }

    private ForecastCsv() {
    }

    /**
     * Reads a Forecast CSV of intervals of length {@code interval} in {@code zone}.
     *
     * @throws InputFormatException naming the file, line and column of a missing column, a malformed date-time, a
     *                              negative or non-numeric value, a start off the grid or a start that appears twice
     */
    public static Content read(Path file, ZoneId zone, Duration interval) throws IOException {
        return read(CsvTable.read(file), zone, interval);
    }

    /** Reads Forecast CSV text; {@code source} names it in error messages. */
    public static Content read(String source, Reader reader, ZoneId zone, Duration interval) throws IOException {
        return read(CsvTable.read(source, reader), zone, interval);
    }

    private static Content read(CsvTable table, ZoneId zone, Duration interval) {
        table.requireColumns(START);
        String callsColumn = table.firstColumn(FORECAST, CALLS).orElseThrow(() ->
                new InputFormatException(table.source(), 1, FORECAST, "missing column 'forecast' (or 'calls') in the header"));
        List<String> optional = new ArrayList<>();
        for (String column : List.of(AHT, LOWER, UPPER)) {
            if (table.hasColumn(column)) {
                optional.add(column);
            }
        }
        if (table.hasColumn(LOWER) != table.hasColumn(UPPER)) {
            table.requireColumns(LOWER, UPPER);
        }
        IntervalSeries.Builder calls = IntervalSeries.builder(zone, interval);
        List<IntervalSeries.Builder> builders = new ArrayList<>();
        for (int i = 0; i < optional.size(); i++) {
            builders.add(IntervalSeries.builder(zone, interval));
        }
        for (CsvTable.Row row : table.rows()) {
            LocalDateTime start = row.dateTime(START);
            double value = row.nonNegative(callsColumn);
            try {
                calls.add(start, value);
            } catch (IllegalArgumentException e) {
                throw row.error(START, e.getMessage());
            }
            for (int i = 0; i < optional.size(); i++) {
                if (row.text(optional.get(i)).isPresent()) {
                    builders.get(i).add(start, row.nonNegative(optional.get(i)));
                }
            }
        }
        return new Content(calls.build(), column(optional, builders, AHT), column(optional, builders, LOWER),
                column(optional, builders, UPPER));
    }

    private static Optional<IntervalSeries> column(List<String> names, List<IntervalSeries.Builder> builders, String name) {
        int i = names.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(builders.get(i).build());
    }

    /** Writes the forecast to {@code file}, all at once or not at all. */
    public static void write(Path file, Content content) throws IOException {
        AtomicFile.write(file, writer -> write(writer, content));
    }

    /** Writes the forecast as CSV text: one row per interval of {@code content.calls()}. */
    public static void write(Writer writer, Content content) throws IOException {
        List<String> header = new ArrayList<>(List.of(START, FORECAST));
        content.aht().ifPresent(a -> header.add(AHT));
        if (content.lower().isPresent()) {
            header.addAll(List.of(LOWER, UPPER));
        }
        CsvWriter csv = new CsvWriter(writer, header.toArray(String[]::new));
        IntervalSeries calls = content.calls();
        for (int i = 0; i < calls.size(); i++) {
            LocalDateTime start = calls.start(i);
            List<Object> row = new ArrayList<>(List.of(start, calls.value(i)));
            content.aht().ifPresent(a -> row.add(valueAt(a, start)));
            if (content.lower().isPresent()) {
                row.add(valueAt(content.lower().get(), start));
                row.add(valueAt(content.upper().get(), start));
            }
            csv.row(row.toArray());
        }
    }

    private static Double valueAt(IntervalSeries series, LocalDateTime start) {
        var value = series.get(start);
        return value.isPresent() ? value.getAsDouble() : null;
    }
}

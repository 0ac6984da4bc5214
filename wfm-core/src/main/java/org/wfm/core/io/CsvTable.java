package org.wfm.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A CSV file as the public formats define it: comma-separated, one header line, UTF-8, {@code .} as decimal
 * point, columns found by header name (order free, unknown columns ignored, names case-insensitive).
 * Fields may be quoted with {@code "}. Every accessor that fails throws {@link InputFormatException} naming the
 * file, the line and the column.
 */
public final class CsvTable implements Closeable {

    private final String source;
    private final Map<String, Integer> columns;
    private final int width;
    private final List<Row> rows;
    private final BufferedReader lines;
    private final String[] recentNames = new String[16];
    private final int[] recentIndexes = new int[16];
    private int number = 1;

    private CsvTable(String source, Map<String, Integer> columns, int width, BufferedReader lines) {
        this.source = source;
        this.columns = columns;
        this.width = width;
        this.rows = new ArrayList<>();
        this.lines = lines;
    }

    /** Reads a CSV file; the file name is used in error messages. */
    public static CsvTable read(Path file) throws IOException {
        return read(file.toString(), InputFile.open(file));
    }

    /** Reads CSV text from {@code reader}; {@code source} names it in error messages. */
    public static CsvTable read(String source, Reader reader) throws IOException {
        try (CsvTable table = open(source, reader)) {
            for (Row row = table.nextRow(); row != null; row = table.nextRow()) {
                table.rows.add(row);
            }
            return table;
        }
    }

    /**
     * Opens a CSV file to read row by row with {@link #nextRow()}, for files too large to hold (a year of call
     * records); {@link #rows()} stays empty. The header is read at once.
     */
    public static CsvTable open(Path file) throws IOException {
        return open(file.toString(), InputFile.stream(file));
    }

    private static CsvTable open(String source, Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String header = lines.readLine();
        if (header == null || header.isBlank()) {
            throw new InputFormatException(source, 1, null, "empty file: expected a header line");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = split(source, 1, header);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null) {
                throw new InputFormatException(source, 1, name, "column appears twice in the header");
            }
        }
        return new CsvTable(source, Collections.unmodifiableMap(columns), names.size(), lines);
    }

    /** The next data row of a table from {@link #open}, or {@code null} at the end (blank lines skipped). */
    public Row nextRow() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(source, number, line);
            if (fields.size() > width) {
                throw new InputFormatException(source, number, null,
                        "has " + fields.size() + " fields but the header has " + width);
            }
            return new Row(number, fields);
        }
        return null;
    }

    /** Closes the file of a table from {@link #open}. */
    @Override
    public void close() throws IOException {
        lines.close();
    }

    /**
     * The index of a column (any case), or -1; the first 16 names asked for are remembered by reference, as readers
     * ask for the same few constants on every row.
     */
    private int index(String column) {
        for (int i = 0; i < recentNames.length && recentNames[i] != null; i++) {
            if (recentNames[i] == column) { // the same constant as before: no hashing
                return recentIndexes[i];
            }
        }
        int index = columns.getOrDefault(column.toLowerCase(Locale.ROOT), -1);
        for (int i = 0; i < recentNames.length; i++) {
            if (recentNames[i] == null) {
                recentNames[i] = column;
                recentIndexes[i] = index;
                break;
            }
        }
        return index;
    }

    /** The name of the file, used in messages. */
    public String source() {
        return source;
    }

    /** The data rows in file order (blank lines skipped) of a table from {@code read}. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /**
     * The rows grouped by their value in {@code column} (required in every row), values in name order, each group's
     * rows in file order: the queues of a multi-queue file.
     */
    Map<String, List<Row>> rowsBy(String column) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows()) {
            groups.computeIfAbsent(row.string(column), v -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /**
     * Fails when {@code column} (optional) holds more than one value: a reader of one queue's file given a file of
     * several queues would sum their rows or refuse them as repeats, never what the caller meant.
     *
     * @param what the file's kind in the message, e.g. {@code "history"}
     */
    void requireOneQueue(String column, String what) {
        if (!hasColumn(column)) {
            return;
        }
        Map<String, List<Row>> queues = rowsBy(column);
        if (queues.size() > 1) {
            throw new InputFormatException(source, 1, column, "the " + what + " has " + queues.size() + " queues ("
                    + String.join(", ", queues.keySet()) + "), one queue is read here: give the rows of one queue, or"
                    + " leave the queue column out");
        }
    }

    /** Whether the header has this column (case-insensitive). */
    public boolean hasColumn(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Fails unless every named column is in the header. */
    public void requireColumns(String... names) {
        for (String name : names) {
            if (!hasColumn(name)) {
                throw new InputFormatException(source, 1, name, "missing column '" + name + "' in the header");
            }
        }
    }

    /** The first of the named columns that the header has, for columns with accepted alternative names. */
    public Optional<String> firstColumn(String... names) {
        for (String name : names) {
            if (hasColumn(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** One data line. */
    public final class Row {
        private final int line;
        private final List<String> fields;

        private Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The 1-based line number in the file (the header is line 1). */
        public int line() {
            return line;
        }

        /** The trimmed text of a column, or empty when the column or the field is absent or blank. */
        public Optional<String> text(String column) {
            return Optional.ofNullable(field(column));
        }

        /**
         * The trimmed text of a column, or {@code null} when the column or the field is absent or blank: {@link #text}
         * without the {@code Optional}, for readers of files with millions of rows.
         */
        public String field(String column) {
            int index = index(column);
            if (index < 0 || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        /** The text of a required column. */
        public String string(String column) {
            String value = field(column);
            if (value == null) {
                throw error(column, "missing value");
            }
            return value;
        }

        /** A finite decimal number. */
        public double decimal(String column) {
            String text = string(column);
            try {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw error(column, "'" + text + "' is not a finite number");
                }
                return value;
            } catch (NumberFormatException e) {
                throw error(column, "'" + text + "' is not a number");
            }
        }

        /** A finite decimal number that is zero or more. */
        public double nonNegative(String column) {
            double value = decimal(column);
            if (value < 0) {
                throw error(column, "negative value " + text(column).orElse(""));
            }
            return value;
        }

        /** The value of an optional decimal column, or empty when the column or field is absent. */
        public Optional<Double> optionalDecimal(String column) {
            return field(column) == null ? Optional.empty() : Optional.of(decimal(column));
        }

        /**
         * An ISO-8601 local date-time such as {@code 2026-01-05T07:15} or {@code 1999-02-01T07:02:56}. Files run to
         * years of 5-minute rows or millions of calls, and {@code LocalDateTime.parse} costs a microsecond or more
         * each before the JIT warms up, so these two shapes are read directly; anything else goes through the
         * general parser and its error message.
         */
        public LocalDateTime dateTime(String column) {
            String text = string(column);
            LocalDateTime fast = plainDateTime(text);
            if (fast != null) {
                return fast;
            }
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw error(column, "'" + text + "' is not a date-time like 2026-01-05T07:15");
            }
        }

        /** An ISO-8601 date such as {@code 2026-01-05}. */
        public LocalDate date(String column) {
            String text = string(column);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(column, "'" + text + "' is not a date like 2026-01-05");
            }
        }

        /** An error about a field of this row, naming the file, line and column. */
        public InputFormatException error(String column, String problem) {
            return new InputFormatException(source, line, column, problem);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss]}, or {@code null} for any other shape or an invalid date-time. */
    private static LocalDateTime plainDateTime(String text) {
        long seconds = wallClockSeconds(text);
        return seconds == Long.MIN_VALUE ? null : LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
    }

    /**
     * The seconds from 1970-01-01T00:00 to a wall-clock time written {@code yyyy-MM-ddTHH:mm} or
     * {@code yyyy-MM-ddTHH:mm:ss}, or {@code Long.MIN_VALUE} for any other text or an invalid date-time (the general
     * parser then reads it or says what is wrong). Files run to years of 5-minute rows or millions of calls with three
     * stamps each; this reads them without the objects and checks of {@code LocalDateTime.parse}.
     */
    public static long wallClockSeconds(String text) {
        int length = text.length();
        if ((length != 16 && length != 19) || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || (length == 19 && text.charAt(16) != ':')) {
            return Long.MIN_VALUE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = length == 19 ? digits(text, 17, 19) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(
                java.time.Year.isLeap(year)) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return Long.MIN_VALUE;
        }
        // days from the civil date (H. Hinnant's algorithm), then seconds
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long epochDay = era * 146_097L + dayOfEra - 719_468;
        return epochDay * 86_400 + hour * 3600 + minute * 60 + second;
    }

    /** The decimal number in {@code text[from, to)}, or -1 unless it is all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = 10 * value + (c - '0');
        }
        return value;
    }

    private static List<String> split(String source, int line, String text) {
        if (text.indexOf('"') < 0) { // the usual line: no quotes, so fields are the text between commas
            List<String> fields = new ArrayList<>(16);
            int from = 0;
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
                fields.add(text.substring(from, comma));
                from = comma + 1;
            }
            fields.add(text.substring(from));
            return fields;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InputFormatException(source, line, null, "unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}

package org.wfm.core.io;

import java.io.BufferedReader;
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

/**
 * A CSV file as the public formats define it: comma-separated, one header line, UTF-8, {@code .} as decimal
 * point, columns found by header name (order free, unknown columns ignored, names case-insensitive).
 * Fields may be quoted with {@code "}. Every accessor that fails throws {@link InputFormatException} naming the
 * file, the line and the column.
 */
public final class CsvTable {

    private final String source;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String source, Map<String, Integer> columns, List<Row> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a CSV file; the file name is used in error messages. */
    public static CsvTable read(Path file) throws IOException {
        return read(file.toString(), InputFile.open(file));
    }

    /** Reads CSV text from {@code reader}; {@code source} names it in error messages. */
    public static CsvTable read(String source, Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
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
        CsvTable table = new CsvTable(source, Collections.unmodifiableMap(columns), new ArrayList<>());
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(source, number, line);
            if (fields.size() > names.size()) {
                throw new InputFormatException(source, number, null,
                        "has " + fields.size() + " fields but the header has " + names.size());
            }
            table.rows.add(table.new Row(number, fields));
        }
        return table;
    }

    /** The name of the file, used in messages. */
    public String source() {
        return source;
    }

    /** The data rows in file order (blank lines skipped). */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
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
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            if (index == null || index >= fields.size()) {
                return Optional.empty();
            }
            String value = fields.get(index).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** The text of a required column. */
        public String string(String column) {
            return text(column).orElseThrow(() -> error(column, "missing value"));
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
            return text(column).map(t -> decimal(column));
        }

        /** An ISO-8601 local date-time such as {@code 2026-01-05T07:15}. */
        public LocalDateTime dateTime(String column) {
            String text = string(column);
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

    private static List<String> split(String source, int line, String text) {
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

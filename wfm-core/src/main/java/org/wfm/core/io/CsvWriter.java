package org.wfm.core.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Writes CSV in the public formats' conventions: one header line, comma-separated, {@code .} as decimal point.
 * Numbers are written with at most {@link #DECIMALS} decimals and no trailing zeros; {@code null} and
 * non-finite numbers (an infinite ASA, say) are written as an empty field.
 */
public final class CsvWriter {

    /** Decimals kept for floating-point values. */
    public static final int DECIMALS = 6;

    private final Writer out;
    private final int width;

    /** Starts a CSV on {@code out} and writes the header line. */
    public CsvWriter(Writer out, String... header) throws IOException {
        this.out = out;
        this.width = header.length;
        line((Object[]) header);
    }

    /** Writes one row; the values line up with the header. */
    public void row(Object... values) throws IOException {
        if (values.length != width) {
            throw new IllegalArgumentException("a row has " + values.length + " values but the header " + width);
        }
        line(values);
    }

    private void line(Object... values) throws IOException {
        StringJoiner joiner = new StringJoiner(",");
        for (Object value : values) {
            joiner.add(format(value));
        }
        out.write(joiner.toString());
        out.write('\n');
    }

    /** The CSV text of one value. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            BigDecimal rounded = BigDecimal.valueOf(d).setScale(DECIMALS, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            return rounded.signum() == 0 ? "0" : rounded.toPlainString();
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

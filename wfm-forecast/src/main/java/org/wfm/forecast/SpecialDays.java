package org.wfm.forecast;

import org.wfm.core.io.CsvTable;
import org.wfm.core.io.InputFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Days the user knows to be special: past dates to leave out of training (outages, holidays, bad data) and factors
 * for future dates (0 = closed, 1.3 = 30 % busier, say the day after a holiday). A factor multiplies the model's
 * forecast, which already includes the calendar effects the model learned (such as the day after a closed weekday).
 *
 * @param excluded dates whose history is ignored when training
 * @param factors  multipliers of the forecast of a date (0 or more)
 */
public record SpecialDays(Set<LocalDate> excluded, Map<LocalDate, Double> factors) {

    private static final Set<String> YES = Set.of("true", "yes", "1", "x", "exclude");
    private static final Set<String> NO = Set.of("false", "no", "0");

    public SpecialDays {
        excluded = Collections.unmodifiableSet(new TreeSet<>(excluded));
        factors = Collections.unmodifiableMap(new TreeMap<>(factors));
        factors.forEach((date, factor) -> {
            if (!(factor >= 0) || !Double.isFinite(factor)) {
                throw new IllegalArgumentException("the factor of " + date + " must be 0 or more, not " + factor);
            }
        });
    }

    /** No special days. */
    public static SpecialDays none() {
        return new SpecialDays(Set.of(), Map.of());
    }

    /** These days plus dates left out of training. */
    public SpecialDays exclude(LocalDate... dates) {
        Set<LocalDate> more = new TreeSet<>(excluded);
        more.addAll(java.util.List.of(dates));
        return new SpecialDays(more, factors);
    }

    /** These days plus a factor for a future date (0 = closed). */
    public SpecialDays factor(LocalDate date, double factor) {
        Map<LocalDate, Double> more = new TreeMap<>(factors);
        more.put(date, factor);
        return new SpecialDays(excluded, more);
    }

    /** The factor of a date: 1 unless given. */
    public double factorOf(LocalDate date) {
        return factors.getOrDefault(date, 1.0);
    }

    /**
     * Reads a special-days CSV: a {@code date} column and a {@code factor} column, an {@code exclude} column
     * ({@code true/yes/1/x} or {@code false/no/0}), or both; a row may fill either.
     *
     * @throws InputFormatException naming the file, line and column of a malformed date, factor or flag, or a row
     *                              that says nothing
     */
    public static SpecialDays read(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("date");
        if (!table.hasColumn("factor") && !table.hasColumn("exclude")) {
            throw new InputFormatException(table.source(), 1, null, "expected a 'factor' or an 'exclude' column");
        }
        Set<LocalDate> excluded = new TreeSet<>();
        Map<LocalDate, Double> factors = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDate date = row.date("date");
            boolean said = false;
            if (row.text("factor").isPresent()) {
                factors.put(date, row.nonNegative("factor"));
                said = true;
            }
            if (row.text("exclude").isPresent()) {
                String flag = row.string("exclude").toLowerCase(Locale.ROOT);
                if (!YES.contains(flag) && !NO.contains(flag)) {
                    throw row.error("exclude", "'" + flag + "' is not true/false");
                }
                if (YES.contains(flag)) {
                    excluded.add(date);
                }
                said = true;
            }
            if (!said) {
                throw row.error("date", "the row gives neither a factor nor exclude");
            }
        }
        return new SpecialDays(excluded, factors);
    }

    /** Whether there is nothing special. */
    public boolean isEmpty() {
        return excluded.isEmpty() && factors.isEmpty();
    }

    @Override
    public String toString() {
        return "SpecialDays[excluded " + excluded + ", factors " + factors + "]";
    }
}

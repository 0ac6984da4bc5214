package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The re-forecast scored on a history: from each weekly origin, {@code auto}'s week-ahead forecast, and on each day of
 * that week at each time of day, the rest of the day as forecast, as the day-so-far ratio moves it ({@code A / P}
 * times the forecast), and as {@link Reforecast} moves it with the weights learned before the origin. WAPE = sum of
 * absolute interval errors over the rest of each day / its actual calls.
 */
public final class ReforecastBacktest {

    /**
     * The rest-of-day WAPE at one time of day over every origin and day.
     *
     * @param now        the time of day of the re-forecast
     * @param forecast   the week-ahead forecast's
     * @param ratio      the day-so-far ratio's
     * @param reforecast {@link Reforecast}'s
     * @param days       the days scored
     */
    public record Row(LocalTime now, double forecast, double ratio, double reforecast, int days) {

        /** How much lower the re-forecast's WAPE is than the forecast's, a share (negative: higher). */
        public double reduction() {
            return 1 - reforecast / forecast;
        }
    }

    private ReforecastBacktest() {
    }

    /** Scores the re-forecast at each of {@code times} from the last {@code origins} weekly origins, {@code days} each. */
    public static List<Row> run(History history, int origins, int days, List<LocalTime> times) {
        List<LocalDate> dates = Backtest.weeklyOrigins(history, origins);
        double[][] sums = new double[times.size()][4]; // forecast error, ratio error, reforecast error, actual
        int[] scored = new int[times.size()];
        Forecaster auto = Forecasters.auto();
        for (LocalDate origin : dates) {
            History known = history.before(origin);
            Forecast week = auto.forecast(known, origin, days);
            Reforecast learned = Reforecast.of(known);
            for (int d = 0; d < days; d++) {
                LocalDate date = origin.plusDays(d);
                IntervalSeries actual = history.offered().between(date, date.plusDays(1));
                if (actual.isEmpty()) {
                    continue;
                }
                for (int t = 0; t < times.size(); t++) {
                    LocalDateTime now = date.atTime(times.get(t));
                    // the day's morning is all an update reads of the actuals
                    History morning = History.of(actual.between(date.atStartOfDay(), now));
                    Forecast updated = learned.withHistory(morning).update(week, now, Optional.empty());
                    double ratio = Reforecast.morningRatio(week, actual, now, 0, Double.POSITIVE_INFINITY);
                    IntervalSeries rest = week.calls().between(now, date.plusDays(1).atStartOfDay());
                    boolean any = false;
                    for (int i = 0; i < rest.size(); i++) {
                        OptionalDouble a = actual.get(rest.start(i));
                        if (a.isPresent()) {
                            double f = rest.value(i);
                            sums[t][0] += Math.abs(f - a.getAsDouble());
                            sums[t][1] += Math.abs(ratio * f - a.getAsDouble());
                            sums[t][2] += Math.abs(updated.calls().value(i) - a.getAsDouble());
                            sums[t][3] += a.getAsDouble();
                            any = true;
                        }
                    }
                    scored[t] += any ? 1 : 0;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < times.size(); t++) {
            double actual = sums[t][3];
            rows.add(new Row(times.get(t), sums[t][0] / actual, sums[t][1] / actual, sums[t][2] / actual, scored[t]));
        }
        return rows;
    }

    /** A Markdown table of the rows and their mean. */
    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| now | days | week-ahead forecast | day-so-far ratio | reforecast | reforecast vs forecast |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        double f = 0;
        double r = 0;
        double x = 0;
        double reduction = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f %% | %.2f %% | %.2f %% | %+.1f %% |%n", row.now(),
                    row.days(), 100 * row.forecast(), 100 * row.ratio(), 100 * row.reforecast(), -100 * row.reduction()));
            f += row.forecast();
            r += row.ratio();
            x += row.reforecast();
            reduction += row.reduction();
        }
        int n = rows.size();
        out.append(String.format(Locale.ROOT, "| mean | | %.2f %% | %.2f %% | %.2f %% | %+.1f %% |%n", 100 * f / n,
                100 * r / n, 100 * x / n, -100 * reduction / n));
        return out.toString();
    }
}

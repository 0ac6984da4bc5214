package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Rolling-origin backtests: from each origin, forecast the next days from the history before it and compare with
 * what happened. Dates the forecaster's special days exclude are left out of the comparison too.
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * The last {@code count} weekly origins of a history, oldest first: the latest date that is the first weekday
     * the centre opens in a week (Monday for a Monday-to-Friday centre), on or before the last date, and the same
     * weekday in the weeks before it. Every origin has history before it.
     */
    public static List<LocalDate> weeklyOrigins(History history, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least 1 origin is needed, not " + count);
        }
        boolean[][] open = DayGrid.of(history, SpecialDays.none()).open();
        int weekday = 0;
        while (!DayGrid.anyOpen(open[weekday])) {
            weekday++;
        }
        LocalDate last = history.lastDate();
        LocalDate latest = last.minusDays(Math.floorMod(DayGrid.weekday(last) - weekday, 7));
        List<LocalDate> origins = new ArrayList<>();
        for (int k = count - 1; k >= 0; k--) {
            LocalDate origin = latest.minusWeeks(k);
            if (origin.isAfter(history.firstDate())) {
                origins.add(origin);
            }
        }
        if (origins.size() < count) {
            throw new IllegalArgumentException("the history (" + history.firstDate() + ".." + last + ") has room for "
                    + origins.size() + " weekly origins, not " + count);
        }
        return List.copyOf(origins);
    }

    /** Backtests every forecaster from the last {@code origins} weekly origins over {@code days} days. */
    public static List<Accuracy> run(List<Forecaster> forecasters, History history, int origins, int days) {
        List<LocalDate> dates = weeklyOrigins(history, origins);
        return forecasters.stream().map(f -> run(f, history, dates, days)).toList();
    }

    /** Backtests a forecaster from the given origins over {@code days} days each. */
    public static Accuracy run(Forecaster forecaster, History history, List<LocalDate> origins, int days) {
        double absolute = 0;
        double actualSum = 0;
        double forecastSum = 0;
        double scaled = 0;
        double dailyAbsolute = 0;
        int intervals = 0;
        int inside = 0;
        double handledError = 0;
        double handled = 0;
        for (LocalDate origin : origins) {
            History training = history.before(origin);
            Forecast forecast = forecaster.forecast(training, origin, days);
            double scale = DayGrid.of(training, forecaster.specialDays()).weeklyNaiveError();
            IntervalSeries actual = history.offered().between(origin, origin.plusDays(days));
            Map<LocalDate, double[]> daily = new HashMap<>();
            for (int i = 0; i < actual.size(); i++) {
                LocalDateTime start = actual.start(i);
                if (forecaster.specialDays().excluded().contains(start.toLocalDate())) {
                    continue;
                }
                double a = actual.value(i);
                double f = forecast.calls().get(start).orElse(0);
                absolute += Math.abs(a - f);
                scaled += Math.abs(a - f) / scale;
                actualSum += a;
                forecastSum += f;
                intervals++;
                daily.computeIfAbsent(start.toLocalDate(), d -> new double[2])[0] += a;
                OptionalDouble actualAht = history.aht().isPresent() ? history.aht().get().get(start) : OptionalDouble.empty();
                OptionalDouble forecastAht = forecast.aht().isPresent() ? forecast.aht().get().get(start)
                        : OptionalDouble.empty();
                if (actualAht.isPresent() && forecastAht.isPresent()) {
                    handledError += a * Math.abs(forecastAht.getAsDouble() - actualAht.getAsDouble());
                    handled += a * actualAht.getAsDouble();
                }
                if (forecast.lower().isPresent() && within(a, forecast, start)) {
                    inside++;
                }
            }
            IntervalSeries calls = forecast.calls();
            for (int i = 0; i < calls.size(); i++) {
                double[] totals = daily.get(calls.start(i).toLocalDate());
                if (totals != null) {
                    totals[1] += calls.value(i);
                }
            }
            for (double[] totals : daily.values()) {
                dailyAbsolute += Math.abs(totals[0] - totals[1]);
            }
        }
        double coverage = forecaster.level().isPresent() ? (double) inside / intervals : Double.NaN;
        return new Accuracy(forecaster.name(), origins.size(), intervals, absolute / actualSum,
                dailyAbsolute / actualSum, (forecastSum - actualSum) / actualSum, scaled / intervals, coverage,
                handled > 0 ? handledError / handled : Double.NaN);
    }

    private static boolean within(double actual, Forecast forecast, LocalDateTime start) {
        OptionalDouble lower = forecast.lower().orElseThrow().get(start);
        OptionalDouble upper = forecast.upper().orElseThrow().get(start);
        return lower.isPresent() && actual >= lower.getAsDouble() && actual <= upper.getAsDouble();
    }

    /** A Markdown table of the accuracies, one row per method. */
    public static String markdown(List<Accuracy> accuracies) {
        boolean aht = accuracies.stream().anyMatch(a -> !Double.isNaN(a.ahtWape()));
        StringBuilder table = new StringBuilder(
                "| method | interval WAPE | daily WAPE | bias | MASE | coverage | origins | intervals |"
                        + (aht ? " AHT WAPE |" : "") + "\n|---|---:|---:|---:|---:|---:|---:|---:|"
                        + (aht ? "---:|" : "") + "\n");
        for (Accuracy a : accuracies) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f %% | %.2f %% | %+.2f %% | %.3f | %s | %d | %d |%s%n",
                    a.method(), 100 * a.wape(), 100 * a.dailyWape(), 100 * a.bias(), a.mase(),
                    Double.isNaN(a.coverage()) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * a.coverage()),
                    a.origins(), a.intervals(), !aht ? "" : Double.isNaN(a.ahtWape()) ? " - |"
                            : String.format(Locale.ROOT, " %.2f %% |", 100 * a.ahtWape())));
        }
        return table.toString();
    }
}

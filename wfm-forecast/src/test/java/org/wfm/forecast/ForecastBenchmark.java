package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Speed of forecasting (a benchmark, not a test): the time from JVM start to a finished auto forecast of one week
 * from 12 weeks of 15-minute history (reading the 5-minute CSV included), then the time of one Holt-Winters fit,
 * cold and warm. Run from the repository root after {@code test-compile} (see BACKTEST.md):
 * {@code java -cp ... org.wfm.forecast.ForecastBenchmark [history.csv]}.
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/bank-calls-2003-spring-5min.csv");
        History history = History.read(file).aggregate(Duration.ofMinutes(15));
        LocalDate start = history.lastDate().plusDays(3);
        Forecast forecast = Forecasters.auto().forecast(history, start, 7);
        long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "%s: %s%nauto forecast done %d ms after JVM start%n", history, forecast, sinceStart);

        DayGrid grid = DayGrid.of(history, SpecialDays.none());
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            HoltWinters.Fit fit = HoltWinters.fit(grid);
            System.out.printf(Locale.ROOT, "holt-winters fit %d: %.1f ms (alpha, delta, omega, phi = %s)%n", round,
                    (System.nanoTime() - t0) / 1e6, java.util.Arrays.toString(fit.parameters));
        }
        long t0 = System.nanoTime();
        int repeats = 5;
        for (int i = 0; i < repeats; i++) {
            Forecasters.auto().forecast(history, start, 7);
        }
        System.out.printf(Locale.ROOT, "auto forecast, warm: %.1f ms%n", (System.nanoTime() - t0) / 1e6 / repeats);
    }
}

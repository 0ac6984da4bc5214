package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Speed of the intraday re-forecast (a benchmark, not a test): on the bank series at 15 minutes, the learning of
 * {@link Reforecast#of} once, then {@link Reforecast#update} every 15 minutes of a day from 08:00 to 20:00, cold and
 * warm (the target: under 100 ms warm). Run from the repository root after {@code test-compile}:
 * {@code java -cp ... org.wfm.forecast.ReforecastBenchmark [history.csv]} (see BACKTEST.md).
 */
public final class ReforecastBenchmark {

    private ReforecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/bank-calls-2003-spring-5min.csv");
        History all = History.read(file).aggregate(Duration.ofMinutes(15));
        LocalDate monday = Backtest.weeklyOrigins(all, 1).get(0);
        Forecast week = Forecasters.auto().forecast(all.before(monday), monday, 7);
        LocalDate day = monday.plusDays(2);
        long t0 = System.nanoTime();
        Reforecast learned = Reforecast.of(all.before(day));
        System.out.printf(Locale.ROOT, "learning (%d week forecasts): %.0f ms%n", Reforecast.LEARNING_WEEKS,
                (System.nanoTime() - t0) / 1e6);
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            int updates = 0;
            for (LocalDateTime now = day.atTime(8, 0); now.isBefore(day.atTime(20, 0)); now = now.plusMinutes(15)) {
                learned.withHistory(all).update(week, now, Optional.of(0.8));
                updates++;
            }
            System.out.printf(Locale.ROOT, "round %d: %d updates, %.2f ms each%n", round, updates,
                    (System.nanoTime() - start) / 1e6 / updates);
        }
    }
}

package org.wfm.examples;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.examples.sample.SampleCentre;
import org.wfm.forecast.Accuracy;
import org.wfm.forecast.Backtest;
import org.wfm.forecast.Forecasters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * How good is a forecast? First a rolling-origin backtest of every method on the sample centre's history, then the
 * demo week's forecast against what happened: the sample centre generates that week too, so we can look.
 *
 * <p>Arrivals are random even when their rate is known exactly: Poisson noise alone leaves an interval WAPE of
 * about {@code sum sqrt(2 rate / pi) / sum rate}. No method beats that floor; a good one comes close.
 *
 * <pre>
 * java -cp "examples/target/wfm-examples.jar:examples/target/lib/*" org.wfm.examples.ForecastAccuracy
 * </pre>
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    public static void main(String[] args) {
        SampleCentre centre = SampleCentre.standard();
        History history = centre.history();
        System.out.println("history: " + history.offered());

        // 1. Backtest: forecast each of the last 4 weeks from the weeks before it, every method, and compare.
        List<Accuracy> accuracies = Backtest.run(Forecasters.all(), history, 4, 7);
        System.out.println(Backtest.markdown(accuracies));

        // 2. The demo week: forecast it with an 80 % prediction interval, then generate what happened.
        LocalDate week = SampleCentre.DEMO_WEEK;
        Forecast forecast = Forecasters.auto().withLevel(0.8).forecast(history, week, 7);
        IntervalSeries actual = centre.history(week, week.plusDays(7)).offered();
        IntervalSeries lower = forecast.lower().orElseThrow();
        IntervalSeries upper = forecast.upper().orElseThrow();
        double absoluteError = 0;
        double calls = 0;
        double poissonFloor = 0;
        int inside = 0;
        for (int i = 0; i < actual.size(); i++) {
            LocalDateTime start = actual.start(i);
            double f = forecast.calls().get(start).orElse(0);
            double a = actual.value(i);
            absoluteError += Math.abs(f - a);
            calls += a;
            poissonFloor += Math.sqrt(2 * f / Math.PI); // mean absolute deviation of a Poisson count with rate f
            if (a >= lower.get(start).orElse(0) && a <= upper.get(start).orElse(0)) {
                inside++;
            }
        }
        System.out.println("forecast: " + forecast);
        System.out.printf(Locale.ROOT, "demo week: %.0f calls forecast, %.0f happened%n",
                forecast.calls().total(), calls);
        System.out.printf(Locale.ROOT, "interval WAPE %.1f %% (the Poisson floor is about %.1f %%)%n",
                100 * absoluteError / calls, 100 * poissonFloor / forecast.calls().total());
        System.out.printf(Locale.ROOT, "%.0f %% of the intervals fell inside the 80 %% prediction interval%n",
                100.0 * inside / actual.size());
    }
}

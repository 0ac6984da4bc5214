package org.wfm.examples.cli;

import org.wfm.core.History;
import org.wfm.core.io.ForecastCsv;
import org.wfm.forecast.Accuracy;
import org.wfm.forecast.Backtest;
import org.wfm.forecast.ReforecastBacktest;
import org.wfm.forecast.Forecaster;
import org.wfm.forecast.Forecasters;
import org.wfm.forecast.InsufficientHistoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wfm backtest}: how well each method would have forecast the last weeks of the history. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Rolling-origin backtest: from each of the last N weekly origins, forecast the next days from the data"
                        + " before it; print per method the interval WAPE, daily-total WAPE, bias, MASE and the"
                        + " coverage of the prediction interval."
        })
public final class BacktestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HistoryInput history;

    @Option(names = "--origins", defaultValue = "5", paramLabel = "N", description = "Weekly origins (default 5).")
    int origins;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "Days forecast from each origin (default 7).")
    int days;

    @Option(names = "--method", paramLabel = "NAME",
            description = "One method (auto, seasonal-naive, weekly-average, holt-winters, profile); default: all.")
    String method;

    @Option(names = "--level", defaultValue = "0.8", paramLabel = "SHARE",
            description = "Level of the prediction intervals whose coverage is checked (default 0.8).")
    double level;

    @CommandLine.Mixin
    SpecialDaysOption specialDays;

    @Option(names = "--markdown", description = "Print a Markdown table (as in wfm-forecast/BACKTEST.md).")
    boolean markdown;

    @Option(names = "--reforecast-at", paramLabel = "TIMES", split = ",",
            description = "Score the intraday re-forecast instead, at these times of day, e.g. 10:00,12:00,14:00: the"
                    + " rest-of-day WAPE of auto's week-ahead forecast, of the day-so-far ratio and of wfm reforecast.")
    List<LocalTime> reforecastAt;

    @Override
    public Integer call() throws IOException {
        HistoryInput.checkDays(days);
        if (origins < 1) {
            throw new IllegalArgumentException("--origins must be 1 or more, got " + origins);
        }
        Map<String, History> queues = history.readQueues();
        boolean several = !(queues.size() == 1 && queues.containsKey(ForecastCsv.MAIN_QUEUE));
        StringWriter text = new StringWriter(); // printed once every queue is done, not half on an error
        PrintWriter out = new PrintWriter(text);
        for (Map.Entry<String, History> queue : queues.entrySet()) {
            if (several) {
                out.println((text.getBuffer().length() == 0 ? "" : System.lineSeparator()) + "queue " + queue.getKey() + ":");
            }
            try {
                if (reforecastAt != null) {
                    reforecastTable(queue.getValue(), out);
                } else {
                    backtest(queue.getValue(), out);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(history.file() + (several ? " (queue " + queue.getKey() + ")" : "")
                        + ": " + e.getMessage(), e);
            }
        }
        out.flush();
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The backtest of one queue's history (the whole history's without queues). */
    private void backtest(History data, PrintWriter out) throws IOException {
        List<LocalDate> dates = Backtest.weeklyOrigins(data, origins);
        List<Forecaster> forecasters = new ArrayList<>();
        for (String name : method == null ? Forecasters.NAMES : List.of(method)) {
            forecasters.add(specialDays.forecaster(name, level));
        }
        List<Accuracy> accuracies = new ArrayList<>();
        for (Forecaster forecaster : forecasters) {
            try {
                accuracies.add(Backtest.run(forecaster, data, dates, days));
            } catch (InsufficientHistoryException e) {
                if (method != null) {
                    throw e;
                }
                // comparing every method: leave out the ones the history is too short for, and say so
                out.println("skipped: " + e.getMessage());
            }
        }
        out.printf("%s at %s, %d days from the weekly origins %s, prediction intervals at %.0f %%:%n",
                history.file(), data.interval(), days, dates, 100 * level);
        if (markdown) {
            out.println();
            out.print(Backtest.markdown(accuracies));
        } else {
            accuracies.forEach(out::println);
        }
    }

    private void reforecastTable(History data, PrintWriter out) {
        if (method != null) {
            throw new IllegalArgumentException("--reforecast-at scores auto's forecast and its re-forecast; leave out --method");
        }
        List<ReforecastBacktest.Row> rows = ReforecastBacktest.run(data, origins, days, reforecastAt);
        out.printf("%s at %s, rest-of-day WAPE of the re-forecast at %s on the days of the %d weekly origins %s:%n%n",
                history.file(), data.interval(), reforecastAt, origins, Backtest.weeklyOrigins(data, origins));
        out.print(ReforecastBacktest.markdown(rows));
    }
}

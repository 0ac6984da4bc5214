package org.wfm.examples.cli;

import org.wfm.core.History;
import org.wfm.forecast.Accuracy;
import org.wfm.forecast.Backtest;
import org.wfm.forecast.Forecaster;
import org.wfm.forecast.Forecasters;
import org.wfm.forecast.InsufficientHistoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--history", required = true, paramLabel = "FILE", description = "History CSV: start,offered[,aht].")
    Path history;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Forecast interval, a multiple of the history's grain, e.g. 15m (default: the history's grain).")
    Duration interval;

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

    @Option(names = "--special-days", paramLabel = "FILE",
            description = "CSV of date,factor and/or date,exclude; excluded dates are also left out of the scores.")
    Path specialDays;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the history's wall-clock times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--markdown", description = "Print a Markdown table (as in wfm-forecast/BACKTEST.md).")
    boolean markdown;

    @Override
    public Integer call() throws IOException {
        if (days < 1) {
            throw new IllegalArgumentException("--days must be 1 or more, not " + days);
        }
        History data = ForecastCommand.read(history, zone, interval);
        List<LocalDate> dates = Backtest.weeklyOrigins(data, origins);
        List<Forecaster> forecasters = new ArrayList<>();
        for (String name : method == null ? Forecasters.NAMES : List.of(method)) {
            forecasters.add(ForecastCommand.configure(name, level, specialDays));
        }
        PrintWriter out = spec.commandLine().getOut();
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
                history, data.interval(), days, dates, 100 * level);
        if (markdown) {
            out.println();
            out.print(Backtest.markdown(accuracies));
        } else {
            accuracies.forEach(out::println);
        }
        out.flush();
        return 0;
    }
}

package org.wfm.examples.cli;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.io.ForecastCsv;
import org.wfm.forecast.Forecaster;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code wfm forecast}: calls (and handle time) per interval for the days ahead, from interval history. */
@Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Forecast calls offered (and AHT, when the history has an aht column) per interval for the days ahead.",
                "Writes a Forecast CSV (start,forecast[,aht][,lower,upper]) with every interval of the horizon in which"
                        + " the history shows the centre open at that weekday and time of day."
        })
public final class ForecastCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HistoryInput history;

    @Option(names = "--start", required = true, paramLabel = "DATE",
            description = "First day of the horizon, after the history's last day, e.g. 2003-06-02.")
    LocalDate start;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "Days in the horizon (default 7).")
    int days;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "NAME",
            description = "auto (default), seasonal-naive, weekly-average, holt-winters or profile.")
    String method;

    @Option(names = "--level", paramLabel = "SHARE",
            description = "Add lower,upper bounds of a prediction interval at this level, e.g. 0.8.")
    Double level;

    @Option(names = "--output", paramLabel = "FILE", description = "Forecast CSV to write (default: print to stdout).")
    Path output;

    @CommandLine.Mixin
    SpecialDaysOption specialDays;

    /**
     * Each queue's forecast, the queues in parallel on the common pool (each forecast depends on its own history
     * only, so the result is the same in any order), in queue order.
     */
    private Map<String, Forecast> forecast(Forecaster forecaster, Map<String, History> queues) {
        return queues.entrySet().parallelStream().collect(Collectors.toMap(Map.Entry::getKey,
                queue -> forecaster.forecast(queue.getValue(), start, days), (a, b) -> a, TreeMap::new));
    }

    @Override
    public Integer call() throws IOException {
        HistoryInput.checkDays(days);
        Forecaster forecaster = specialDays.forecaster(method, level);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, History> queues = history.readQueues();
        Map<String, Forecast> forecasts = forecast(forecaster, queues);
        if (output == null) {
            ForecastCsv.writeQueues(out, forecasts);
        } else {
            try (AtomicFile.Batch batch = AtomicFile.batch().protect(history.file(), specialDays.specialDays)) {
                ForecastCsv.writeQueues(batch.stage(output), forecasts);
                batch.commit();
                if (forecasts.size() == 1 && forecasts.containsKey(ForecastCsv.MAIN_QUEUE)) {
                    out.println("wrote " + output + ": " + forecasts.get(ForecastCsv.MAIN_QUEUE));
                } else {
                    out.println("wrote " + output + ":");
                    forecasts.forEach((queue, forecast) -> out.println("  " + queue + ": " + forecast));
                }
            }
        }
        out.flush();
        return 0;
    }
}

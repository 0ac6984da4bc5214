package org.wfm.examples.cli;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.InputFormatException;
import org.wfm.forecast.Reforecast;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code wfm reforecast}: the rest of today re-forecast from the morning's calls. */
@Command(name = "reforecast", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Re-forecasts the rest of --now's day: the forecast made earlier times the ratio of the morning's"
                        + " actual to forecast calls (recent intervals weigh more, shrunk towards 1), with the weights"
                        + " learned from the history's own earlier weeks (see Reforecast).",
                "--history holds the actual calls up to --now (today's intervals before --now included), --forecast the"
                        + " week-ahead forecast (wfm forecast's output) covering today."
        })
public final class ReforecastCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "History CSV: start,offered[,aht], the actual calls up to --now.")
    Path history;

    @Option(names = "--forecast", required = true, paramLabel = "FILE", description = "Forecast CSV covering --now's day.")
    Path forecast;

    @Option(names = "--now", required = true, paramLabel = "DATETIME", description = "Local time of the re-forecast, e.g. 2003-06-04T12:00.")
    LocalDateTime now;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the files' wall-clock times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--level", paramLabel = "SHARE", description = "Also write a prediction interval at this level, e.g. 0.8.")
    Double level;

    @Option(names = "--output", paramLabel = "FILE", description = "Forecast CSV of the rest of the day (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (level != null && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("--level must be between 0 and 1 (exclusive), got " + level);
        }
        Map<String, Forecast> forecasts = ForecastCsv.readQueues(forecast, zone, null);
        Map<String, History> histories = HistoryCsv.readQueues(history, zone, null);
        if (!histories.keySet().equals(forecasts.keySet())) {
            throw new InputFormatException(history.toString(), 1, "queue", "the history's queues ("
                    + String.join(", ", histories.keySet()) + ") are not the forecast's (" + String.join(", ",
                    forecasts.keySet()) + ") of " + forecast);
        }
        Map<String, Forecast> rests = new TreeMap<>();
        Map<String, String> lines = new TreeMap<>();
        for (Map.Entry<String, Forecast> queue : forecasts.entrySet()) {
            String name = queue.getKey();
            String where = forecasts.size() == 1 && name.equals(ForecastCsv.MAIN_QUEUE) ? "" : " of queue " + name;
            Forecast before = queue.getValue();
            History actual = onGrid(histories.get(name), before);
            LocalDateTime end = now.toLocalDate().plusDays(1).atStartOfDay();
            if (before.calls().between(now, end).isEmpty()) {
                throw new InputFormatException(forecast.toString(), 0, "start", "no forecast interval" + where + " on "
                        + now.toLocalDate() + " from " + now.toLocalTime() + " on: the forecast runs "
                        + before.calls().firstDate() + ".." + before.calls().lastDate());
            }
            IntervalSeries late = actual.offered().between(now, LocalDateTime.MAX.minusYears(1));
            if (!late.isEmpty()) {
                throw new InputFormatException(history.toString(), 0, "start", "calls" + where + " at " + late.start(0)
                        + ", at or after --now " + now + ": give the actual calls before --now only");
            }
            Reforecast reforecast = Reforecast.of(actual);
            Forecast rest = reforecast.update(before, now, Optional.ofNullable(level));
            rests.put(name, rest);
            lines.put(name, summary(reforecast, before, rest, end));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            ForecastCsv.writeQueues(out, rests);
            out.flush();
            return 0;
        }
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(history, forecast)) {
            ForecastCsv.writeQueues(batch.stage(output), rests);
            batch.commit();
        }
        if (rests.size() == 1 && rests.containsKey(ForecastCsv.MAIN_QUEUE)) {
            out.println("wrote " + output + ": " + lines.get(ForecastCsv.MAIN_QUEUE));
        } else {
            out.println("wrote " + output + ":");
            lines.forEach((queue, line) -> out.println("  " + queue + ": " + line));
        }
        out.flush();
        return 0;
    }

    /** {@code N intervals from NOW, C calls for the rest of the day (forecast F, +x%); weights ...}. */
    private String summary(Reforecast reforecast, Forecast before, Forecast rest, LocalDateTime end) {
        Reforecast.Weights w = reforecast.weights(now.toLocalTime());
        double forecastRest = before.calls().between(now, end).total();
        return String.format(Locale.ROOT, "%d intervals from %s, %.0f calls for the rest of the day (forecast %.0f, %+.1f%%);"
                        + " weights learned on the history: prior %s calls, half-life %s (rest-of-day WAPE %.2f%% against"
                        + " %.2f%% without update)", rest.calls().size(), now, rest.calls().total(), forecastRest,
                forecastRest > 0 ? 100 * (rest.calls().total() / forecastRest - 1) : 0.0, number(w.priorCalls()),
                Double.isInfinite(w.halfLife()) ? "none (the whole morning)" : String.format(Locale.ROOT, "%.0f min", w.halfLife()),
                100 * w.learningWape(), 100 * w.forecastWape());
    }

    /** The history on the forecast's grain: summed to it when finer, refused when coarser or off it. */
    private History onGrid(History read, Forecast before) {
        if (read.interval().equals(before.calls().interval())) {
            return read;
        }
        try {
            return read.aggregate(before.calls().interval());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(history + " (" + read.interval().toMinutes() + "-minute intervals) does"
                    + " not fit " + forecast + " (" + before.calls().interval().toMinutes() + "-minute intervals): "
                    + e.getMessage(), e);
        }
    }

    private static String number(double calls) {
        return Double.isInfinite(calls) ? "infinite (no update)" : String.format(Locale.ROOT, "%.0f", calls);
    }
}

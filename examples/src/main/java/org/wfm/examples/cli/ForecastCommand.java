package org.wfm.examples.cli;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.forecast.Forecaster;
import org.wfm.forecast.Forecasters;
import org.wfm.forecast.SpecialDays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "History CSV: start,offered[,aht], any grain (5, 15, 30, 60 minutes).")
    Path history;

    @Option(names = "--start", required = true, paramLabel = "DATE",
            description = "First day of the horizon, after the history's last day, e.g. 2003-06-02.")
    LocalDate start;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "Days in the horizon (default 7).")
    int days;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Forecast interval, a multiple of the history's grain, e.g. 15m (default: the history's grain).")
    Duration interval;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "NAME",
            description = "auto (default), seasonal-naive, weekly-average, holt-winters or profile.")
    String method;

    @Option(names = "--output", paramLabel = "FILE", description = "Forecast CSV to write (default: print to stdout).")
    Path output;

    @Option(names = "--level", paramLabel = "SHARE",
            description = "Add lower,upper bounds of a prediction interval at this level, e.g. 0.8.")
    Double level;

    @Option(names = "--special-days", paramLabel = "FILE",
            description = "CSV of date,factor (0 = closed, 1.3 = 30%% busier) and/or date,exclude (leave out of training).")
    Path specialDays;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the history's wall-clock times, e.g. Europe/Amsterdam (default: ${DEFAULT-VALUE}):"
                    + " DST days then have 23 or 25 hours and the autumn's repeated hour may appear twice.")
    ZoneId zone;

    @Override
    public Integer call() throws IOException {
        Forecaster forecaster = configure(method, level, specialDays);
        Forecast forecast = forecaster.forecast(read(history, zone, interval), start, days);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            forecast.write(out);
        } else {
            forecast.write(output);
            out.println("wrote " + output + ": " + forecast);
        }
        out.flush();
        return 0;
    }

    /** The history of a History CSV in a zone, on the given interval (or its own grain when {@code null}). */
    static History read(Path file, ZoneId zone, Duration interval) throws IOException {
        History history = History.read(file, zone);
        return interval == null ? history : history.aggregate(interval);
    }

    /** The named method with the optional level and special days. */
    static Forecaster configure(String method, Double level, Path specialDays) throws IOException {
        Forecaster forecaster = Forecasters.byName(method);
        if (level != null) {
            forecaster = forecaster.withLevel(level);
        }
        return specialDays == null ? forecaster : forecaster.withSpecialDays(SpecialDays.read(specialDays));
    }
}

package org.wfm.examples.cli;

import org.wfm.forecast.History;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code --history}, {@code --interval} and {@code --zone}: the history that {@code wfm forecast} and
 * {@code wfm backtest} learn from.
 */
final class HistoryInput {

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "History CSV: start,offered[,aht], any grain (5, 15, 30, 60 minutes).")
    Path history;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Forecast interval, a multiple of the history's grain, e.g. 15m (default: the history's grain).")
    Duration interval;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the history's wall-clock times, e.g. Europe/Amsterdam (default: ${DEFAULT-VALUE}):"
                    + " DST days then have 23 or 25 hours and the autumn's repeated hour may appear twice.")
    ZoneId zone;

    /** The history in its zone, summed to {@code --interval} (or on its own grain when absent). */
    History read() throws IOException {
        History read = History.read(history, zone);
        return interval == null ? read : read.aggregate(interval);
    }

    /** The file, as given. */
    Path file() {
        return history;
    }
}

package org.wfm.examples.cli;

import org.wfm.core.History;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.InputFormatException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --history}, {@code --interval} and {@code --zone}: the history that {@code wfm forecast} and
 * {@code wfm backtest} learn from.
 */
final class HistoryInput {

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "History CSV: [queue,]start,offered[,aht], any grain (5, 15, 30, 60 minutes).")
    Path history;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Forecast interval, a multiple of the history's grain, e.g. 15m (default: the history's grain).")
    Duration interval;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the history's wall-clock times, e.g. Europe/Amsterdam (default: ${DEFAULT-VALUE}):"
                    + " DST days then have 23 or 25 hours and the autumn's repeated hour may appear twice.")
    ZoneId zone;

    /**
     * The history in its zone, summed to {@code --interval} (or on its own grain when absent).
     *
     * @throws InputFormatException when the history has more than one queue
     */
    History read() throws IOException {
        return aggregated(HistoryCsv.read(history, zone, null));
    }

    /**
     * The history of each queue in its zone, in queue order ({@code main} alone for a file without a queue
     * column), each summed to {@code --interval} (or on the grain of all queues when absent).
     */
    Map<String, History> readQueues() throws IOException {
        Map<String, History> queues = new TreeMap<>();
        for (Map.Entry<String, History> queue : HistoryCsv.readQueues(history, zone, null).entrySet()) {
            queues.put(queue.getKey(), aggregated(queue.getValue()));
        }
        return queues;
    }

    /** A history read, summed to {@code --interval} when given. */
    private History aggregated(History read) {
        if (interval == null) {
            return read;
        }
        try {
            return read.aggregate(interval);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--interval " + interval + " does not fit " + history + ": "
                    + e.getMessage(), e);
        }
    }

    /** Most days forecast at once: a year ahead; more is a typo, not a plan. */
    static final int MAX_DAYS = 366;

    /** Checks {@code --days}, the days forecast from the history. */
    static void checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be 1 to " + MAX_DAYS + ", not " + days);
        }
    }

    /** The file, as given. */
    Path file() {
        return history;
    }
}

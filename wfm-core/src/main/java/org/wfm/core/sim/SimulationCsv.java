package org.wfm.core.sim;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output CSV of {@code wfm simulate}: {@code start,queue,offered,answered,abandoned,voicemail,service_level,
 * service_level_low,service_level_high,asa,abandon_rate,occupancy}, one row per interval and queue and then
 * {@code all}; counts are means over the replications, the service level's bounds its 95 % confidence interval,
 * empty where undefined.
 */
public final class SimulationCsv {

    private SimulationCsv() {
    }

    /** Writes the rows, all at once or not at all. */
    public static void write(Path file, SimulationResult result) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, "start", "queue", "offered", "answered", "abandoned", "voicemail",
                    "service_level", "service_level_low", "service_level_high", "asa", "abandon_rate", "occupancy");
            for (SimulationResult.Row r : result.byInterval()) {
                csv.row(r.start().toLocalDateTime(), r.queue(), r.offered(), r.answered(), r.abandoned(), r.voicemail(),
                        r.serviceLevel().mean(), r.serviceLevel().low(), r.serviceLevel().high(), r.asa().mean(),
                        r.abandonRate().mean(), r.occupancy().mean());
            }
        });
    }
}

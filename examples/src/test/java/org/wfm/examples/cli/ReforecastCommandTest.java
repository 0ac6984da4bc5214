package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.HistoryCsv;
import org.wfm.examples.sample.SampleCentre;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code wfm reforecast} on the sample centre: the README's Wednesday noon. */
class ReforecastCommandTest {

    @TempDir
    Path dir;

    @Test
    void theRestOfWednesdayIsTheForecastTimesOneFactor() throws IOException {
        History history = SampleCentre.standard().history();
        Path historyFile = dir.resolve("history.csv");
        HistoryCsv.write(historyFile, history.offered(), history.aht().orElseThrow());
        Path forecastFile = dir.resolve("forecast.csv");
        assertThat(WfmRun.of("forecast", "--history", historyFile.toString(), "--start", "2026-06-01", "--days", "7",
                "--output", forecastFile.toString()).status()).isZero();
        Path rest = dir.resolve("rest.csv");
        LocalDateTime noon = LocalDateTime.of(2026, 6, 3, 12, 0);

        WfmRun run = WfmRun.of("reforecast", "--history", "data/morning-sample.csv", "--forecast", forecastFile.toString(),
                "--now", noon.toString(), "--level", "0.8", "--output", rest.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + rest + ": 40 intervals from 2026-06-03T12:00, ")
                .contains("weights learned on the history: prior ");

        Forecast before = ForecastCsv.read(forecastFile, SampleCentre.ZONE, null);
        Forecast after = ForecastCsv.read(rest, SampleCentre.ZONE, null);
        IntervalSeries planned = before.calls().between(noon, noon.toLocalDate().plusDays(1).atStartOfDay());
        assertThat(after.calls().starts()).isEqualTo(planned.starts()); // 12:00 to the 21:45 close
        double m = after.calls().value(0) / planned.value(0);
        for (int i = 0; i < planned.size(); i++) {
            assertThat(after.calls().value(i)).isCloseTo(m * planned.value(i), within(1e-5 * planned.value(i)));
            assertThat(after.lower().orElseThrow().value(i)).isLessThanOrEqualTo(after.calls().value(i));
            assertThat(after.upper().orElseThrow().value(i)).isGreaterThanOrEqualTo(after.calls().value(i));
        }
        assertThat(after.aht()).isPresent();
    }

    @Test
    void aForecastOfSeveralQueuesIsReforecastQueueByQueue() throws IOException {
        History history = SampleCentre.standard().history();
        Path single = dir.resolve("single.csv");
        HistoryCsv.write(single, history.offered(), history.aht().orElseThrow());
        Path queues = dir.resolve("queues.csv");
        Path morning = dir.resolve("morning.csv");
        java.nio.file.Files.write(queues, twice(java.nio.file.Files.readAllLines(single)));
        java.nio.file.Files.write(morning, twice(java.nio.file.Files.readAllLines(Path.of("data/morning-sample.csv"))));
        Path forecastFile = dir.resolve("forecast.csv");
        assertThat(WfmRun.of("forecast", "--history", queues.toString(), "--start", "2026-06-01", "--days", "7",
                "--output", forecastFile.toString()).status()).isZero();
        Path rest = dir.resolve("rest.csv");

        WfmRun run = WfmRun.of("reforecast", "--history", morning.toString(), "--forecast", forecastFile.toString(),
                "--now", "2026-06-03T12:00", "--output", rest.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + rest + ":" + System.lineSeparator() + "  sales: 40 intervals from ")
                .contains(System.lineSeparator() + "  service: 40 intervals from ");
        java.util.Map<String, Forecast> read = ForecastCsv.readQueues(rest, SampleCentre.ZONE, null);
        assertThat(read).containsOnlyKeys("sales", "service");
        assertThat(read.get("sales").calls()).isEqualTo(read.get("service").calls()); // the same data under two names

        WfmRun other = WfmRun.of("reforecast", "--history", "data/morning-sample.csv", "--forecast",
                forecastFile.toString(), "--now", "2026-06-03T12:00", "--output", dir.resolve("x.csv").toString());
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("the history's queues (main) are not the forecast's (sales, service)");
    }

    /** The rows of a one-queue CSV as two queues, sales and service, with the queue column first. */
    private static java.util.List<String> twice(java.util.List<String> lines) {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("queue," + lines.get(0)));
        for (String queue : java.util.List.of("sales", "service")) {
            lines.subList(1, lines.size()).forEach(line -> out.add(queue + "," + line));
        }
        return out;
    }
}

package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.HistoryCsv;
import org.wfm.examples.sample.SampleCentre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code wfm reforecast} on the sample centre: the README's Wednesday noon. */
class ReforecastCommandTest {

    @TempDir
    Path dir;

    @Test
    void theRestOfWednesdayIsEachQueuesForecastTimesOneFactor() throws IOException {
        Path forecastFile = weekAheadForecast();
        Path rest = dir.resolve("rest.csv");
        LocalDateTime noon = LocalDateTime.of(2026, 6, 3, 12, 0);

        WfmRun run = WfmRun.of("reforecast", "--history", "data/morning-sample.csv", "--forecast", forecastFile.toString(),
                "--now", noon.toString(), "--level", "0.8", "--output", rest.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + rest + ":" + System.lineSeparator() + "  sales: 40 intervals from ")
                .contains(System.lineSeparator() + "  service: 40 intervals from 2026-06-03T12:00, ",
                        "weights learned on the history: prior ");

        Map<String, Forecast> before = ForecastCsv.readQueues(forecastFile, SampleCentre.ZONE, null);
        Map<String, Forecast> after = ForecastCsv.readQueues(rest, SampleCentre.ZONE, null);
        assertThat(after).containsOnlyKeys(SampleCentre.QUEUES);
        double[] factors = new double[2];
        for (int q = 0; q < 2; q++) {
            String queue = SampleCentre.QUEUES.get(q);
            IntervalSeries planned = before.get(queue).calls().between(noon, noon.toLocalDate().plusDays(1).atStartOfDay());
            IntervalSeries updated = after.get(queue).calls();
            assertThat(updated.starts()).isEqualTo(planned.starts()); // 12:00 to the 21:45 close
            double m = updated.value(0) / planned.value(0);
            for (int i = 0; i < planned.size(); i++) {
                assertThat(updated.value(i)).isCloseTo(m * planned.value(i), within(1e-5 * planned.value(i)));
                assertThat(after.get(queue).lower().orElseThrow().value(i)).isLessThanOrEqualTo(updated.value(i));
                assertThat(after.get(queue).upper().orElseThrow().value(i)).isGreaterThanOrEqualTo(updated.value(i));
            }
            assertThat(after.get(queue).aht()).isPresent();
            factors[q] = m;
        }
        assertThat(factors[0]).as("each queue learns its own factor").isNotEqualTo(factors[1]);
    }

    /** The week-ahead forecast of the sample centre's two queues from their history, as wfm forecast writes it. */
    private Path weekAheadForecast() throws IOException {
        Path historyFile = dir.resolve("history.csv");
        HistoryCsv.writeQueues(historyFile, SampleCentre.standard().histories());
        Path forecastFile = dir.resolve("forecast.csv");
        assertThat(WfmRun.of("forecast", "--history", historyFile.toString(), "--start", "2026-06-01", "--days", "7",
                "--output", forecastFile.toString()).status()).isZero();
        return forecastFile;
    }

    @Test
    void aHistoryOfOtherQueuesIsRefused() throws IOException {
        Path forecastFile = weekAheadForecast();
        // the morning of the service queue alone, without the queue column: the queue "main"
        List<String> lines = Files.readAllLines(Path.of("data/morning-sample.csv"));
        List<String> single = new ArrayList<>(List.of(lines.get(0).substring("queue,".length())));
        lines.stream().filter(line -> line.startsWith(SampleCentre.SERVICE + ","))
                .forEach(line -> single.add(line.substring(line.indexOf(',') + 1)));
        Path morning = dir.resolve("morning.csv");
        Files.write(morning, single);

        WfmRun other = WfmRun.of("reforecast", "--history", morning.toString(), "--forecast",
                forecastFile.toString(), "--now", "2026-06-03T12:00", "--output", dir.resolve("x.csv").toString());
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("the history's queues (main) are not the forecast's (sales, service)");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}

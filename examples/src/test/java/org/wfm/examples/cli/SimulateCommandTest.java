package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm simulate} through {@link WfmRun}: its JSON, its CSV, and its call records read back by {@code wfm kpi}. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFirstReplicationsRecordsGiveItsFiguresInWfmKpi() throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        Path staffing = dir.resolve("staffing.csv");
        StringBuilder f = new StringBuilder("start,forecast,aht\n");
        StringBuilder s = new StringBuilder("start,agents,group\n");
        for (int h = 8; h < 18; h++) {
            for (int m = 0; m < 60; m += 30) {
                String start = String.format("2026-03-02T%02d:%02d", h, m);
                f.append(start).append(",100,180\n");
                s.append(start).append(",8,service\n").append(start).append(",4,sales\n"); // 12 agents in all
            }
        }
        Files.writeString(forecast, f);
        Files.writeString(staffing, s);
        Path out = dir.resolve("sim.csv");
        Path records = dir.resolve("calls.csv");
        WfmRun run = WfmRun.of("simulate", "--forecast", forecast.toString(), "--staffing", staffing.toString(),
                "--patience", "90s", "--replications", "1", "--seed", "5", "--json", "--output", out.toString(),
                "--records", records.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sim = new ObjectMapper().readTree(run.out());
        assertThat(sim.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("replications", "calls",
                "serviceLevel", "asa", "abandonRate", "voicemailRate", "occupancy", "lateBreakMinutes", "overrunMinutes", "callsPerSecond");
        assertThat(sim.get("serviceLevel").get("low").isNull()).isTrue(); // one replication: no interval

        WfmRun kpi = WfmRun.of("kpi", "--calls", records.toString(), "--json");
        assertThat(kpi.status()).as(kpi.err()).isZero();
        JsonNode counted = new ObjectMapper().readTree(kpi.out());
        assertThat(counted.get("offered").asLong()).isEqualTo(sim.get("calls").asLong());
        assertThat(counted.get("serviceLevel").asDouble()).isEqualTo(sim.get("serviceLevel").get("mean").asDouble());
        assertThat(counted.get("abandonRate").asDouble()).isEqualTo(sim.get("abandonRate").get("mean").asDouble());
        assertThat(counted.get("asa").asDouble()).isEqualTo(sim.get("asa").get("mean").asDouble());

        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("start,queue,offered,answered,abandoned,voicemail,service_level,"
                + "service_level_low,service_level_high,asa,abandon_rate,occupancy");
        assertThat(rows).hasSize(1 + 2 * 20); // main and all for each of 20 half-hours
    }

    @Test
    void textSummaryWithIntervals() throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        Path staffing = dir.resolve("staffing.csv");
        Files.writeString(forecast, "start,forecast\n2026-03-02T09:00,100\n2026-03-02T09:30,100\n");
        Files.writeString(staffing, "start,agents\n2026-03-02T09:00,14\n2026-03-02T09:30,14\n");
        WfmRun run = WfmRun.of("simulate", "--forecast", forecast.toString(), "--staffing", staffing.toString(),
                "--aht", "180s", "--replications", "20");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("20 replications, ").contains("service level ").contains(") in 20s")
                .contains("(means, 95% intervals)");
    }

    @Test
    void aReplayRoutedToVoicemailReadsBackInWfmKpiCallForCall() throws IOException {
        Path records = dir.resolve("replayed.csv");
        WfmRun run = WfmRun.of("simulate", "--calls", "data/calls-sample.csv", "--staffing", "data/staffing-sample.csv",
                "--routing", "data/routing-sample.json", "--replications", "1", "--json", // callers never hang up
                "--records", records.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sim = new ObjectMapper().readTree(run.out());
        WfmRun actual = WfmRun.of("kpi", "--calls", "data/calls-sample.csv", "--json");
        WfmRun replayed = WfmRun.of("kpi", "--calls", records.toString(), "--json");
        assertThat(replayed.status()).as(replayed.err()).isZero();
        JsonNode log = new ObjectMapper().readTree(actual.out());
        JsonNode counted = new ObjectMapper().readTree(replayed.out());
        // every offered call of the log comes back once (blocked calls are not replayed), under its own id
        assertThat(counted.get("offered").asLong()).isEqualTo(log.get("offered").asLong())
                .isEqualTo(sim.get("calls").asLong());
        assertThat(Files.readAllLines(records).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .distinct().count()).isEqualTo(log.get("offered").asLong());
        assertThat(counted.get("voicemail").asLong()).isPositive();
        assertThat((double) counted.get("voicemail").asLong() / counted.get("offered").asLong())
                .isEqualTo(sim.get("voicemailRate").get("mean").asDouble());
        assertThat(counted.get("serviceLevel").asDouble()).isEqualTo(sim.get("serviceLevel").get("mean").asDouble());
        assertThat(counted.get("abandonRate").asDouble()).isEqualTo(sim.get("abandonRate").get("mean").asDouble());
    }

    @Test
    void aRosterReportsEachAgentsLateBreaks() throws IOException {
        Path corpus = Path.of("src/test/resources/bad-input/reschedule-from-after-horizon");
        Path problem = dir.resolve("problem.json");
        Files.copy(corpus.resolve("problem.json"), problem);
        Files.copy(corpus.resolve("requirements.csv"), dir.resolve("requirements.csv"));
        Path forecast = dir.resolve("forecast.csv");
        StringBuilder f = new StringBuilder("start,forecast,aht\n");
        for (int day = 5; day <= 7; day++) {
            for (int q = 0; q < 4 * 8; q++) {
                f.append(String.format("2026-01-%02dT%02d:%02d,12,300%n", day, 8 + q / 4, 15 * (q % 4)));
            }
        }
        Files.writeString(forecast, f);
        WfmRun run = WfmRun.of("simulate", "--forecast", forecast.toString(), "--problem", problem.toString(),
                "--roster", corpus.resolve("roster.json").toString(), "--replications", "5", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode sim = new ObjectMapper().readTree(run.out());
        JsonNode lateness = sim.get("lateness");
        assertThat(lateness).isNotEmpty();
        double breaks = 0;
        double overrun = 0;
        for (JsonNode agent : lateness) {
            breaks += agent.get("lateBreakMinutes").asDouble();
            overrun += agent.get("overrunMinutes").asDouble();
        }
        assertThat(breaks).isPositive().isCloseTo(sim.get("lateBreakMinutes").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overrun).isPositive().isCloseTo(sim.get("overrunMinutes").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }
}

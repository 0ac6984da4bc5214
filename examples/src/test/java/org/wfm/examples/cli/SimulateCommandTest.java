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
}

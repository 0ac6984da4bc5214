package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm bound} through {@link WfmRun}. */
class BoundCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheBoundOfAProblemFile() throws IOException {
        Path problem = oneAgentAgainstTwo();
        WfmRun json = WfmRun.of("bound", "--problem", problem.toString(), "--json");
        assertThat(json.status()).isZero();
        assertThat(json.out().trim()).isEqualTo("{\"shortfall\":4.0,\"surplus\":0.0}");
        WfmRun human = WfmRun.of("bound", "--problem", problem.toString());
        assertThat(human.status()).isZero();
        assertThat(human.out().trim()).isEqualTo("tiny: shortfall >= 4.000 agent-intervals"
                + " (50.00 % of planned demand 8.0), surplus >= 0.000 agent-intervals (15-minute intervals)");
    }

    @Test
    void aBadProblemFileExitsWithTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"interval\": \"PT15M\"}");
        WfmRun run = WfmRun.of("bound", "--problem", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("start");
        assertThat(WfmRun.of("bound", "--problem", dir.resolve("missing.json").toString()).status()).isEqualTo(2);
        assertThat(WfmRun.of("bound").status()).isEqualTo(2);
    }

    /** One agent on a one-hour shift at 08:00 against 2 required for the 4 quarter-hours: 4 missing. */
    private Path oneAgentAgainstTwo() throws IOException {
        ZoneId utc = ZoneId.of("UTC");
        Duration quarter = Duration.ofMinutes(15);
        LocalDate monday = LocalDate.of(2026, 1, 5);
        IntervalSeries.Builder req = IntervalSeries.builder(utc, quarter);
        for (int i = 0; i < 4; i++) {
            req.add(monday.atTime(8, 0).plusMinutes(15L * i), 2.0);
        }
        ShiftType hour = ShiftType.of("H", LocalTime.of(8, 0), LocalTime.of(8, 0), quarter, Duration.ofHours(1));
        ScheduleProblem problem = new ScheduleProblem("tiny", utc, quarter, monday, 1, req.build(), 0, List.of(hour),
                List.of(Agent.of("A", Contract.NONE, "H")));
        Path file = dir.resolve("tiny.json");
        ScheduleProblemJson.write(problem, file);
        return file;
    }
}

package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm bound} through the command line of {@link WfmCommand}, with its output and errors captured. */
class BoundCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void printsTheBoundOfAProblemFile() throws IOException {
        Path problem = oneAgentAgainstTwo();
        assertThat(run("bound", "--problem", problem.toString(), "--json")).isZero();
        assertThat(out.toString().trim()).isEqualTo("{\"shortfall\":4.0,\"surplus\":0.0}");
        out.getBuffer().setLength(0);
        assertThat(run("bound", "--problem", problem.toString())).isZero();
        assertThat(out.toString().trim()).isEqualTo("tiny: shortfall >= 4.000 agent-intervals"
                + " (50.00 % of planned demand 8.0), surplus >= 0.000 agent-intervals (15-minute intervals)");
    }

    @Test
    void aBadProblemFileExitsWithTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"interval\": \"PT15M\"}");
        assertThat(run("bound", "--problem", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.json").contains("start");
        assertThat(run("bound", "--problem", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(run("bound")).isEqualTo(2);
    }

    /** Runs the command with its output and errors captured. */
    private int run(String... args) {
        CommandLine cli = WfmCommand.commandLine(false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
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

package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.Requirement;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Shrinkage;
import org.wfm.core.queue.Staffing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementsCsvTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 5, 7, 0);

    @Test
    void writesAndReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("requirements.csv");
        List<Requirement> requirements = List.of(Requirement.of(T0, 12), Requirement.of(T0.plusMinutes(15), 2.5));

        RequirementsCsv.write(file, requirements);

        assertThat(Files.readString(file)).isEqualTo("start,required\n2026-01-05T07:00,12\n2026-01-05T07:15,2.5\n");
        assertThat(RequirementsCsv.read(file)).isEqualTo(requirements);
    }

    @Test
    void writesStaffingWithAllColumnsAndReadsTheRequirementBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("requirements.csv");
        Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)))
                .withShrinkage(Shrinkage.of(0.3));
        var demand = List.of(IntervalCalls.of(T0, 100, 180), IntervalCalls.of(T0.plusMinutes(30), 0, 180));

        RequirementsCsv.writeStaffing(file, staffing.plan(demand, Duration.ofMinutes(30)));

        assertThat(Files.readAllLines(file)).containsExactly(
                "start,required,calls,aht,workload,agents,service_level,asa,occupancy,abandon_rate,scheduled_agents",
                "2026-01-05T07:00,14,100,180,10,14,0.88835,7.835937,0.714286,,20",
                "2026-01-05T07:30,0,0,180,0,0,1,0,0,,0");
        assertThat(RequirementsCsv.read(file)).containsExactly(Requirement.of(T0, 14), Requirement.of(T0.plusMinutes(30), 0));

        RequirementsCsv.writeStaffing(file, staffing.withModel(QueueModel.erlangA(Duration.ofSeconds(90)))
                .plan(demand.subList(0, 1), Duration.ofMinutes(30)));
        assertThat(Files.readAllLines(file).get(1)).matches("2026-01-05T07:00,12,100,180,10,12,0\\.8\\d+,5\\.\\d+,0\\.7\\d+,0\\.06\\d+,18");
    }

    @Test
    void readsRequiredAmongOptionalColumnsInAnyOrder() throws IOException {
        String text = "calls,required,workload,start,asa\n100,14,10,2026-01-05T07:00,\n";

        assertThat(read(text)).containsExactly(Requirement.of(T0, 14));
    }

    @Test
    void namesFileLineAndColumnOfBadValues() {
        assertThatThrownBy(() -> read("start,required\n2026-01-05T07:00,12\n2026-01-05T07:15,-1\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("req.csv:3 [required]: negative value -1");
        assertThatThrownBy(() -> read("start,required\n2026-01-05 07:00,12\n"))
                .hasMessageStartingWith("req.csv:2 [start]: '2026-01-05 07:00' is not a date-time");
        assertThatThrownBy(() -> read("start,agents\n2026-01-05T07:00,12\n"))
                .hasMessage("req.csv:1 [required]: missing column 'required' in the header");
    }

    @Test
    void aLocalTimeMayRepeatOnceForTheAutumnOverlap() throws IOException {
        String twice = "start,required\n2026-10-25T02:00,12\n2026-10-25T02:00,13\n";

        assertThat(read(twice)).extracting(Requirement::required).containsExactly(12.0, 13.0);
        assertThatThrownBy(() -> read(twice + "2026-10-25T02:00,14\n"))
                .hasMessage("req.csv:4 [start]: interval 2026-10-25T02:00 appears a third time: a local time repeats"
                        + " only once, in the autumn DST overlap");
    }

    @Test
    void readsASeriesCheckingTheZoneAndGrid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "start,required\n2026-10-25T02:00,12\n2026-10-25T02:00,13\n2026-10-25T02:15,9\n");
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");

        IntervalSeries series = RequirementsCsv.read(file, amsterdam, Duration.ofMinutes(15));

        assertThat(series.values()).containsExactly(12, 9, 13);
        assertThatThrownBy(() -> RequirementsCsv.read(file, ZoneId.of("UTC"), Duration.ofMinutes(15)))
                .isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":3 [start]: duplicate interval 2026-10-25T02:00");
        Files.writeString(file, "start,required\n2026-03-29T02:15,12\n");
        assertThatThrownBy(() -> RequirementsCsv.read(file, amsterdam, Duration.ofMinutes(15)))
                .hasMessage(file + ":2 [start]: 2026-03-29T02:15 does not exist in Europe/Amsterdam (DST gap)");
        Files.writeString(file, "start,required\n2026-03-29T05:10,12\n");
        assertThatThrownBy(() -> RequirementsCsv.read(file, amsterdam, Duration.ofMinutes(15)))
                .hasMessage(file + ":2 [start]: 2026-03-29T05:10 is not on the PT15M grid from midnight");
    }

    private static List<Requirement> read(String text) throws IOException {
        return RequirementsCsv.read("req.csv", new StringReader(text));
    }
}

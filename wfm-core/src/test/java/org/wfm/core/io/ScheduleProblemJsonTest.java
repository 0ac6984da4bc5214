package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleProblemJsonTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScheduleProblemJsonTest.class.getResource("/" + name).toURI());
    }

    @Test
    void readsTheExampleOfTheFormatsDocument() throws Exception {
        ScheduleProblem p = ScheduleProblemJson.read(resource("problem-week-02.json"));
        assertThat(p.name()).isEqualTo("week-02");
        assertThat(p.zone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(p.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.unplannedShrinkage()).isEqualTo(0.08);
        // the row of 2026-01-12 lies after the 7-day horizon and is dropped
        assertThat(p.requirements().size()).isEqualTo(2);
        assertThat(p.plannedRequirement(1)).isEqualTo(14 / 0.92);
        ShiftType ft8 = p.shiftType("FT8").orElseThrow();
        assertThat(ft8.paidLength()).isEqualTo(Duration.ofHours(8));
        assertThat(ft8.startTimes()).hasSize(33);
        Agent a1 = p.agent("A001").orElseThrow();
        assertThat(a1.contract()).isEqualTo(new Contract(32, 40, 5, 11, 5));
        assertThat(a1.timeOff()).containsExactly(TimeOff.vacation(LocalDate.parse("2026-01-07")),
                TimeOff.sick(LocalDate.parse("2026-01-08")));
        assertThat(a1.unavailable().get(0).overlaps(LocalDateTime.parse("2026-01-09T11:45"),
                LocalDateTime.parse("2026-01-09T20:00"))).isTrue();
        assertThat(p.agent("A002").orElseThrow().contract()).isEqualTo(Contract.NONE);
        assertThat(p).hasToString("ScheduleProblem[week-02, Europe/Amsterdam, 2026-01-05 + 7 days, PT15M grid, "
                + "2 agents, 1 shift types, 2 intervals required, planned demand 28.3 agent-intervals, "
                + "unplanned shrinkage 8.0%]");
    }

    @Test
    void startWindowsByWeekdayReadWriteAndAreChecked() throws Exception {
        String types = "[{\"id\": \"FT8\", \"earliestStart\": \"07:00\", \"latestStart\": \"13:30\","
                + " \"startStep\": \"PT15M\", \"length\": \"PT8H30M\", \"startsByDay\": [{\"days\": [\"sat\","
                + " \"Sunday\"], \"earliestStart\": \"09:00\", \"latestStart\": \"10:00\"}]}]";
        Path file = Files.writeString(dir.resolve("types.json"), types);
        ShiftType ft8 = ScheduleProblemJson.readShiftTypes(file).get(0);
        assertThat(ft8.startTimes(java.time.DayOfWeek.SATURDAY)).containsExactly(java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(9, 15), java.time.LocalTime.of(9, 30), java.time.LocalTime.of(9, 45),
                java.time.LocalTime.of(10, 0));
        assertThat(ft8.startTimes(java.time.DayOfWeek.MONDAY)).hasSize(27);
        ScheduleProblem p = ScheduleProblemJson.read(resource("problem-week-02.json"));
        ScheduleProblem windowed = new ScheduleProblem(p.name(), p.zone(), p.interval(), p.start(), p.days(),
                p.requirements(), p.unplannedShrinkage(), java.util.List.of(ft8), java.util.List.of());
        Path out = dir.resolve("windowed.json");
        ScheduleProblemJson.write(windowed, out);
        assertThat(ScheduleProblemJson.read(out)).isEqualTo(windowed);
        assertThat(Files.readString(out)).contains("\"startsByDay\"", "\"SAT\"", "\"SUN\"");
        Path twice = Files.writeString(dir.resolve("twice.json"), types.replace("\"Sunday\"", "\"SAT\""));
        assertThatThrownBy(() -> ScheduleProblemJson.readShiftTypes(twice))
                .hasMessageContaining("SATURDAY is in two start windows of startsByDay");
        Path closed = Files.writeString(dir.resolve("closed.json"), types.replace("\"startsByDay\"",
                "\"days\": [\"MON\"], \"startsByDay\""));
        assertThatThrownBy(() -> ScheduleProblemJson.readShiftTypes(closed))
                .hasMessageContaining("startsByDay names SATURDAY, a day it does not start on");
    }

    @TempDir
    Path dir;

    @Test
    void writesAProblemThatReadsBackEqual(@TempDir Path dir) throws Exception {
        ScheduleProblem p = ScheduleProblemJson.read(resource("problem-week-02.json"));
        Path out = dir.resolve("copy.json");
        ScheduleProblemJson.write(p, out);
        assertThat(ScheduleProblemJson.read(out)).isEqualTo(p);
        assertThat(Files.readString(out)).contains("\"earliestStart\" : \"06:00\"", "\"start\" : \"2026-01-05T07:00\"")
                .doesNotContain("Infinity");
    }

    @Test
    void namesFileLineAndFieldOfABadValue() {
        String json = """
                {"interval": "PT15M", "start": "2026-01-05", "requirements": [],
                 "shiftTypes": [{"id": "E", "earliestStart": "06:00", "latestStart": "08:00",
                                 "startStep": "PT15M", "length": "PT8H"}],
                 "agents": [{"id": "A1", "shiftTypes": ["E"],
                             "contract": {"minHours": 40, "maxHours": 32}}]}
                """;
        assertThatThrownBy(() -> ScheduleProblemJson.read("p.json", new StringReader(json), Path.of(".")))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("p.json:5 [agents[0].contract]: contract maxHours 32.0 is below minHours 40.0");
    }

    @Test
    void reportsAnUnknownShiftTypeAndABreakOutsideItsShift() {
        String unknown = """
                {"interval": "PT15M", "start": "2026-01-05", "requirements": [],
                 "shiftTypes": [], "agents": [{"id": "A7", "shiftTypes": ["NIGHT"]}]}
                """;
        assertThatThrownBy(() -> ScheduleProblemJson.read("p.json", new StringReader(unknown), Path.of(".")))
                .hasMessage("p.json: agent A7: unknown shift type 'NIGHT'");
        String late = """
                {"interval": "PT15M", "start": "2026-01-05", "requirements": [],
                 "shiftTypes": [{"id": "E", "earliestStart": "06:00", "latestStart": "08:00",
                   "startStep": "PT15M", "length": "PT4H",
                   "breaks": [{"name": "lunch", "length": "PT30M", "earliest": "PT3H", "latest": "PT4H", "paid": false}]}],
                 "agents": []}
                """;
        assertThatThrownBy(() -> ScheduleProblemJson.read("p.json", new StringReader(late), Path.of(".")))
                .hasMessageContaining("shiftTypes[0]").hasMessageContaining("break 'lunch' window ends at PT4H30M");
    }

    @Test
    void saysWhichRequiredFieldIsMissing() {
        String json = """
                {"interval": "PT15M", "start": "2026-01-05", "requirements": [],
                 "shiftTypes": [{"id": "E", "earliestStart": "06:00", "latestStart": "08:00",
                   "startStep": "PT15M", "length": "PT4H",
                   "breaks": [{"name": "b", "length": "PT15M", "earliest": "PT1H", "latest": "PT2H"}]}],
                 "agents": []}
                """;
        assertThatThrownBy(() -> ScheduleProblemJson.read("p.json", new StringReader(json), Path.of(".")))
                .hasMessage("p.json:4 [shiftTypes[0].breaks[0].paid]: missing value (required field)");
    }

    @Test
    void rejectsARequirementOffTheGrid() {
        String json = """
                {"interval": "PT15M", "start": "2026-01-05",
                 "requirements": [{"start": "2026-01-05T07:05", "required": 3}], "shiftTypes": [], "agents": []}
                """;
        assertThatThrownBy(() -> ScheduleProblemJson.read("p.json", new StringReader(json), Path.of(".")))
                .hasMessage("p.json [requirements[0]]: 2026-01-05T07:05 is not on the PT15M grid from midnight");
    }

    private static String problem(String fields) {
        return "{\"interval\": \"PT15M\", \"start\": \"2026-01-05\", " + fields + "\"shiftTypes\": [], \"agents\": []}";
    }

    private static String failure(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> ScheduleProblemJson.read("p.json", new StringReader(json), Path.of(".")));
        assertThat(thrown).isInstanceOf(InputFormatException.class);
        return thrown.getMessage();
    }

    @Test
    void shiftTypeDaysReadAsThreeLettersOrNamesAndWriteAsThreeLetters(@TempDir Path dir) throws Exception {
        String json = problem("\"requirements\": [], ").replace("\"shiftTypes\": []", "\"shiftTypes\": [{\"id\": \"D\","
                + " \"earliestStart\": \"08:00\", \"latestStart\": \"08:00\", \"startStep\": \"PT15M\", \"length\": \"PT4H\","
                + " \"days\": [\"MON\", \"tuesday\", \"Fri\"]}]");
        ScheduleProblem read = ScheduleProblemJson.read("p.json", new StringReader(json), Path.of("."));
        assertThat(read.shiftTypes().get(0).days()).containsExactly(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.FRIDAY);
        Path file = dir.resolve("p.json");
        ScheduleProblemJson.write(read, file);
        assertThat(java.nio.file.Files.readString(file)).containsPattern("\"days\" : \\[ \"MON\", \"TUE\", \"FRI\" \\]");
        assertThat(ScheduleProblemJson.read(file).shiftTypes()).isEqualTo(read.shiftTypes());
        assertThat(failure(json.replace("\"Fri\"", "\"FRY\""))).contains("[shiftTypes[0].days[2]]: expected a weekday"
                + " such as MON or MONDAY, got 'FRY'");
        assertThat(failure(json.replace("\"Fri\"", "\"MON\""))).contains("a day is listed twice in days");
    }

    @Test
    void refusesADuplicateKey() {
        assertThat(failure(problem("\"days\": 7, \"days\": 5, \"requirements\": [], ")))
                .startsWith("p.json:1").contains("Duplicate field 'days'");
    }

    @Test
    void refusesAFractionWhereAWholeNumberIsExpected() {
        assertThat(failure(problem("\"days\": 7.9, \"requirements\": [], ")))
                .isEqualTo("p.json:1 [days]: expected a whole number, got 7.9");
        String maxDays = """
                {"interval": "PT15M", "start": "2026-01-05", "requirements": [],
                 "shiftTypes": [{"id": "E", "earliestStart": "06:00", "latestStart": "08:00",
                                 "startStep": "PT15M", "length": "PT8H"}],
                 "agents": [{"id": "A1", "shiftTypes": ["E"], "contract": {"maxDays": 5.7}}]}
                """;
        assertThat(failure(maxDays)).isEqualTo("p.json:4 [agents[0].contract.maxDays]: expected a whole number, got 5.7");
    }

    @Test
    void boundsEveryQuantityAtInput() {
        assertThat(failure(problem("\"requirements\": [{\"start\": \"2026-01-05T07:00\", \"required\": 1e12}], ")))
                .isEqualTo("p.json [requirements[0].required]: required agents must be a number from 0 to 100000, got 1.0E12");
        assertThat(failure(problem("\"days\": 2147483647, \"requirements\": [], ")))
                .isEqualTo("p.json [days]: days must be 1 to 63, was 2147483647");
        assertThat(failure(problem("\"unplannedShrinkage\": 1.5, \"requirements\": [], ")))
                .startsWith("p.json [unplannedShrinkage]: unplannedShrinkage must be a share from 0 to below 1");
        assertThat(failure(problem("\"requirements\": [], ").replace("PT15M", "PT7M")))
                .isEqualTo("p.json [interval]: interval PT7M must be whole minutes that divide a day "
                        + "(PT5M, PT15M, PT30M, PT1H...)");
    }

    @Test
    void refusesRequirementsOnACoarserGridThanTheProblem(@TempDir Path dir) throws Exception {
        String rows = "[{\"start\": \"2026-01-05T08:00\", \"required\": 3}, {\"start\": \"2026-01-05T08:15\", "
                + "\"required\": 4}, {\"start\": \"2026-01-05T08:30\", \"required\": 5}]";
        assertThat(failure(problem("\"requirements\": " + rows + ", ").replace("PT15M", "PT5M")))
                .isEqualTo("p.json [requirements[1].start]: the rows are 15 minutes apart, so they cannot be read as "
                        + "5-minute intervals (each row would count for less time than it covers): use 15-minute "
                        + "intervals, or give a row for every 5 minutes");
        Files.writeString(dir.resolve("half-hours.csv"), "start,required\n2026-01-05T08:00,3\n2026-01-05T08:30,4\n");
        Files.writeString(dir.resolve("p.json"), problem("\"requirements\": \"half-hours.csv\", "));
        assertThatThrownBy(() -> ScheduleProblemJson.read(dir.resolve("p.json")))
                .hasMessage(dir.resolve("half-hours.csv") + ":3 [start]: the rows are 30 minutes apart, so they cannot "
                        + "be read as 15-minute intervals (each row would count for less time than it covers): use "
                        + "30-minute intervals, or give a row for every 15 minutes");
    }
}

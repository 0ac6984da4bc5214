package org.wfm.core.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of every reader of the public formats (problem and roster JSON, history, forecast and requirements
 * CSV): a damaged file gives a valid model or an {@link InputFormatException} naming the
 * file (never another exception), and writing a model and reading it back gives the same model.
 */
class ReaderPropertiesTest {

    private static final String PROBLEM = read("problem-week-02.json").replace("\"requirements-week-02.csv\"",
            "[{\"start\": \"2026-01-05T07:00\", \"required\": 12}, {\"start\": \"2026-01-05T07:15\", \"required\": 14}]");
    private static final String ROSTER = RosterJson.toJson(new Roster("week-02", "0hard/-1medium/-2soft", true,
            List.of(new Shift("A001", "FT8", LocalDateTime.parse("2026-01-05T08:00"), LocalDateTime.parse("2026-01-05T16:30"),
                    List.of(new ShiftBreak("break", LocalDateTime.parse("2026-01-05T09:45"),
                            LocalDateTime.parse("2026-01-05T10:00"), true)))),
            List.of(new Coverage(LocalDateTime.parse("2026-01-05T07:00"), 12.5, 12)),
            new RosterSummary(0.5, 0, 8, null, null)));

    private static String read(String resource) {
        try {
            return Files.readString(Path.of(ReaderPropertiesTest.class.getResource("/" + resource).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads damaged bytes from a file and returns what was thrown, or null when they read as a valid model. */
    private static Throwable readDamaged(byte[] bytes, ThrowingReader reader) throws IOException {
        Path file = Files.createTempFile("damaged", ".json");
        try {
            Files.write(file, bytes);
            Throwable thrown = catchThrowable(() -> reader.read(file));
            if (thrown != null) {
                assertThat(thrown).as("only InputFormatException, got %s", thrown).isInstanceOf(InputFormatException.class);
                assertThat(((InputFormatException) thrown).source()).isEqualTo(file.toString());
                assertThat(thrown.getMessage()).startsWith(file.toString()).doesNotContain("\n")
                        .doesNotContain("org.wfm").doesNotContain("java.lang");
            }
            return thrown;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FunctionalInterface
    private interface ThrowingReader {
        Object read(Path file) throws IOException;
    }

    @Property(tries = 400, seed = "20261202")
    void aDamagedProblemReadsOrFailsNamingTheFile(@ForAll("damage") Mutation mutation) throws IOException {
        readDamaged(mutation.apply(PROBLEM), ScheduleProblemJson::read);
    }

    @Property(tries = 300, seed = "20261202")
    void aDamagedRosterReadsOrFailsNamingTheFile(@ForAll("damage") Mutation mutation) throws IOException {
        readDamaged(mutation.apply(ROSTER), RosterJson::read);
    }

    private static final String HISTORY = csv("start,offered,aht", 30, (i, t) -> t + "," + (20 + i % 7) + "," + (170 + i % 11));
    private static final String FORECAST = csv("start,forecast,aht,lower,upper", 15,
            (i, t) -> t + "," + (30.5 + i % 5) + ",200," + (20 + i % 5) + "," + (40 + i % 5));
    private static final String REQUIREMENTS = csv("start,required", 15, (i, t) -> t + "," + (1 + i % 4));

    /** A CSV of two days of rows every {@code step} minutes from 08:00 to 12:00, the header first. */
    private static String csv(String header, int step, java.util.function.BiFunction<Integer, LocalDateTime, String> row) {
        StringBuilder text = new StringBuilder(header).append('\n');
        int i = 0;
        for (int day = 5; day <= 6; day++) {
            for (LocalDateTime t = LocalDateTime.of(2026, 1, day, 8, 0); t.getHour() < 12; t = t.plusMinutes(step)) {
                text.append(row.apply(i++, t)).append('\n');
            }
        }
        return text.toString();
    }

    @Property(tries = 300, seed = "20261202")
    void aDamagedHistoryReadsOrFailsNamingTheFile(@ForAll("damage") Mutation mutation) throws IOException {
        assertLineOrField(readDamaged(mutation.apply(HISTORY), f -> HistoryCsv.read(f, ZoneId.of("Europe/Amsterdam"), null)));
    }

    @Property(tries = 300, seed = "20261202")
    void aDamagedForecastReadsOrFailsNamingTheFile(@ForAll("damage") Mutation mutation) throws IOException {
        assertLineOrField(readDamaged(mutation.apply(FORECAST), f -> ForecastCsv.read(f, ZoneId.of("UTC"), null)));
    }

    @Property(tries = 300, seed = "20261202")
    void damagedRequirementsReadOrFailNamingTheFile(@ForAll("damage") Mutation mutation) throws IOException {
        assertLineOrField(readDamaged(mutation.apply(REQUIREMENTS),
                f -> RequirementsCsv.read(f, ZoneId.of("UTC"), Duration.ofMinutes(15))));
    }

    /** A CSV failure says where: a line, or for what the whole file lacks (too few rows, no grid), the file. */
    private static void assertLineOrField(Throwable thrown) {
        if (thrown instanceof InputFormatException e && e.line() == 0) {
            assertThat(e.problem()).containsAnyOf("interval", "empty");
        }
    }

    @Property(tries = 100, seed = "20261202")
    void historyForecastAndRequirementsReadBackAsWritten(@ForAll("quarters") List<Integer> values) throws IOException {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        Duration step = Duration.ofMinutes(30);
        IntervalSeries.Builder counts = IntervalSeries.builder(zone, step);
        IntervalSeries.Builder quarters = IntervalSeries.builder(zone, step);
        LocalDateTime t = LocalDateTime.of(2026, 3, 28, 20, 0); // across the spring DST gap
        List<org.wfm.core.queue.Requirement> requirements = new ArrayList<>();
        for (int v : values) {
            counts.add(t, v);
            quarters.add(t, v / 4.0);
            requirements.add(new org.wfm.core.queue.Requirement(t, v / 4.0));
            t = t.plus(step);
            while (zone.getRules().getValidOffsets(t).isEmpty()) {
                t = t.plus(step); // 02:00 and 02:30 do not exist on the spring day
            }
        }
        IntervalSeries calls = counts.build();
        IntervalSeries fractional = quarters.build();
        Path file = Files.createTempFile("round-trip", ".csv");
        try {
            HistoryCsv.write(file, calls, fractional);
            var history = HistoryCsv.read(file, zone, step);
            assertThat(history.offered()).isEqualTo(calls);
            assertThat(history.aht()).contains(fractional);

            new org.wfm.core.Forecast("f", fractional, java.util.Optional.of(calls), java.util.Optional.of(fractional),
                    java.util.Optional.of(calls)).write(file);
            var forecast = ForecastCsv.read(file, zone, step);
            assertThat(forecast.calls()).isEqualTo(fractional);
            assertThat(forecast.aht()).contains(calls);
            assertThat(forecast.upper()).contains(calls);

            RequirementsCsv.write(file, requirements);
            assertThat(RequirementsCsv.read(file)).isEqualTo(requirements);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<Integer>> quarters() {
        return Arbitraries.integers().between(0, 40_000).list().ofMinSize(2).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Mutation> damage() {
        return Mutation.any();
    }

    @Property(tries = 100, seed = "20261202")
    void aProblemReadsBackAsWritten(@ForAll("problems") ScheduleProblem problem) throws IOException {
        Path file = Files.createTempFile("problem", ".json");
        try {
            ScheduleProblemJson.write(problem, file);
            assertThat(ScheduleProblemJson.read(file)).isEqualTo(problem);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<ScheduleProblem> problems() {
        Arbitrary<Duration> interval = Arbitraries.of(15, 30, 60).map(Duration::ofMinutes);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 14);
        Arbitrary<Double> shrinkage = Arbitraries.of(0.0, 0.05, 0.125);
        Arbitrary<List<Integer>> required = Arbitraries.integers().between(0, 5000).list().ofMaxSize(40);
        Arbitrary<List<Contract>> contracts = Combinators.combine(Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(20, 48), Arbitraries.integers().between(1, 7))
                .as((min, max, maxDays) -> Contract.hours(min, max, maxDays).withMinRestHours(11))
                .list().ofMaxSize(6);
        return Combinators.combine(interval, days, shrinkage, required, contracts)
                .as(ReaderPropertiesTest::problem);
    }

    private static ScheduleProblem problem(Duration interval, int days, double shrinkage, List<Integer> required,
                                           List<Contract> contracts) {
        LocalDate start = LocalDate.of(2026, 3, 23);
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        IntervalSeries.Builder series = IntervalSeries.builder(zone, interval);
        LocalDateTime t = start.atTime(7, 0);
        for (int r : required) {
            series.add(t, r / 4.0);
            t = t.plus(interval);
        }
        ShiftType type = new ShiftType("D8", LocalTime.of(6, 0), LocalTime.of(12, 0), interval, Duration.ofHours(8),
                List.of(BreakRule.unpaid("lunch", Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(5))));
        List<Agent> agents = new ArrayList<>();
        for (int a = 0; a < contracts.size(); a++) {
            Agent agent = new Agent("A" + a, List.of("D8"), contracts.get(a), List.of(), List.of());
            agents.add(a % 2 == 0 ? agent : agent.withTimeOff(TimeOff.vacation(start)));
        }
        return new ScheduleProblem("p", zone, interval, start, days, series.build(), shrinkage, List.of(type), agents);
    }
}

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
 * Properties of the JSON readers: a damaged file gives a valid model or an {@link InputFormatException} naming the
 * file (never another exception), and writing a model and reading it back gives the same model.
 */
class JsonReaderPropertiesTest {

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
            return Files.readString(Path.of(JsonReaderPropertiesTest.class.getResource("/" + resource).toURI()));
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
                .as(JsonReaderPropertiesTest::problem);
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

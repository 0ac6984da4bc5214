package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.TimeOff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm problem} on the sample team of examples/data: the problem it writes, and a roster of it. */
class ProblemCommandTest {

    private static final Path DATA = Path.of("data");

    @TempDir
    Path dir;

    /**
     * Half-hour requirements of the sample team's two queues for Monday and Tuesday 08:00-12:00: at service 10
     * agents, 12 at 10:00 and 10:30; at sales 3.
     */
    private Path requirements() throws IOException {
        List<String> lines = new ArrayList<>(List.of("queue,start,required"));
        for (int day = 0; day < 2; day++) {
            for (int i = 0; i < 8; i++) {
                LocalDateTime start = LocalDateTime.of(2026, 6, 1 + day, 8, 0).plusMinutes(30L * i);
                lines.add("service," + start + "," + (start.getHour() == 10 ? 12 : 10));
                lines.add("sales," + start + ",3");
            }
        }
        return Files.write(dir.resolve("requirements.csv"), lines);
    }

    @Test
    void buildsTheProblemOfTheSampleTeamAndItSchedules() throws IOException {
        Path problemFile = dir.resolve("problem.json");
        WfmRun run = WfmRun.of("problem", "--team", DATA.resolve("team-sample.csv").toString(), "--shift-types",
                DATA.resolve("shift-types-sample.json").toString(), "--requirements", requirements().toString(),
                "--time-off", DATA.resolve("time-off-sample.csv").toString(), "--start", "2026-06-01",
                "--zone", "Europe/Amsterdam", "--interval", "15m", "--split-requirements",
                "--unplanned-shrinkage", "0.06", "--output", problemFile.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + problemFile + ": 100 agents, 3 shift types, 7 days from 2026-06-01"
                + " of 15-minute intervals, 2 queues (sales, service), ");

        ScheduleProblem problem = ScheduleProblemJson.read(problemFile);
        assertThat(problem.name()).isEqualTo("team-sample-2026-06-01");
        assertThat(problem.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(problem.unplannedShrinkage()).isEqualTo(0.06);
        // each quarter keeps the agents of its half hour: 08:00 and 08:15 need 10, 10:00 and 10:15 need 12
        IntervalSeries service = problem.queues().get(1).requirements();
        assertThat(service.get(LocalDateTime.of(2026, 6, 1, 8, 15))).hasValue(10);
        assertThat(service.get(LocalDateTime.of(2026, 6, 2, 10, 15))).hasValue(12);
        assertThat(problem.requirements().get(LocalDateTime.of(2026, 6, 2, 10, 15))).hasValue(15);
        assertThat(problem.requirements().total()).isEqualTo(2 * 2 * (6 * 10 + 2 * 12 + 8 * 3));
        assertThat(problem.queueIds()).containsExactly("sales", "service");
        // A013 has three vacation days: a 36-40 h, 5-day contract loses 3 x 8 h; A004 is away all week
        Agent a013 = problem.agents().get(12);
        assertThat(a013.id()).isEqualTo("A013");
        assertThat(a013.timeOff()).containsExactly(TimeOff.vacation(LocalDate.of(2026, 6, 3)),
                TimeOff.vacation(LocalDate.of(2026, 6, 4)), TimeOff.vacation(LocalDate.of(2026, 6, 5)));
        assertThat(a013.contract()).isEqualTo(new Contract(12, 16, 5, 11, 5));
        assertThat(problem.agents().get(3).contract()).isEqualTo(new Contract(0, 0, 5, 11, 5));
        assertThat(problem.agents().get(70).shiftTypes()).containsExactly("PT6", "PT4");
        assertThat(problem.agents().get(2).skills()).containsExactly("service", "sales");
        assertThat(problem.agents().get(9).skills()).containsExactly("sales");
        assertThat(problem.agents().get(26).timeOff()).containsExactly(TimeOff.sick(LocalDate.of(2026, 6, 1)));

        Path roster = dir.resolve("roster.json");
        WfmRun schedule = WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1", "--move-limit",
                "20000", "--output", roster.toString());
        assertThat(schedule.status()).as(schedule.err()).isZero();
        assertThat(RosterCheck.check(problem, RosterJson.read(roster))).isEmpty();
    }

    @Test
    void theSampleTeamsNextWeekFollowsItsRoster() throws IOException {
        // two weeks of half-hour requirements, every day 08:00-20:00: service 10, sales 3
        List<String> lines = new ArrayList<>(List.of("queue,start,required"));
        for (int day = 0; day < 14; day++) {
            for (int i = 0; i < 24; i++) {
                LocalDateTime start = LocalDateTime.of(2026, 6, 1 + day, 8, 0).plusMinutes(30L * i);
                lines.add("service," + start + ",10");
                lines.add("sales," + start + ",3");
            }
        }
        Path requirements = Files.write(dir.resolve("two-weeks.csv"), lines);
        Path week1 = dir.resolve("week1.json");
        Path roster1 = dir.resolve("roster1.json");
        assertThat(build("2026-06-01", requirements, week1).status()).isZero();
        assertThat(WfmRun.of("schedule", "--problem", week1.toString(), "--seed", "1", "--move-limit", "5000",
                "--output", roster1.toString()).status()).isZero();

        Path week2 = dir.resolve("week2.json");
        WfmRun next = build("2026-06-08", requirements, week2, "--previous", roster1.toString());
        assertThat(next.status()).as(next.err()).isZero();
        Roster first = RosterJson.read(roster1);
        ScheduleProblem problem = ScheduleProblemJson.read(week2);
        assertThat(next.out()).endsWith("; follows " + first.shifts().size() + " shifts of " + roster1
                + System.lineSeparator());
        assertThat(problem.previous()).isEqualTo(first.shifts());
        Path roster2 = dir.resolve("roster2.json");
        assertThat(WfmRun.of("schedule", "--problem", week2.toString(), "--seed", "1", "--move-limit", "5000",
                "--output", roster2.toString()).status()).isZero();
        Roster second = RosterJson.read(roster2);
        // continuity, checked independently: rest after Sunday and days in a row across the weekend
        assertThat(RosterCheck.check(problem, second)).isEmpty();
        long rested = 0;
        for (Shift sunday : first.shifts()) {
            if (!sunday.start().toLocalDate().equals(LocalDate.of(2026, 6, 7))) {
                continue;
            }
            for (Shift monday : second.shiftsOf(sunday.agent())) {
                if (monday.start().toLocalDate().equals(LocalDate.of(2026, 6, 8))) {
                    assertThat(Duration.between(sunday.end(), monday.start()).toHours()).isGreaterThanOrEqualTo(11);
                    rested++;
                }
            }
        }
        // the days in a row that end the first week and begin the second stay within the contract's most
        for (Agent agent : problem.agents()) {
            int run = problem.previousRun(agent.id());
            for (LocalDate day = LocalDate.of(2026, 6, 8); worksOn(second, agent.id(), day); day = day.plusDays(1)) {
                run++;
            }
            assertThat(run).as(agent.id()).isLessThanOrEqualTo(agent.contract().maxConsecutiveDays());
        }
        assertThat(problem.agents()).anyMatch(a -> problem.previousRun(a.id()) >= 2);
        assertThat(rested).isPositive();

        // a roster of the same week as the problem is not a previous one
        WfmRun same = build("2026-06-01", requirements, dir.resolve("x.json"), "--previous", roster1.toString());
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err()).contains("--previous " + roster1 + ": shift of ").contains("is in the horizon");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    private static boolean worksOn(Roster roster, String agent, LocalDate day) {
        return roster.shiftsOf(agent).stream().anyMatch(s -> s.start().toLocalDate().equals(day));
    }

    private WfmRun build(String start, Path requirements, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("problem", "--team", DATA.resolve("team-sample.csv").toString(),
                "--shift-types", DATA.resolve("shift-types-sample.json").toString(), "--requirements",
                requirements.toString(), "--start", start, "--zone", "Europe/Amsterdam", "--interval", "15m",
                "--split-requirements", "--output", output.toString()));
        args.addAll(List.of(more));
        return WfmRun.of(args.toArray(String[]::new));
    }
}

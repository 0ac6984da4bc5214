package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.TimeOff;
import org.wfm.scheduler.SyntheticProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm schedule} and {@code wfm reschedule} through {@link WfmRun}. */
class ScheduleCommandTest {

    @TempDir
    Path dir;

    @Test
    void schedulesAProblemFileIntoARosterTheCheckerAcceptsThenReschedulesASickCall() throws IOException {
        ScheduleProblem problem = SyntheticProblems.week(8, 4);
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(problem, problemFile);
        Path rosterFile = dir.resolve("roster.json");
        Path csv = dir.resolve("roster.csv");
        Path report = dir.resolve("roster.html");
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--time-limit", "2s",
                "--seed", "3", "--output", rosterFile.toString(), "--csv", csv.toString(), "--report", report.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("synthetic-8-4: feasible, ").contains("(bound ").contains("gap ");
        Roster roster = RosterJson.read(rosterFile);
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.summary().bound()).isNotNull();
        assertThat(Files.readString(report)).contains("<html");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("agent,date,activity,name,start,end,minutes,paid");
        int breaks = roster.shifts().stream().mapToInt(s -> s.breaks().size()).sum();
        assertThat(lines).hasSize(1 + roster.shifts().size() + breaks);

        Path repaired = dir.resolve("roster2.json");
        String absent = roster.shifts().get(0).agent();
        WfmRun sick = WfmRun.of("reschedule", "--problem", problemFile.toString(), "--roster", rosterFile.toString(),
                "--absent", absent, "--from", problem.start().plusDays(1).atTime(6, 0).toString(),
                "--time-limit", "1s", "--output", repaired.toString());
        assertThat(sick.status()).as(sick.err()).isZero();
        assertThat(sick.out()).contains("change(s):").contains(absent + " " + problem.start().plusDays(1));
        assertThat(RosterJson.read(repaired).shiftsOf(absent))
                .allMatch(s -> s.start().toLocalDate().equals(problem.start()));
    }

    @Test
    void aSickCallUntilTuesdayCutsTheShiftUnderWayAndKeepsItsHoursWorked() throws IOException {
        ScheduleProblem problem = SyntheticProblems.week(8, 4);
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(problem, problemFile);
        Path rosterFile = dir.resolve("roster.json");
        assertThat(WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1", "--move-limit", "2000",
                "--output", rosterFile.toString()).status()).isZero();
        Roster roster = RosterJson.read(rosterFile);
        Shift monday = roster.shifts().stream().filter(s -> s.start().toLocalDate().equals(problem.start()))
                .findFirst().orElseThrow();
        String absent = monday.agent();
        LocalDateTime from = monday.start().plusHours(3);

        Path repaired = dir.resolve("roster2.json");
        WfmRun sick = WfmRun.of("reschedule", "--problem", problemFile.toString(), "--roster", rosterFile.toString(),
                "--absent", absent, "--from", from.toString(), "--until", problem.start().plusDays(1).toString(),
                "--seed", "1", "--move-limit", "2000", "--output", repaired.toString());
        assertThat(sick.status()).as(sick.err()).isZero();
        Roster after = RosterJson.read(repaired);
        // Monday's shift ends at the call with the breaks taken by then; its three hours stay paid
        Shift cut = monday.cutAt(from);
        assertThat(after.shiftsOf(absent)).contains(cut).noneMatch(s -> s.start().toLocalDate()
                .equals(problem.start().plusDays(1)));
        assertThat(Files.readString(repaired)).contains("\"cut\" : true");
        double unpaid = cut.breaks().stream().filter(b -> !b.paid())
                .mapToDouble(b -> java.time.Duration.between(b.start(), b.end()).toMinutes() / 60.0).sum();
        double paidOfOthers = after.shifts().stream().filter(s -> !s.cut())
                .mapToDouble(s -> problem.shiftType(s.type()).orElseThrow().paidHours()).sum();
        assertThat(after.summary().paidHours()).isEqualTo(paidOfOthers + 3 - unpaid);
        // from Wednesday the agent may work again: its shifts of those days are kept or moved, never lost for good
        assertThat(after.shiftsOf(absent).stream().filter(s -> s.start().toLocalDate()
                .isAfter(problem.start().plusDays(1)))).isNotEmpty();
        assertThat(sick.out()).contains("taken over:").contains(absent + "'s " + problem.start() + " "
                + monday.type() + " " + from.toLocalTime() + "-" + monday.end().toLocalTime());
        // the independent check finds nothing but the absent agent's contract minimum
        assertThat(RosterCheck.check(problem, after)).allMatch(v -> absent.equals(v.agent())
                && v.rule() == org.wfm.core.workforce.Rule.MIN_PAID_HOURS);
    }

    @Test
    void theReportShowsTheExpectedServiceLevelOfTheCallsOfARequirementsFile() throws IOException {
        ScheduleProblem problem = SyntheticProblems.week(8, 4);
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(problem, problemFile);
        // the requirements' intervals with calls and handle times, as wfm staffing writes them
        List<String> lines = new ArrayList<>(List.of("start,required,calls,aht"));
        for (int i = 0; i < problem.requirements().size(); i++) {
            lines.add(problem.requirements().start(i) + "," + problem.requirements().value(i) + ",12,240");
        }
        Path requirements = Files.write(dir.resolve("requirements.csv"), lines);
        Path report = dir.resolve("report.html");
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1", "--move-limit", "2000",
                "--output", dir.resolve("roster.json").toString(), "--report", report.toString(),
                "--forecast", requirements.toString(), "--sl", "0.9", "--answer-within", "30s");
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(report);
        assertThat(html).contains("<th>expected SL</th>", "<th>expected ASA s</th>", "<th>expected occupancy</th>",
                "expected service level", "Calls: history and forecast");
        // without --report the forecast has nowhere to go
        WfmRun alone = WfmRun.of("schedule", "--problem", problemFile.toString(), "--move-limit", "10",
                "--output", dir.resolve("r2.json").toString(), "--forecast", requirements.toString());
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err()).contains("is for the report: give --report too");
    }

    @Test
    void rescheduleWithSeedAndMoveLimitRepairsTheSameWayTwice() throws IOException {
        ScheduleProblem problem = SyntheticProblems.week(8, 4);
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(problem, problemFile);
        Path rosterFile = dir.resolve("roster.json");
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1",
                "--move-limit", "2000", "--output", rosterFile.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String absent = RosterJson.read(rosterFile).shifts().get(0).agent();

        List<String> repairs = new ArrayList<>();
        for (String name : List.of("first.json", "second.json")) {
            Path repaired = dir.resolve(name);
            // a time limit far beyond the move limit: the move limit alone stops the search
            WfmRun sick = WfmRun.of("reschedule", "--problem", problemFile.toString(), "--roster",
                    rosterFile.toString(), "--absent", absent, "--from", problem.start().plusDays(1) + "T06:00",
                    "--time-limit", "60s", "--seed", "1", "--move-limit", "1000", "--output", repaired.toString());
            assertThat(sick.status()).as(sick.err()).isZero();
            repairs.add(Files.readString(repaired));
        }
        assertThat(repairs.get(1)).isEqualTo(repairs.get(0));

        WfmRun zero = WfmRun.of("reschedule", "--problem", problemFile.toString(), "--roster", rosterFile.toString(),
                "--absent", absent, "--from", problem.start() + "T06:00", "--move-limit", "0",
                "--output", dir.resolve("never.json").toString());
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--move-limit must be 1 or more");
        assertThat(dir.resolve("never.json")).doesNotExist();
    }

    @Test
    void aTimeLimitThatStopsTheSearchBeforeTheMoveLimitIsSaid() throws IOException {
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(SyntheticProblems.week(8, 4), problemFile);
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1", "--time-limit", "1s",
                "--move-limit", "1000000000000", "--output", dir.resolve("roster.json").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("wfm: warning: the time limit of 1 s stopped the search before --move-limit"
                + " 1000000000000: this roster depends on the machine's speed");
        assertThat(run.err()).contains("scheduling: 0 s: ").contains(" agent-hours short, "); // progress, not a tty
        // the move limit alone: no warning (the 60 s default is lifted); --quiet: no progress either
        WfmRun moves = WfmRun.of("schedule", "--problem", problemFile.toString(), "--seed", "1",
                "--move-limit", "2000", "--quiet", "--output", dir.resolve("roster2.json").toString());
        assertThat(moves.status()).isZero();
        assertThat(moves.err()).doesNotContain("warning").doesNotContain("scheduling:");
    }

    @Test
    void aMeetingThatGoesAheadWithoutAnAttendeeOnVacationIsSaidOnTheSummaryLine() throws IOException {
        // A002 is away all week; the huddle may go without one of its two attendees, so it goes ahead with A001.
        // A001 and A003 also get coaching, which misses nothing (and gives the solver two sessions to swap: with a
        // together session alone OptaPlanner logs a warning for each swap it cannot find)
        ScheduleProblem week = SyntheticProblems.week(8, 4);
        List<Agent> agents = new ArrayList<>(week.agents());
        Agent away = agents.get(1);
        agents.set(1, new Agent(away.id(), away.shiftTypes(), Contract.hours(0, 40, 5),
                week.dates().stream().map(TimeOff::vacation).toList(), List.of()));
        ScheduleProblem problem = week.withAgents(agents).withActivities(List.of(
                Activity.together("huddle", Duration.ofHours(1), List.of("A001", away.id())).withMinAttendance(0.5),
                Activity.perAgent("coaching", Duration.ofMinutes(30), List.of("A001", "A003"))));
        Path problemFile = dir.resolve("problem.json");
        ScheduleProblemJson.write(problem, problemFile);
        Path rosterFile = dir.resolve("roster.json");
        Path csv = dir.resolve("roster.csv");
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--time-limit", "2s", "--seed", "1",
                "--quiet", "--output", rosterFile.toString(), "--csv", csv.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().trim()).startsWith(problem.name() + ": feasible, ")
                .endsWith(" score calculations/s; activity sessions missing: huddle 1");
        Roster roster = RosterJson.read(rosterFile);
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.summary().activities()).containsExactly(new RosterSummary.ActivityTotals("huddle", 1, 1, 1),
                new RosterSummary.ActivityTotals("coaching", 2, 2, 0));
        List<ShiftActivity> huddle = roster.shiftsOf("A001").stream().flatMap(s -> s.activities().stream())
                .filter(a -> a.id().equals("huddle")).toList();
        assertThat(huddle).singleElement().satisfies(h -> assertThat(Files.readAllLines(csv))
                .contains("A001," + h.start().toLocalDate() + ",activity,huddle," + h.start() + "," + h.end() + ",60,true"));
    }

    @Test
    void anAgentWhoseFreeDaysCannotMeetMinHoursExitsWithTwoNamingTheAgent() throws IOException {
        ScheduleProblem week = SyntheticProblems.week(2, 1);
        List<Agent> agents = new ArrayList<>(week.agents());
        Agent a = agents.get(0);
        agents.set(0, new Agent(a.id(), a.shiftTypes(), Contract.hours(40, 40, 5),
                List.of(TimeOff.vacation(week.start()), TimeOff.vacation(week.start().plusDays(1)),
                        TimeOff.vacation(week.start().plusDays(2)), TimeOff.vacation(week.start().plusDays(3))),
                List.of()));
        Path problemFile = dir.resolve("infeasible.json");
        ScheduleProblemJson.write(week.withAgents(agents), problemFile);
        WfmRun run = WfmRun.of("schedule", "--problem", problemFile.toString(), "--time-limit", "1s",
                "--output", dir.resolve("r.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("agent " + a.id()).contains("minHours");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }
}

package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.solver.SolverSetup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {

    @Test
    void solvesASyntheticWeekIntoARosterTheCheckerAccepts() {
        ScheduleProblem problem = SyntheticProblems.week(12, 3);
        SolveResult result = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(2)).withSeed(7));
        Roster roster = result.roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.feasible()).isTrue();
        assertThat(roster.shifts()).isNotEmpty();
        assertThat(roster.coverage()).hasSize(7 * 96);
        // the roster's coverage is the score's: the squared shortfall summed over its rows is the medium score
        long squared = 0;
        for (var c : roster.coverage()) {
            long shortCenti = Math.round(c.planned() * 100) - 100L * (long) c.scheduled();
            squared += shortCenti > 0 ? shortCenti * shortCenti : 0;
        }
        assertThat(-result.score().medium()).isEqualTo(squared);
    }

    @Test
    void theSameSeedAndMoveLimitGiveTheSameRoster() {
        ScheduleProblem problem = SyntheticProblems.week(10, 4);
        SolveOptions options = SolveOptions.of(Duration.ofMinutes(5)).withSeed(11).withMoveLimit(30_000L);
        Roster first = Scheduler.solve(problem, options).roster();
        Roster second = Scheduler.solve(problem, options).roster();
        assertThat(second).isEqualTo(first);
        assertThat(Scheduler.solve(problem, options.withSeed(12)).roster().shifts()).isNotEqualTo(first.shifts());
    }

    @Test
    void incrementalScoreMatchesAFullRecalculationAtEveryStep() {
        // FULL_ASSERT recomputes the score from scratch after every move and fails on any difference
        SolverConfig config = SolverSetup.config(SolveOptions.of(Duration.ofSeconds(2)).termination(), 1, true,
                SolverSetup.SessionMoves.NONE)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        Schedule solved = SolverFactory.<Schedule>create(config).buildSolver()
                .solve(Schedule.of(SyntheticProblems.week(4, 5)));
        int[] recount = new int[solved.getIntervals().size()];
        solved.getAssignments().forEach(a -> {
            for (int i : a.workingIntervals()) {
                recount[i]++;
            }
        });
        assertThat(solved.getIntervals()).allMatch(d -> d.getScheduled() == recount[d.index()]);
        assertThat(solved.getIntervals().stream().mapToInt(IntervalCoverage::getScheduled).sum()).isPositive();
    }

    @Test
    void minHoursAboveWhatTheFreeDaysAllowIsReportedBeforeSolving() {
        ScheduleProblem week = SyntheticProblems.week(3, 1);
        Agent first = week.agents().get(0);
        Agent busy = new Agent(first.id(), first.shiftTypes(), Contract.hours(40, 40, 5), List.of(
                TimeOff.vacation(week.start()), TimeOff.vacation(week.start().plusDays(1)),
                TimeOff.vacation(week.start().plusDays(2))), List.of());
        List<Agent> agents = new ArrayList<>(week.agents());
        agents.set(0, busy);
        assertThatThrownBy(() -> Scheduler.solve(week.withAgents(agents), Duration.ofSeconds(1)))
                .isInstanceOf(InfeasibleInputException.class)
                .hasMessageContaining("agent " + first.id())
                .hasMessageContaining("minHours 40.0")
                .hasMessageContaining("4 free day(s)");
    }

    @Test
    void rescheduleRemovesTheAbsentAgentsWorkAndKeepsEverythingBefore() {
        ScheduleProblem problem = SyntheticProblems.week(10, 2);
        Roster before = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(50_000L)).roster();
        // the absence starts two hours into a Wednesday shift, which is then under way
        Shift underWay = before.shifts().stream()
                .filter(s -> s.start().toLocalDate().equals(problem.start().plusDays(2))).findFirst().orElseThrow();
        String absent = underWay.agent();
        LocalDateTime from = underWay.start().plusHours(2);
        Rescheduling r = Scheduler.reschedule(problem, before, absent, from,
                SolveOptions.of(Duration.ofSeconds(30)).withSeed(1).withMoveLimit(50_000L));
        Roster after = r.result().roster();
        assertThat(after.feasible()).isTrue();
        // the shift under way is cut at the sick call: its two hours stay in the roster, paid
        Shift cut = underWay.cutAt(from);
        assertThat(cut.end()).isEqualTo(from);
        assertThat(cut.cut()).isTrue();
        assertThat(after.shiftsOf(absent)).allMatch(s -> s.start().isBefore(from)).contains(cut)
                .doesNotContain(underWay);
        List<Shift> startedBefore = before.shifts().stream().filter(s -> s.start().isBefore(from)
                && !s.equals(underWay)).toList();
        assertThat(after.shifts()).containsAll(startedBefore);
        assertThat(r.changes()).anyMatch(c -> c.agent().equals(absent) && c.after() == null);
        assertThat(r.changes()).anyMatch(c -> c.before() == underWay && cut.equals(c.after()));
        assertThat(r.takeOvers(absent)).anyMatch(t -> t.lost().start().equals(from)
                && t.lost().end().equals(underWay.end()));
        double unpaidTaken = cut.breaks().stream().filter(b -> !b.paid())
                .mapToDouble(b -> Duration.between(b.start(), b.end()).toMinutes() / 60.0).sum();
        double paidBefore = before.shifts().stream().filter(s -> s.agent().equals(absent) && s.start().isBefore(from)
                && !s.equals(underWay)).mapToDouble(s -> problem.shiftType(s.type()).orElseThrow().paidHours()).sum();
        double paidAfter = after.shifts().stream().filter(s -> s.agent().equals(absent) && !s.cut())
                .mapToDouble(s -> problem.shiftType(s.type()).orElseThrow().paidHours()).sum();
        assertThat(paidAfter).isEqualTo(paidBefore);
        assertThat(after.summary().paidHours()).isEqualTo(after.shifts().stream().filter(s -> !s.cut())
                .mapToDouble(s -> problem.shiftType(s.type()).orElseThrow().paidHours()).sum() + 2 - unpaidTaken);
        assertThat(r.changes()).allMatch(c -> !c.date().atStartOfDay().plusDays(1).isBefore(from));
        // the only rule the repaired roster may break is the absent agent's contract minimum
        assertThat(RosterCheck.check(problem, after)).allMatch(v -> absent.equals(v.agent()));
    }

    @Test
    void theConstructionNeverStrandsAnAgentBetweenItsMinimumAndMaximumHours() {
        // 8-9 paid hours with 4- and 6-hour shifts: only two 4-hour shifts keep the contract, though a 6-hour
        // shift covers more; the construction (a move limit of 2 stops the search one move after it) must find them
        ShiftType four = ShiftType.of("P4", LocalTime.of(8, 0), LocalTime.of(8, 0), Duration.ofHours(1), Duration.ofHours(4));
        ShiftType six = ShiftType.of("P6", LocalTime.of(8, 0), LocalTime.of(8, 0), Duration.ofHours(1), Duration.ofHours(6));
        IntervalSeries.Builder demand = IntervalSeries.builder(java.time.ZoneOffset.UTC, Duration.ofHours(1));
        LocalDate monday = LocalDate.of(2026, 1, 5);
        for (int d = 0; d < 3; d++) {
            for (int h = 8; h < 14; h++) {
                demand.add(monday.plusDays(d).atTime(h, 0), 1);
            }
        }
        ScheduleProblem p = ScheduleProblem.of("strand", Duration.ofHours(1), monday, 3, demand.build(),
                List.of(four, six), List.of(Agent.of("A", Contract.hours(8, 9, 3), "P4", "P6")));
        Roster roster = Scheduler.solve(p, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1).withMoveLimit(2L))
                .roster();
        assertThat(RosterCheck.check(p, roster)).isEmpty();
        assertThat(roster.shifts()).extracting(Shift::type).containsExactly("P4", "P4");
    }

    @Test
    void aSaturdayStartWindowHoldsForTheSchedulerAndTheChecker() {
        ScheduleProblem week = SyntheticProblems.week(10, 2);
        // on Saturdays the full-timers start 10:00-12:00 only, the part-timers keep their window
        List<ShiftType> types = week.shiftTypes().stream().map(t -> t.id().equals(SyntheticProblems.FULL_TIME)
                ? t.withStartWindow(LocalTime.of(10, 0), LocalTime.of(12, 0), java.time.DayOfWeek.SATURDAY) : t).toList();
        ScheduleProblem late = new ScheduleProblem(week.name(), week.zone(), week.interval(), week.start(),
                week.days(), week.requirements(), week.unplannedShrinkage(), types, week.agents(), week.queues());
        Roster roster = Scheduler.solve(late, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(20_000L)).roster();
        List<Shift> saturday = roster.shifts().stream().filter(s -> s.type().equals(SyntheticProblems.FULL_TIME)
                && s.start().getDayOfWeek() == java.time.DayOfWeek.SATURDAY).toList();
        assertThat(saturday).isNotEmpty().allMatch(s -> !s.start().toLocalTime().isBefore(LocalTime.of(10, 0))
                && !s.start().toLocalTime().isAfter(LocalTime.of(12, 0)));
        assertThat(roster.shifts()).anyMatch(s -> s.type().equals(SyntheticProblems.FULL_TIME)
                && s.start().toLocalTime().isBefore(LocalTime.of(10, 0)));
        assertThat(RosterCheck.check(late, roster)).isEmpty();
        // the same roster under the type's own window on Saturdays too is fine; a Saturday 07:00 start is not
        assertThat(RosterCheck.check(week, roster)).isEmpty();
        Shift early = saturday.get(0);
        Roster moved = new Roster(roster.name(), roster.score(), roster.feasible(), List.of(new Shift(early.agent(),
                early.type(), early.start().with(LocalTime.of(7, 0)), early.end().with(LocalTime.of(15, 30)),
                List.of())), roster.coverage(), roster.summary());
        assertThat(RosterCheck.check(late, moved)).extracting(RosterCheck.Violation::toString)
                .anyMatch(v -> v.contains("may not start at") && v.contains("(on a Sat: 10:00..12:00)"));
    }

    @Test
    void aShiftTypeOfWeekdaysIsNeverRosteredAtTheWeekendAndTheBoundKnowsIt() {
        ScheduleProblem week = SyntheticProblems.week(10, 2);
        List<ShiftType> types = week.shiftTypes().stream().map(t -> t.withDays(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY)).toList();
        ScheduleProblem weekdays = new ScheduleProblem(week.name(), week.zone(), week.interval(), week.start(),
                week.days(), week.requirements(), week.unplannedShrinkage(), types, week.agents(), week.queues());

        Roster roster = Scheduler.solve(weekdays, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(20_000L)).roster();
        assertThat(roster.shifts()).isNotEmpty().allMatch(s -> s.start().getDayOfWeek().getValue() <= 5);
        assertThat(RosterCheck.check(weekdays, roster)).isEmpty();
        // with no shift at the weekend, all weekend demand is short: the bound is at least that
        double weekend = 0;
        for (int i = 0; i < week.requirements().size(); i++) {
            if (week.requirements().start(i).getDayOfWeek().getValue() > 5) {
                weekend += week.planned(week.requirements().value(i));
            }
        }
        assertThat(weekend).isPositive();
        assertThat(org.wfm.scheduler.bound.LowerBound.shortfall(weekdays)).isGreaterThanOrEqualTo(weekend - 1e-6)
                .isGreaterThanOrEqualTo(org.wfm.scheduler.bound.LowerBound.shortfall(week));
    }

    @Test
    void anAbsenceWithAnEndLeavesTheAgentsLaterShiftsInPlace() {
        ScheduleProblem problem = SyntheticProblems.week(10, 2);
        SolveOptions options = SolveOptions.of(Duration.ofSeconds(30)).withSeed(1).withMoveLimit(50_000L);
        Roster before = Scheduler.solve(problem, options).roster();
        LocalDate tuesday = problem.start().plusDays(1);
        Shift onTuesday = before.shifts().stream().filter(s -> s.start().toLocalDate().equals(tuesday))
                .findFirst().orElseThrow();
        String absent = onTuesday.agent();

        Rescheduling r = Scheduler.reschedule(problem, before, absent, tuesday.atStartOfDay(), tuesday, options);
        Roster after = r.result().roster();
        assertThat(after.shiftsOf(absent)).noneMatch(s -> s.start().toLocalDate().equals(tuesday));
        // back from Wednesday: the agent's later shifts of the roster stay (a change is penalised), and the repair
        // may give it more (here a Sunday, for the Tuesday it lost); without an end it works no more that week
        assertThat(after.shiftsOf(absent)).containsAll(before.shiftsOf(absent).stream()
                .filter(s -> s.start().toLocalDate().isAfter(tuesday)).toList());
        Roster open = Scheduler.reschedule(problem, before, absent, tuesday.atStartOfDay(), options).result().roster();
        assertThat(open.shiftsOf(absent)).allMatch(s -> s.start().toLocalDate().isBefore(tuesday));
        assertThat(r.changes()).anyMatch(c -> c.agent().equals(absent) && c.date().equals(tuesday) && c.after() == null);
        assertThat(RosterCheck.check(problem, after)).allMatch(v -> absent.equals(v.agent()));
        assertThatThrownBy(() -> Scheduler.reschedule(problem, before, absent, tuesday.atTime(10, 0),
                problem.start(), options)).hasMessage("the absence ends on " + problem.start()
                + ", before it starts on " + tuesday.atTime(10, 0));
    }

    @Test
    void rescheduleHandsTheSickAgentsShiftToAColleagueWithRoomInTheirContract() {
        // one 8-hour shift a day is needed; two agents could work it; the one rostered calls in sick
        Duration hour = Duration.ofHours(1);
        ShiftType day = ShiftType.of("D8", LocalTime.of(8, 0), LocalTime.of(8, 0), hour, Duration.ofHours(8));
        IntervalSeries.Builder need = IntervalSeries.builder(ZoneOffset.UTC, hour);
        for (int h = 8; h < 16; h++) {
            need.add(LocalDateTime.of(2026, 1, 5, h, 0), 1);
        }
        ScheduleProblem problem = ScheduleProblem.of("sick", hour, LocalDate.of(2026, 1, 5), 1, need.build(),
                List.of(day), List.of(Agent.of("A1", Contract.hours(0, 8, 1), "D8"),
                        Agent.of("A2", Contract.hours(0, 8, 1), "D8")));
        Roster before = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(1))).roster();
        assertThat(before.shifts()).hasSize(1);
        String sick = before.shifts().get(0).agent();
        String colleague = sick.equals("A1") ? "A2" : "A1";

        Rescheduling r = Scheduler.reschedule(problem, before, sick, LocalDateTime.of(2026, 1, 5, 6, 0),
                SolveOptions.of(Duration.ofSeconds(1)));

        Roster after = r.result().roster();
        assertThat(after.shifts()).extracting(Shift::agent).containsExactly(colleague);
        assertThat(after.summary().shortfall()).isZero();
        assertThat(r.changes()).extracting(ShiftChange::agent).containsExactlyInAnyOrder(sick, colleague);
        assertThat(RosterCheck.check(problem, after)).isEmpty();
        List<Rescheduling.TakeOver> takeOvers = r.takeOvers(sick);
        assertThat(takeOvers).hasSize(1);
        assertThat(takeOvers.get(0).lost()).isEqualTo(before.shifts().get(0));
        assertThat(takeOvers.get(0).by()).extracting(ShiftChange::agent).containsExactly(colleague);
        assertThat(takeOvers.get(0)).hasToString(sick + "'s 2026-01-05 D8 08:00-16:00: " + colleague
                + " off -> D8 08:00-16:00");
        assertThat(r.takeOvers(colleague)).isEmpty(); // the colleague lost nothing
    }

    @Test
    void rescheduleRefusesARosterThatDoesNotBelongToTheProblem() {
        ScheduleProblem problem = SyntheticProblems.week(10, 2);
        Roster before = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(1))).roster();
        LocalDateTime from = problem.start().plusDays(2).atTime(10, 0);
        SolveOptions quick = SolveOptions.of(Duration.ofSeconds(1));
        Shift first = before.shifts().get(0);

        List<Shift> stranger = new ArrayList<>(before.shifts());
        stranger.set(0, new Shift("Z999", first.type(), first.start(), first.end(), first.breaks()));
        assertThatThrownBy(() -> Scheduler.reschedule(problem, withShifts(before, stranger), "A003", from, quick))
                .isInstanceOf(RosterMismatchException.class)
                .hasMessageStartingWith("the roster does not fit the problem: knownAgentAndType [Z999]");

        List<Shift> twice = new ArrayList<>(before.shifts());
        twice.add(first);
        assertThatThrownBy(() -> Scheduler.reschedule(problem, withShifts(before, twice), "A003", from, quick))
                .isInstanceOf(RosterMismatchException.class)
                .hasMessageContaining("oneShiftPerDay [" + first.agent() + "]");

        List<Shift> late = new ArrayList<>(before.shifts());
        late.set(0, new Shift(first.agent(), first.type(), first.start().plusDays(14), first.end().plusDays(14),
                List.of()));
        assertThatThrownBy(() -> Scheduler.reschedule(problem, withShifts(before, late), "A003", from, quick))
                .isInstanceOf(RosterMismatchException.class)
                .hasMessageContaining("shiftInHorizon [" + first.agent() + "]");
    }

    private static Roster withShifts(Roster roster, List<Shift> shifts) {
        return new Roster(roster.name(), roster.score(), roster.feasible(), shifts, roster.coverage(),
                roster.summary());
    }
}

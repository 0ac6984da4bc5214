package org.wfm.scheduler.internal.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SolveOptions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The autumn's repeated hour (Europe/Amsterdam, 2026-10-25, 03:00 CEST becomes 02:00 CET): a roster writes breaks
 * in local time, which in that hour means its first pass, so no break may start or end in the second pass.
 */
class AutumnOverlapTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);
    /** 22:00 start, 8 hours, a 15-minute break 3 to 6 hours in: Saturday's night crosses the repeated hour. */
    private static final ShiftType NIGHT = ShiftType.of("N", LocalTime.of(22, 0), LocalTime.of(22, 0),
            Duration.ofHours(1), Duration.ofHours(8))
            .withBreaks(BreakRule.paid("break", QUARTER, Duration.ofHours(3), Duration.ofHours(6)));

    private static ScheduleProblem problem() {
        IntervalSeries.Builder need = IntervalSeries.builder(AMSTERDAM, QUARTER);
        LocalDateTime saturday = MONDAY.plusDays(5).atTime(22, 0);
        for (int q = 0; q < 8 * 4; q++) {
            // the second pass of the repeated hour (5 to 6 hours in) needs 2, so its planned value differs from
            // the first pass's at the same local times
            need.add(LocalDateTime.ofInstant(saturday.atZone(AMSTERDAM).toInstant().plus(QUARTER.multipliedBy(q)),
                    AMSTERDAM), q >= 20 && q < 24 ? 2 : 1);
        }
        return new ScheduleProblem("autumn", AMSTERDAM, QUARTER, MONDAY, 7, need.build(), 0, List.of(NIGHT),
                List.of(Agent.of("A1", Contract.hours(0, 8, 1), "N")));
    }

    private static ShiftAssignment saturdayNight(Schedule schedule, int breakPosition) {
        ShiftAssignment day = schedule.getAssignments().stream().filter(a -> a.getDay() == 5).findFirst().orElseThrow();
        ShiftAssignment night = day.withStart(day.getStartRange().get(0));
        night.setBreakPosition(0, breakPosition);
        return night;
    }

    @Test
    void breakPositionsInTheSecondPassAreMarked() {
        Schedule schedule = Schedule.of(problem());
        ShiftStart night = saturdayNight(schedule, 0).getStart();
        // position p starts 3 h + 15p min in, 20:00 UTC + that; the second pass is 01:00-02:00 UTC (5 to 6 h in):
        // p = 8..11 start in it, p = 7 ends at its first instant
        List<Integer> marked = IntStream.range(0, 13).filter(p -> night.breakUnwritable(0, p)).boxed().toList();
        assertThat(marked).containsExactly(7, 8, 9, 10, 11);
    }

    @Test
    void aBreakInTheSecondPassIsAHardViolation() {
        Schedule schedule = Schedule.of(problem());
        ConstraintVerifier<WfmConstraintProvider, Schedule> verifier = ConstraintVerifier.build(
                        new WfmConstraintProvider(), Schedule.class, ShiftAssignment.class,
                        Session.class, IntervalCoverage.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
        verifier.verifyThat(WfmConstraintProvider::breakTimesUnambiguous).given(saturdayNight(schedule, 9))
                .penalizesBy(1);
        verifier.verifyThat(WfmConstraintProvider::breakTimesUnambiguous).given(saturdayNight(schedule, 3))
                .penalizesBy(0);
    }

    @Test
    void theSolvedRosterReadsBackAndPassesTheChecker() {
        ScheduleProblem problem = problem();
        List<Roster> rosters = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            rosters.add(Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(5)).withSeed(seed)
                    .withMoveLimit(20_000L)).roster());
        }
        for (Roster roster : rosters) {
            assertThat(roster.shifts()).hasSize(1);
            assertThat(RosterCheck.check(problem, roster)).isEmpty();
            assertThat(roster.coverage().stream().filter(c -> c.start().equals(MONDAY.plusDays(6).atTime(2, 15)))
                    .map(c -> c.planned())).containsExactly(1.0, 2.0);
        }
    }
}

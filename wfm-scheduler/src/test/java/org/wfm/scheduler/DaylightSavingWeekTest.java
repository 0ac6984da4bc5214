package org.wfm.scheduler;

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
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;
import org.wfm.core.workforce.Timeline;
import org.wfm.scheduler.internal.solver.WfmConstraintProvider;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A 24/7 week in Amsterdam across the spring DST change (Sunday 2026-03-29 02:00 -> 03:00), with night shifts. */
class DaylightSavingWeekTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    private static final ShiftType EARLY = new ShiftType("E", LocalTime.of(6, 0), LocalTime.of(8, 0),
            Duration.ofHours(1), Duration.ofHours(8),
            List.of(BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofHours(5))));
    private static final ShiftType LATE = new ShiftType("L", LocalTime.of(14, 0), LocalTime.of(16, 0),
            Duration.ofHours(1), Duration.ofHours(8),
            List.of(BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofHours(5))));
    private static final ShiftType NIGHT = new ShiftType("N", LocalTime.of(21, 0), LocalTime.of(23, 0),
            Duration.ofHours(1), Duration.ofHours(8),
            List.of(BreakRule.paid("break", QUARTER, Duration.ofHours(3), Duration.ofHours(5))));

    private static ScheduleProblem problem() {
        IntervalSeries.Builder req = IntervalSeries.builder(AMSTERDAM, QUARTER);
        for (int d = 0; d < 7; d++) {
            for (LocalTime t = LocalTime.MIDNIGHT; ; t = t.plus(QUARTER)) {
                LocalDateTime at = MONDAY.plusDays(d).atTime(t);
                if (!AMSTERDAM.getRules().getValidOffsets(at).isEmpty()) {
                    req.add(at, 2);
                }
                if (t.equals(LocalTime.of(23, 45))) {
                    break;
                }
            }
        }
        List<Agent> agents = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            agents.add(new Agent(String.format("N%02d", i), List.of("E", "L", "N"),
                    Contract.hours(24, 40, 5).withMinRestHours(11).withMaxConsecutiveDays(5), List.of(), List.of()));
        }
        return new ScheduleProblem("dst-week", AMSTERDAM, QUARTER, MONDAY, 7, req.build(), 0,
                List.of(EARLY, LATE, NIGHT), agents);
    }

    @Test
    void aNightShiftAcrossTheChangeKeepsItsLengthAndItsLocalEndMoves() {
        Timeline timeline = Timeline.of(problem());
        assertThat(timeline.size()).isEqualTo(7 * 96 - 4);
        ShiftStart night = new ShiftStart(NIGHT, 5, MONDAY.plusDays(5).atTime(22, 0), timeline);
        assertThat(night.localEnd()).isEqualTo(LocalDateTime.of(2026, 3, 29, 7, 0));
        assertThat(night.lengthIntervals()).isEqualTo(32);
        assertThat(night.endEpoch() - night.startEpoch()).isEqualTo(8 * 3600);
    }

    @Test
    void restIsElapsedTimeAcrossTheChange() {
        // late shift Saturday 14:00-22:00, early Sunday 06:00: 8 h on the clock, 7 h elapsed; 11 h needed
        Schedule schedule = Schedule.of(problem());
        ShiftAssignment saturday = on(schedule, "N01", 5, LATE, 14);
        ShiftAssignment sunday = on(schedule, "N01", 6, EARLY, 6);
        ConstraintVerifier.build(new WfmConstraintProvider(), Schedule.class, ShiftAssignment.class,
                        Session.class, IntervalCoverage.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .verifyThat((provider, factory) -> List.of(provider.defineConstraints(factory)).stream()
                        .filter(c -> c.getConstraintName().equals("minRestBetweenShifts")).findFirst().orElseThrow())
                .given(saturday, sunday)
                .penalizesBy(4 * 60);
    }

    @Test
    void solvesTheWeekIntoARosterTheCheckerAccepts() {
        ScheduleProblem problem = problem();
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(2)).withSeed(3)).roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.feasible()).isTrue();
        assertThat(roster.coverage()).hasSize(7 * 96 - 4);
        for (Shift s : roster.shifts()) {
            long elapsed = ZonedDateTime.ofLocal(s.end(), AMSTERDAM, null).toEpochSecond()
                    - ZonedDateTime.ofLocal(s.start(), AMSTERDAM, null).toEpochSecond();
            assertThat(elapsed).as(s.toString()).isEqualTo(8 * 3600);
        }
        assertThat(roster.shifts()).anyMatch(s -> s.type().equals("N"));
    }

    private static ShiftAssignment on(Schedule schedule, String agent, int day, ShiftType type, int hour) {
        ShiftAssignment a = schedule.getAssignments().stream()
                .filter(x -> x.getAgent().id().equals(agent) && x.getDay() == day).findFirst().orElseThrow();
        LocalDateTime at = MONDAY.plusDays(day).atTime(hour, 0);
        return a.withStart(a.getStartRange().stream()
                .filter(s -> s.typeId().equals(type.id()) && s.localStart().equals(at)).findFirst().orElseThrow());
    }
}

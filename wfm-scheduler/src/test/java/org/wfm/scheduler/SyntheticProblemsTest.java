package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.Timeline;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticProblemsTest {

    @Test
    void theSameSizeAndSeedGiveTheSameProblem() {
        assertThat(SyntheticProblems.week(60, 7)).isEqualTo(SyntheticProblems.week(60, 7));
        assertThat(SyntheticProblems.week(60, 7)).isNotEqualTo(SyntheticProblems.week(60, 8));
    }

    @Test
    void everyAgentCanReachTheContractMinimumDespiteVacation() {
        // seed 1 of 400 agents has an agent with four vacation days (three days of 8 paid hours left)
        ScheduleProblem p = SyntheticProblems.week(400, 1);
        assertThat(p.agents()).allSatisfy(a -> {
            double hoursPerShift = p.shiftType(a.shiftTypes().get(0)).orElseThrow().paidHours();
            int days = Math.min(a.contract().maxDays(), 7 - a.timeOff().size());
            assertThat(a.contract().minHours()).isLessThanOrEqualTo(days * hoursPerShift);
        });
        assertThat(p.agents()).anySatisfy(a -> assertThat(a.contract().minHours()).isEqualTo(24.0));
    }

    @Test
    void aWeekOfSixtyAgentsHasTheDescribedShape() {
        ScheduleProblem p = SyntheticProblems.week(60, 1);
        assertThat(p.agents()).hasSize(60);
        assertThat(p.agents().stream().filter(a -> a.allows(SyntheticProblems.FULL_TIME))).hasSize(42);
        assertThat(p.requirements().size()).isEqualTo(7 * 56);
        assertThat(p.dates()).hasSize(7);
        long vacationDays = p.agents().stream().mapToLong(a -> a.timeOff().size()).sum();
        assertThat(vacationDays).isBetween(15L, 55L);
        // demand exceeds the on-phone capacity of the team (at most 5 full-time / 6 part-time shifts each)
        double capacity = 42 * 5 * 30 + 18 * 6 * 15;
        assertThat(p.plannedDemand()).isGreaterThan(capacity * 0.92);
    }

    @Test
    void theCoveredWeekHasTheSameTeamAndLessDemandOfTheSameShape() {
        ScheduleProblem week = SyntheticProblems.week(60, 1);
        ScheduleProblem covered = SyntheticProblems.coveredWeek(60, 1);
        assertThat(covered).isEqualTo(SyntheticProblems.coveredWeek(60, 1));
        assertThat(covered.agents()).isEqualTo(week.agents());
        assertThat(covered.shiftTypes()).isEqualTo(week.shiftTypes());
        assertThat(covered.requirements().starts()).isEqualTo(week.requirements().starts());
        // 80 % against 110 % of the same capacity, up to rounding each interval to whole agents
        assertThat(covered.plannedDemand() / week.plannedDemand()).isCloseTo(0.8 / 1.1, within(0.01));
    }

    @Test
    void theAroundTheClockWeekRunsTwentyFourHoursAcrossTheAutumnChange() {
        ScheduleProblem p = SyntheticProblems.aroundTheClockWeek(60, 1);
        assertThat(p).isEqualTo(SyntheticProblems.aroundTheClockWeek(60, 1));
        assertThat(p).isNotEqualTo(SyntheticProblems.aroundTheClockWeek(60, 2));
        assertThat(p.agents()).hasSize(60);
        assertThat(p.start()).isEqualTo(LocalDate.of(2026, 10, 19));
        // six days of 96 quarter-hours and a Sunday of 100 (03:00 summer time back to 02:00)
        assertThat(p.requirements().size()).isEqualTo(6 * 96 + 100);
        assertThat(Timeline.of(p).size()).isEqualTo(6 * 96 + 100);
        assertThat(p.requirements().dailyTotals()).hasSize(7);
        assertThat(java.util.Arrays.stream(p.requirements().values()).min().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(p.shiftTypes()).extracting(ShiftType::id).containsExactly(SyntheticProblems.FULL_TIME,
                SyntheticProblems.PART_TIME, SyntheticProblems.LATE, SyntheticProblems.NIGHT);
        ShiftType night = p.shiftType(SyntheticProblems.NIGHT).orElseThrow();
        assertThat(night.earliestStart().plus(night.length())).isBefore(night.earliestStart());
        assertThat(p.agents().stream().filter(a -> a.allows(SyntheticProblems.NIGHT))).hasSize(42);
        // the same vacation draw as the daytime week: the generator only changes the dates
        assertThat(p.agents().stream().mapToLong(a -> a.timeOff().size()).sum()).isEqualTo(
                SyntheticProblems.week(60, 1).agents().stream().mapToLong(a -> a.timeOff().size()).sum());
    }
}

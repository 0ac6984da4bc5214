package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.wfm.core.workforce.ScheduleProblem;

import static org.assertj.core.api.Assertions.assertThat;

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
}

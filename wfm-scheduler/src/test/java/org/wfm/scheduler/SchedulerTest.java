package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTest {

    @Test
    void solvesASyntheticWeekIntoARosterTheCheckerAccepts() {
        ScheduleProblem problem = SyntheticProblems.week(12, 3);
        SolveResult result = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(3)).withSeed(7));
        Roster roster = result.roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.feasible()).isTrue();
        assertThat(roster.shifts()).isNotEmpty();
        assertThat(roster.coverage()).hasSize(7 * 96);
        System.out.println(result);
    }
}

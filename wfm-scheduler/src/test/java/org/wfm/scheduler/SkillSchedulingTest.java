package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.solver.SolverSetup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkillSchedulingTest {

    private static final SolveOptions FIXED = SolveOptions.of(Duration.ofMinutes(5)).withSeed(3).withMoveLimit(20_000L);

    @Test
    void aMultiSkillRosterPassesTheIndependentCheckQueueByQueue() {
        ScheduleProblem problem = SyntheticProblems.multiSkillWeek(24, 3, 1);
        Roster roster = Scheduler.solve(problem, FIXED).roster();

        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        int intervals = RosterCheck.horizonGrid(problem).size();
        assertThat(roster.coverage()).hasSize(3 * intervals);
        assertThat(roster.coverage().subList(0, 3)).extracting(Coverage::queue)
                .containsExactly("service", "sales", "vip");
        RosterSummary summary = roster.summary();
        assertThat(summary.byQueue()).extracting(RosterSummary.QueueTotals::queue)
                .containsExactly("service", "sales", "vip");
        assertThat(summary.byQueue().stream().mapToDouble(RosterSummary.QueueTotals::shortfall).sum())
                .isCloseTo(summary.shortfall(), within(1e-6));
        assertThat(summary.shortfall()).isPositive(); // demand is above capacity
    }

    @Test
    void incrementalSkillCoverageMatchesAFullRecalculationAtEveryStep() {
        // FULL_ASSERT recomputes the score from scratch after every move and fails on any difference
        SolverConfig config = SolverSetup.config(SolveOptions.of(Duration.ofSeconds(2)).termination(), 1, true,
                SolverSetup.SessionMoves.NONE)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        Schedule solved = SolverFactory.<Schedule>create(config).buildSolver()
                .solve(Schedule.of(SyntheticProblems.multiSkillWeek(8, 3, 2)));
        ScheduleProblem problem = solved.getProblem();
        Roster roster = solved.toRoster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.coverage()).isEqualTo(RosterCheck.coverage(problem, roster.shifts()));
    }

    @Test
    void aFullyCrossTrainedTeamRostersAsWellAsItsQueuesPooledIntoOne() {
        ScheduleProblem skills = SyntheticProblems.multiSkillWeek(20, 3, 4);
        List<Agent> everyQueue = skills.agents().stream().map(Agent::withSkills).toList();
        ScheduleProblem crossTrained = ScheduleProblem.ofQueues(skills.name(), skills.zone(), skills.interval(),
                skills.start(), skills.days(), skills.queues().stream()
                        .map(q -> QueueDemand.of(q.id(), q.requirements())).toList(),
                skills.unplannedShrinkage(), skills.shiftTypes(), everyQueue);
        ScheduleProblem pooled = new ScheduleProblem(skills.name(), skills.zone(), skills.interval(), skills.start(),
                skills.days(), crossTrained.requirements(), skills.unplannedShrinkage(), skills.shiftTypes(),
                everyQueue);

        Roster a = Scheduler.solve(crossTrained, FIXED).roster();
        Roster b = Scheduler.solve(pooled, FIXED).roster();

        // the same construction and moves; only round-off in the per-queue sums may break a tie differently
        assertThat(RosterCheck.check(crossTrained, a)).isEmpty();
        assertThat(a.summary().shortfall()).isCloseTo(b.summary().shortfall(), within(0.005 * pooled.plannedDemand()));
        assertThat(a.summary().paidHours()).isCloseTo(b.summary().paidHours(), within(0.01 * b.summary().paidHours()));
    }

    @Test
    void disjointSkillsRosterAsWellAsSeparateProblems() {
        ScheduleProblem week = SyntheticProblems.week(24, 5);
        IntervalSeries total = week.requirements();
        IntervalSeries half = total.map(v -> Math.floor(v / 2));
        IntervalSeries rest = total.map(v -> v - Math.floor(v / 2));
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < week.agents().size(); i++) {
            agents.add(week.agents().get(i).withSkills(i % 2 == 0 ? "east" : "west"));
        }
        ScheduleProblem both = ScheduleProblem.ofQueues("both", week.zone(), week.interval(), week.start(), 7,
                List.of(QueueDemand.of("east", half), QueueDemand.of("west", rest)), week.unplannedShrinkage(),
                week.shiftTypes(), agents);
        double separate = shortfall(week, agents, a -> a.skills().contains("east"), half)
                + shortfall(week, agents, a -> a.skills().contains("west"), rest);

        Roster roster = Scheduler.solve(both, FIXED.withMoveLimit(40_000L)).roster();

        assertThat(RosterCheck.check(both, roster)).isEmpty();
        assertThat(roster.summary().shortfall()).isCloseTo(separate, within(0.05 * both.plannedDemand()));
    }

    private static double shortfall(ScheduleProblem week, List<Agent> agents, Predicate<Agent> team,
                                     IntervalSeries requirements) {
        ScheduleProblem alone = new ScheduleProblem("alone", week.zone(), week.interval(), week.start(), 7,
                requirements, week.unplannedShrinkage(), week.shiftTypes(),
                agents.stream().filter(team).map(Agent::withSkills).toList());
        return Scheduler.solve(alone, FIXED).roster().summary().shortfall();
    }
}

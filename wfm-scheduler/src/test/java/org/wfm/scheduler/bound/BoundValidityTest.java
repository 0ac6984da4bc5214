package org.wfm.scheduler.bound;

import org.junit.jupiter.api.Test;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SyntheticProblems;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any roster that keeps the rules has at least the bound's shortfall. The rosters here come from the scheduler
 * and from a greedy builder in this test (shift by shift, the start and breaks that cover most of what is still
 * missing, keeping time off, max days, max hours, rest and consecutive days), independent of the LP code.
 */
class BoundValidityTest {

    @Test
    void theBoundNeverExceedsTheShortfallOfTheSchedulersRoster() {
        ScheduleProblem p = SyntheticProblems.week(20, 4);
        Roster roster = Scheduler.solve(p, SolveOptions.of(Duration.ofSeconds(3)).withSeed(1)).roster();
        Bound bound = LowerBound.of(p);
        assertThat(roster.feasible()).isTrue();
        assertThat(bound.shortfall()).isPositive();
        assertThat(bound.shortfall()).isLessThanOrEqualTo(roster.summary().shortfall() + 1e-6);
    }

    @Test
    void theBoundNeverExceedsTheShortfallOfAGreedyRoster() {
        for (long seed = 1; seed <= 2; seed++) {
            ScheduleProblem week = SyntheticProblems.week(25, seed);
            // three days keep the LP small; the team's weekly contracts are then loose, the bound stays valid
            ScheduleProblem p = new ScheduleProblem(week.name(), week.zone(), week.interval(), week.start(), 3,
                    week.requirements(), week.unplannedShrinkage(), week.shiftTypes(), week.agents());
            double greedy = new GreedyRoster(p).shortfall();
            Bound bound = LowerBound.of(p);
            assertThat(bound.shortfall()).isPositive();
            assertThat(bound.shortfall()).isLessThanOrEqualTo(greedy);
        }
    }

    @Test
    void theBoundIsTheShortfallOfTheGreedyRosterWhenOneShiftFitsExactly() {
        // one agent, a requirement shaped exactly like one shift with its break at the earliest position
        ScheduleProblem week = SyntheticProblems.week(1, 3);
        ShiftType partTime = week.shiftType(SyntheticProblems.PART_TIME).orElseThrow();
        LocalDateTime start = week.start().atTime(9, 0);
        org.wfm.core.IntervalSeries.Builder req = org.wfm.core.IntervalSeries.builder(week.zone(), week.interval());
        for (int i = 0; i < 16; i++) {
            req.add(start.plusMinutes(15L * i), i == 6 ? 0.0 : 1.0);
        }
        ScheduleProblem p = new ScheduleProblem("exact", week.zone(), week.interval(), week.start(), 1, req.build(), 0,
                List.of(partTime), List.of(Agent.of("A", Contract.NONE, partTime.id())));
        assertThat(new GreedyRoster(p).shortfall()).isZero();
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(0, 0));
    }

    /** A roster built greedily on a fixed-offset zone (no DST in the synthetic weeks), kept as coverage per interval. */
    private static final class GreedyRoster {
        private final ScheduleProblem problem;
        private final LocalDateTime origin;
        private final double[] missing;
        private final Map<String, LocalDateTime> lastEnd = new HashMap<>();
        private final Map<String, Integer> days = new HashMap<>();
        private final Map<String, Integer> run = new HashMap<>();
        private final Map<String, Double> hours = new HashMap<>();

        GreedyRoster(ScheduleProblem problem) {
            this.problem = problem;
            this.origin = problem.horizonStart();
            int intervals = problem.days() * (int) (Duration.ofDays(1).getSeconds() / step());
            missing = new double[intervals];
            for (int i = 0; i < problem.requirements().size(); i++) {
                missing[index(problem.requirements().start(i))] = problem.plannedRequirement(i);
            }
            for (LocalDate date : problem.dates()) {
                List<Agent> order = new ArrayList<>(problem.agents());
                java.util.Collections.rotate(order, date.getDayOfYear());
                for (Agent agent : order) {
                    assignBest(agent, date);
                }
            }
        }

        double shortfall() {
            double sum = 0;
            for (double m : missing) {
                sum += Math.max(0, m);
            }
            return sum;
        }

        private void assignBest(Agent agent, LocalDate date) {
            Contract c = agent.contract();
            boolean workedYesterday = lastEnd.containsKey(agent.id())
                    && lastEnd.get(agent.id()).toLocalDate().compareTo(date.minusDays(1)) >= 0;
            int consecutive = workedYesterday ? run.getOrDefault(agent.id(), 0) : 0;
            if (agent.isOff(date) || days.getOrDefault(agent.id(), 0) >= c.maxDays()
                    || consecutive >= c.maxConsecutiveDays()) {
                return;
            }
            int[] best = null;
            double bestGain = 0;
            ShiftType bestType = null;
            LocalDateTime bestStart = null;
            for (ShiftType type : problem.shiftTypes()) {
                if (!agent.allows(type.id()) || hours.getOrDefault(agent.id(), 0.0) + type.paidHours() > c.maxHours()) {
                    continue;
                }
                for (LocalTime time : type.startTimes()) {
                    LocalDateTime start = date.atTime(time);
                    LocalDateTime end = start.plus(type.length());
                    LocalDateTime previous = lastEnd.get(agent.id());
                    boolean rested = previous == null
                            || !previous.plusMinutes((long) (c.minRestHours() * 60)).isAfter(start);
                    if (!rested || agent.unavailable().stream().anyMatch(w -> w.overlaps(start, end))) {
                        continue;
                    }
                    int[] placement = placement(type, index(start));
                    double gain = gain(placement);
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = placement;
                        bestType = type;
                        bestStart = start;
                    }
                }
            }
            if (best != null) {
                for (int t = 0; t < best.length; t++) {
                    if (best[t] > 0) {
                        missing[t] -= 1;
                    }
                }
                lastEnd.put(agent.id(), bestStart.plus(bestType.length()));
                days.merge(agent.id(), 1, Integer::sum);
                run.put(agent.id(), consecutive + 1);
                hours.merge(agent.id(), bestType.paidHours(), Double::sum);
            }
        }

        /** 1 where the shift is on the phones, 0 elsewhere; breaks in order, each where least is missing. */
        private int[] placement(ShiftType type, int first) {
            int[] on = new int[missing.length + (int) (Duration.ofDays(1).getSeconds() / step())];
            int length = (int) (type.length().getSeconds() / step());
            for (int t = first; t < first + length; t++) {
                on[t] = 1;
            }
            int free = 0;
            for (BreakRule rule : type.breaks()) {
                int from = Math.max(free, (int) ((rule.earliest().getSeconds() + step() - 1) / step()));
                int to = (int) (rule.latest().getSeconds() / step());
                int span = (int) (rule.length().getSeconds() / step());
                int bestAt = from;
                double least = Double.MAX_VALUE;
                for (int p = from; p <= to; p++) {
                    double lost = 0;
                    for (int t = first + p; t < first + p + span; t++) {
                        lost += t < missing.length ? Math.max(0, Math.min(1, missing[t])) : 0;
                    }
                    if (lost < least) {
                        least = lost;
                        bestAt = p;
                    }
                }
                for (int t = first + bestAt; t < first + bestAt + span; t++) {
                    on[t] = 0;
                }
                free = bestAt + span;
            }
            return java.util.Arrays.copyOf(on, missing.length);
        }

        private double gain(int[] placement) {
            double gain = 0;
            for (int t = 0; t < placement.length; t++) {
                gain += placement[t] * Math.max(0, Math.min(1, missing[t]));
            }
            return gain;
        }

        private int index(LocalDateTime time) {
            return (int) (Duration.between(origin, time).getSeconds() / step());
        }

        private long step() {
            return problem.interval().getSeconds();
        }
    }
}

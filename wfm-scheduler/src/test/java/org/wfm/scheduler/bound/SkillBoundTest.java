package org.wfm.scheduler.bound;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.SyntheticProblems;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shortfall bound with skills ({@link QueueSplit}): small problems whose optimum is known by hand, the
 * pooled and split cases it must reproduce, and every roster of a tiny problem. Quarter-hour agent-intervals.
 */
class SkillBoundTest {

    private static final Duration QUARTER = LowerBoundTest.QUARTER;
    private static final LocalDate MONDAY = LowerBoundTest.MONDAY;
    private static final ZoneId UTC = LowerBoundTest.UTC;
    private static final ShiftType HOUR_AT_8 = LowerBoundTest.HOUR_AT_8;
    private static final ShiftType HOUR_AT_12 = LowerBoundTest.HOUR_AT_12;

    @Test
    void aQueueWithTooFewSkilledAgentsIsShortThoughTheTeamIsLargeEnough() {
        // A needs 2 and B needs 1 from 08:00 to 09:00; one agent answers A, three answer B: pooled, 4 agents cover
        // 3 needed; A can have its one agent only, 1 short in each of 4 intervals
        List<Agent> agents = List.of(Agent.of("a", Contract.NONE, "H8").withSkills("A"),
                Agent.of("b1", Contract.NONE, "H8").withSkills("B"), Agent.of("b2", Contract.NONE, "H8").withSkills("B"),
                Agent.of("b3", Contract.NONE, "H8").withSkills("B"));
        ScheduleProblem p = twoQueues(2.0, 1.0, agents);
        assertThat(LowerBound.of(crossTrained(p))).isEqualTo(new Bound(0, 0));
        assertThat(LowerBound.of(p).shortfall()).isEqualTo(4);
        assertThat(LowerBound.shortfall(p)).isEqualTo(4);
        // with 1.5 needed on A its one agent leaves 0.5 short per interval
        assertThat(LowerBound.of(twoQueues(1.5, 1.0, agents)).shortfall()).isEqualTo(2);
    }

    @Test
    void shortfallsOfDisjointTeamsAtDifferentTimesAddUp() {
        // A needs 2 at 08:00 and has one agent then (a8) and one idle at 12:00 (a12); B the other way round:
        // pooled, the idle agents cover the other queue, but no agent can; A is short 4, B 4, and no single set of
        // queues shows more than 4 (A and B together pool to 0)
        ScheduleProblem p = mirrored();
        assertThat(LowerBound.of(crossTrained(p)).shortfall()).isZero();
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(8, 0));
        assertThat(minimumShortfall(p, List.of(HOUR_AT_8, HOUR_AT_12))).isEqualTo(8);
    }

    @Test
    void disjointSkillSetsBoundLikeTheQueuesOneByOne() {
        // the hand problem: each queue alone is short 4
        ScheduleProblem p = mirrored();
        assertThat(LowerBound.of(p).shortfall())
                .isEqualTo(LowerBound.of(alone(p, 0)).shortfall() + LowerBound.of(alone(p, 1)).shortfall())
                .isEqualTo(8);
        // Wednesday of a generated three-queue week, each agent answering one queue (agent i: queue i mod 3)
        ScheduleProblem week = SyntheticProblems.multiSkillWeek(20, 3, 2);
        List<Agent> single = new ArrayList<>();
        for (int i = 0; i < week.agents().size(); i++) {
            single.add(week.agents().get(i).withSkills(week.queueIds().get(i % 3)));
        }
        ScheduleProblem disjoint = oneDay(week, 2, single);
        double separately = 0;
        for (int q = 0; q < 3; q++) {
            separately += LowerBound.of(alone(disjoint, q)).shortfall();
        }
        // each term is rounded to 1e-6 on its own
        assertThat(LowerBound.of(disjoint).shortfall()).isEqualTo(60.089474).isCloseTo(separately, within(3e-6));
        // pooled, the queues' shortfalls hide behind the others' idle agents
        assertThat(LowerBound.of(crossTrained(disjoint)).shortfall()).isEqualTo(4);
    }

    @Test
    void aFullyCrossTrainedTeamHasThePooledBound() {
        ScheduleProblem week = SyntheticProblems.multiSkillWeek(20, 3, 2);
        ScheduleProblem everyQueue = crossTrained(week);
        ScheduleProblem oneQueue = new ScheduleProblem(week.name(), week.zone(), week.interval(), week.start(),
                week.days(), week.requirements(), week.unplannedShrinkage(), week.shiftTypes(), everyQueue.agents());
        assertThat(LowerBound.of(everyQueue)).isEqualTo(LowerBound.of(oneQueue))
                .isEqualTo(new Bound(296.842105, 0));
        // as generated (single-skilled to fully cross-trained agents) no split of its queues beats pooling
        assertThat(LowerBound.of(week)).isEqualTo(new Bound(296.842105, 0));
    }

    @Test
    void thePartsSolvedAreTheSetsOfQueuesWithDemandThatTheWholeTeamDoesNotAlreadyHave() {
        List<Agent> agents = List.of(Agent.of("a", Contract.NONE, "H8").withSkills("A"),
                Agent.of("b", Contract.NONE, "H8").withSkills("B"));
        ScheduleProblem p = twoQueues(2.0, 1.0, agents);
        assertThat(QueueSplit.of(crossTrained(p)).subProblems()).isEmpty();
        assertThat(QueueSplit.of(p).subProblems()).extracting(ScheduleProblem::name).containsExactly("two[A]", "two[B]");
        assertThat(QueueSplit.of(p).subProblems().get(0).agents()).extracting(Agent::id).containsExactly("a");
        // an agent answering only C, which needs nobody, helps neither: A and B together are solved without it
        ScheduleProblem withC = ScheduleProblem.ofQueues("two", UTC, QUARTER, MONDAY, 1, List.of(p.queues().get(0),
                        p.queues().get(1), QueueDemand.of("C", series(new double[4]))), 0, List.of(HOUR_AT_8),
                List.of(agents.get(0), agents.get(1), Agent.of("c", Contract.NONE, "H8").withSkills("C")));
        assertThat(QueueSplit.of(withC).subProblems()).extracting(ScheduleProblem::name)
                .containsExactly("two[A]", "two[B]", "two[A+B]");
        // A is short 1 agent: pooled, c would cover it
        assertThat(LowerBound.of(crossTrained(withC)).shortfall()).isZero();
        assertThat(LowerBound.of(withC).shortfall()).isEqualTo(4);
    }

    @Test
    void beyondFourQueuesWithDemandOnlySingleQueuesAreParts() {
        // the mirrored A and B, and three queues needing 1 at 08:00 with one agent each: pooled, those three and
        // b8 cover 08:00's 5 needed, a12 and b12 12:00's 2; A and B alone are short 4 each
        List<QueueDemand> queues = new ArrayList<>(mirrored().queues());
        List<Agent> agents = new ArrayList<>(mirrored().agents());
        double[] one = new double[4];
        java.util.Arrays.fill(one, 1.0);
        for (String queue : List.of("C", "D", "E")) {
            queues.add(QueueDemand.of(queue, series(one)));
            agents.add(Agent.of(queue.toLowerCase(java.util.Locale.ROOT), Contract.NONE, "H8").withSkills(queue));
        }
        ScheduleProblem p = ScheduleProblem.ofQueues("five", UTC, QUARTER, MONDAY, 1, queues, 0,
                List.of(HOUR_AT_8, HOUR_AT_12), agents);
        assertThat(QueueSplit.of(p).subProblems()).extracting(ScheduleProblem::name)
                .containsExactly("five[A]", "five[B]", "five[C]", "five[D]", "five[E]");
        assertThat(LowerBound.of(crossTrained(p)).shortfall()).isZero();
        assertThat(LowerBound.of(p).shortfall()).isEqualTo(8);
    }

    @Test
    void theBoundIsAtMostTheShortfallOfEveryRosterOfATinyProblem() {
        // two-hour shifts starting 08:00 to 11:00 on the hour, 7 quarter-hours on the phones (a 15-minute break 30
        // to 60 minutes in); one agent answers A, one B, one both; A needs 2 from 08:00 to 10:00 and 1 to 12:00, B
        // 0.4 from 08:00 to 09:00 and 1 from 12:00 to 13:00. Pooled: 3 x 7 on the phones against 29.6 needed, 8.6
        // short. A alone has 2 x 7 against 24: 10 short (B alone can be covered), the split's bound
        ShiftType twoHours = ShiftType.of("T", LocalTime.of(8, 0), LocalTime.of(11, 0), Duration.ofHours(1),
                Duration.ofHours(2)).withBreaks(BreakRule.paid("break", QUARTER, Duration.ofMinutes(30),
                Duration.ofMinutes(60)));
        double[] a = {2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0};
        double[] b = {0.4, 0.4, 0.4, 0.4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        ScheduleProblem p = ScheduleProblem.ofQueues("tiny", UTC, QUARTER, MONDAY, 1,
                List.of(QueueDemand.of("A", series(a)), QueueDemand.of("B", series(b))), 0, List.of(twoHours),
                List.of(Agent.of("a", Contract.NONE, "T").withSkills("A"),
                        Agent.of("b", Contract.NONE, "T").withSkills("B"),
                        Agent.of("ab", Contract.NONE, "T").withSkills("A", "B")));
        assertThat(LowerBound.of(crossTrained(p)).shortfall()).isEqualTo(8.6);
        assertThat(LowerBound.of(p).shortfall()).isEqualTo(10);
        // the best of the 13^3 rosters
        assertThat(minimumShortfall(p, List.of(twoHours))).isCloseTo(11.6, within(1e-9));
    }

    /** A needs {@code a} and B needs {@code b} agents from 08:00 to 09:00 on Monday; one-hour shifts at 08:00. */
    private static ScheduleProblem twoQueues(double a, double b, List<Agent> agents) {
        double[] first = new double[4];
        double[] second = new double[4];
        java.util.Arrays.fill(first, a);
        java.util.Arrays.fill(second, b);
        return ScheduleProblem.ofQueues("two", UTC, QUARTER, MONDAY, 1,
                List.of(QueueDemand.of("A", series(first)), QueueDemand.of("B", series(second))), 0,
                List.of(HOUR_AT_8), agents);
    }

    /** A needs 2 from 08:00 to 09:00, B 2 from 12:00 to 13:00; each has one agent at each of those times. */
    private static ScheduleProblem mirrored() {
        double[] a = new double[20];
        double[] b = new double[20];
        java.util.Arrays.fill(a, 0, 4, 2.0);
        java.util.Arrays.fill(b, 16, 20, 2.0);
        return ScheduleProblem.ofQueues("mirrored", UTC, QUARTER, MONDAY, 1,
                List.of(QueueDemand.of("A", series(a)), QueueDemand.of("B", series(b))), 0,
                List.of(HOUR_AT_8, HOUR_AT_12),
                List.of(Agent.of("a8", Contract.NONE, "H8").withSkills("A"),
                        Agent.of("a12", Contract.NONE, "H12").withSkills("A"),
                        Agent.of("b8", Contract.NONE, "H8").withSkills("B"),
                        Agent.of("b12", Contract.NONE, "H12").withSkills("B")));
    }

    /** Agents per quarter-hour from Monday 08:00. */
    private static IntervalSeries series(double[] values) {
        IntervalSeries.Builder builder = IntervalSeries.builder(UTC, QUARTER);
        for (int i = 0; i < values.length; i++) {
            builder.add(MONDAY.atTime(8, 0).plusMinutes(15L * i), values[i]);
        }
        return builder.build();
    }

    /** The same problem with every agent answering every queue. */
    private static ScheduleProblem crossTrained(ScheduleProblem p) {
        return p.withAgents(p.agents().stream().map(Agent::withSkills).toList());
    }

    /** Queue {@code q} of the problem alone, as a problem without queues, with the agents skilled for it. */
    private static ScheduleProblem alone(ScheduleProblem p, int q) {
        QueueDemand queue = p.queues().get(q);
        List<Agent> agents = p.agents().stream().filter(a -> a.hasSkill(queue.id())).map(Agent::withSkills).toList();
        return new ScheduleProblem(p.name() + "-" + queue.id(), p.zone(), p.interval(), p.start(), p.days(),
                queue.requirements(), p.unplannedShrinkage(), p.shiftTypes(), agents);
    }

    /** Day {@code d} of a generated week as a one-day problem with these agents. */
    private static ScheduleProblem oneDay(ScheduleProblem week, int d, List<Agent> agents) {
        LocalDate date = week.start().plusDays(d);
        List<QueueDemand> queues = week.queues().stream().map(q -> new QueueDemand(q.id(), q.weight(),
                q.requirements().between(date, date.plusDays(1)))).toList();
        return ScheduleProblem.ofQueues(week.name() + "-day" + d, week.zone(), week.interval(), date, 1, queues,
                week.unplannedShrinkage(), week.shiftTypes(), agents);
    }

    /**
     * The least total shortfall over every roster of a one-day problem without contracts (each agent off or on
     * one shift of an allowed type, at any start and break position), as {@link RosterCheck#coverage} counts it.
     */
    private static double minimumShortfall(ScheduleProblem p, List<ShiftType> types) {
        List<List<Shift>> options = new ArrayList<>();
        for (Agent agent : p.agents()) {
            List<Shift> shifts = new ArrayList<>();
            shifts.add(null);
            for (ShiftType type : types) {
                if (agent.allows(type.id())) {
                    shifts.addAll(shifts(agent.id(), type));
                }
            }
            options.add(shifts);
        }
        return least(p, options, 0, new ArrayList<>());
    }

    private static double least(ScheduleProblem p, List<List<Shift>> options, int agent, List<Shift> chosen) {
        if (agent == options.size()) {
            return RosterCheck.coverage(p, chosen).stream().mapToDouble(Coverage::shortfall).sum();
        }
        double least = Double.MAX_VALUE;
        for (Shift shift : options.get(agent)) {
            if (shift != null) {
                chosen.add(shift);
            }
            least = Math.min(least, least(p, options, agent + 1, chosen));
            if (shift != null) {
                chosen.remove(chosen.size() - 1);
            }
        }
        return least;
    }

    /** Every shift of the type on Monday: each start, each position of its one break (if any). */
    private static List<Shift> shifts(String agent, ShiftType type) {
        List<Shift> shifts = new ArrayList<>();
        for (LocalTime time : type.startTimes()) {
            LocalDateTime start = MONDAY.atTime(time);
            LocalDateTime end = start.plus(type.length());
            if (type.breaks().isEmpty()) {
                shifts.add(new Shift(agent, type.id(), start, end, List.of()));
                continue;
            }
            BreakRule rule = type.breaks().get(0);
            for (Duration at = rule.earliest(); at.compareTo(rule.latest()) <= 0; at = at.plus(QUARTER)) {
                LocalDateTime from = start.plus(at);
                shifts.add(new Shift(agent, type.id(), start, end,
                        List.of(new ShiftBreak(rule.name(), from, from.plus(rule.length()), rule.paid()))));
            }
        }
        return shifts;
    }
}

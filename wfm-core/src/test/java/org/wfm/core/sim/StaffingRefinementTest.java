package org.wfm.core.sim;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.queue.ServiceGoal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The walk of {@link StaffingRefinement} on replayed calls (the log's handle times, callers who never hang up: every
 * replication alike), where each round's figures are worked out by hand.
 */
class StaffingRefinementTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDateTime EIGHT = LocalDateTime.of(2026, 1, 5, 8, 0);

    private static CallRecord call(String id, String queue, int second, int handleSeconds) {
        Instant a = EIGHT.plusSeconds(second).toInstant(ZoneOffset.UTC);
        return CallRecord.answered(id, queue, a, a, a.plusSeconds(handleSeconds), "X");
    }

    private static IntervalSeries agents(double... perQuarter) {
        IntervalSeries.Builder b = IntervalSeries.builder(UTC, QUARTER);
        for (int i = 0; i < perQuarter.length; i++) {
            b.add(EIGHT.plusMinutes(15L * i), perQuarter[i]);
        }
        return b.build();
    }

    /**
     * Queue a: three calls of 60 s at 08:00:00, :01, :02; with 3 agents all answered at once (SL 1), with 2 the
     * third waits to 08:01:00, 58 s (SL 2/3), with 1 two wait (SL 1/3). Goal: 60 % within 20 s. In the second quarter
     * queue a has no call: its 2 agents go one by one.
     */
    @Test
    void walksDownToTheFewestAgentsThatMeetTheGoalAndStopsThere() {
        List<CallRecord> log = List.of(call("c1", "a", 0, 60), call("c2", "a", 1, 60), call("c3", "a", 2, 60));
        Map<String, IntervalSeries> start = Map.of("a", agents(3, 2));
        Simulation simulation = Simulation.of(Arrivals.replay(log, UTC), Duty.staffing(start)).withReplications(3);
        ServiceGoal goal = ServiceGoal.serviceLevel(0.6, Duration.ofSeconds(20));

        StaffingRefinement.Result r = StaffingRefinement.refine(simulation, start, Map.of("a", goal),
                KpiDefinitions.defaults(), 20);

        // rounds: 3 (meets, lower) -> 2 (meets, lower) -> 1 (misses: back to 2, floor) -> 2 (meets, nothing to do);
        // the empty quarter: 2 -> 1 -> 0 over the first two rounds
        assertThat(r.rounds()).isEqualTo(4);
        assertThat(r.meetsGoal()).isTrue();
        assertThat(r.agents().get("a").values()).containsExactly(2, 0);
        assertThat(r.startAgents().get("a").values()).containsExactly(3, 2);
        assertThat(r.serviceLevel().get("a").values()).containsExactly(2.0 / 3);
        assertThat(r.start().serviceLevel().mean()).isEqualTo(1.0);
        assertThat(r.simulated().serviceLevel().mean()).isEqualTo(2.0 / 3);
        assertThat(StaffingRefinement.Result.agentHours(r.agents())).isEqualTo(0.5);
    }

    @Test
    void raisesAQueueThatMissesItsGoalUntilItMeetsIt() {
        List<CallRecord> log = List.of(call("c1", "a", 0, 60), call("c2", "a", 1, 60), call("c3", "a", 2, 60));
        Map<String, IntervalSeries> start = Map.of("a", agents(1));
        Simulation simulation = Simulation.of(Arrivals.replay(log, UTC), Duty.staffing(start)).withReplications(2);
        ServiceGoal all = ServiceGoal.serviceLevel(0.9, Duration.ofSeconds(20));

        StaffingRefinement.Result r = StaffingRefinement.refine(simulation, start, Map.of("a", all),
                KpiDefinitions.defaults(), 10);
        // 1 (SL 1/3) -> 2 (2/3) -> 3 (1: meets, lower) -> 2 (misses: back to 3, floor) -> 3 (meets, stop)
        assertThat(r.agents().get("a").values()).containsExactly(3);
        assertThat(r.rounds()).isEqualTo(5);

        StaffingRefinement.Result tooFew = StaffingRefinement.refine(simulation, start, Map.of("a", all),
                KpiDefinitions.defaults(), 2);
        assertThat(tooFew.meetsGoal()).isFalse();
        // the last staffing simulated (2 agents, SL 2/3), with its own simulation: not the unsimulated next step
        assertThat(tooFew.agents().get("a").values()).containsExactly(2);
        assertThat(tooFew.simulated().serviceLevel().mean()).isEqualTo(2.0 / 3);
        assertThat(tooFew.serviceLevel().get("a").values()).containsExactly(2.0 / 3);
    }

    @Test
    void goalsMustBeCountedAsTheSimulationCountsThem() {
        List<CallRecord> log = List.of(call("c1", "a", 0, 60));
        Map<String, IntervalSeries> start = Map.of("a", agents(1));
        Simulation simulation = Simulation.of(Arrivals.replay(log, UTC), Duty.staffing(start));
        assertThatThrownBy(() -> StaffingRefinement.refine(simulation, start,
                Map.of("a", ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(10))), KpiDefinitions.defaults(), 5))
                .hasMessage("queue 'a': the service level of its goal (80% answered within 10 s) is not counted as the"
                        + " simulation counts it (within 20 s, of offered calls): give every queue the same"
                        + " answerWithin and slBasis");
        assertThatThrownBy(() -> StaffingRefinement.refine(simulation, start, Map.of(), KpiDefinitions.defaults(), 5))
                .hasMessage("queue 'a' has no goal");
    }
}

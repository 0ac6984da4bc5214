package org.wfm.core.queue;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StaffingTest {

    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final ServiceGoal EIGHTY_TWENTY = ServiceGoal.serviceLevel(0.8, TWENTY_SECONDS);
    private static final Staffing ERLANG_C = Staffing.of(EIGHTY_TWENTY);
    private static final QueueModel PATIENT = QueueModel.erlangA(Duration.ofSeconds(90));

    @Test
    void primerExample() {
        double workload = IntervalCalls.workload(100, 180, Duration.ofMinutes(30));
        ExpectedService service = ERLANG_C.solve(workload, 180);

        assertThat(workload).isEqualTo(10);
        assertThat(service.agents()).isEqualTo(14);
        // QueueModelTest checks the figures of 14 agents: SL 0.8884, ASA 7.84 s, occupancy 0.714.
        assertThat(service).isEqualTo(QueueModel.erlangC().evaluate(10, 180, 14, TWENTY_SECONDS));
        assertThat(ERLANG_C.evaluate(workload, 180, 13).serviceLevel()).isLessThan(0.8);
    }

    /**
     * The required number is the smallest meeting the goal: one agent fewer misses it, for every model. With short
     * patience at 10,000 Erlangs, 80/20 needs fewer agents than the load: the search must also go down.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1, 2.5, 10, 37.2, 150, 999.9, 2000, 10_000})
    void requiredAgentsAreTheFewestMeetingTheGoal(double workload) {
        for (Staffing staffing : List.of(ERLANG_C, ERLANG_C.withModel(PATIENT),
                Staffing.of(PATIENT, ServiceGoal.asa(Duration.ofSeconds(15))),
                Staffing.of(PATIENT, EIGHTY_TWENTY.withBasis(ServiceLevelBasis.EXCLUDING_SHORT_ABANDONS)),
                Staffing.of(PATIENT, ServiceGoal.abandonRate(0.03).withMaxOccupancy(0.9)),
                Staffing.of(ServiceGoal.asa(Duration.ofSeconds(10)).withMaxOccupancy(0.85)))) {
            ExpectedService service = staffing.solve(workload, 240);
            assertThat(staffing.goal().isMetBy(service)).isTrue();
            assertThat(staffing.goal().isMetBy(staffing.evaluate(workload, 240, service.agents() - 1)))
                    .as("%s with one agent fewer than %s", staffing, service).isFalse();
            assertThat(service).isEqualTo(staffing.evaluate(workload, 240, service.agents()));
        }
    }

    @Test
    void occupancyCapCanDecide() {
        Staffing capped = Staffing.of(EIGHTY_TWENTY.withMaxOccupancy(0.85));

        // 80/20 alone needs about A + a few agents at 1000 Erlangs, far above 85 % occupancy.
        assertThat(ERLANG_C.requiredAgents(1000, 180)).isLessThan(1100);
        assertThat(capped.requiredAgents(1000, 180)).isEqualTo(1177);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10_000, 20_000})
    void staysFiniteAndNearSquareRootStaffingAtLargeLoads(double workload) {
        ExpectedService c = ERLANG_C.solve(workload, 180);
        ExpectedService a = ERLANG_C.withModel(QueueModel.erlangA(Duration.ofSeconds(300))).solve(workload, 180);

        // Square-root staffing N ~ A + beta*sqrt(A) with beta well under 1 for 80/20 at this size.
        assertThat(c.agents()).isBetween((int) workload + 1, (int) (workload + Math.sqrt(workload)));
        assertThat(c.serviceLevel()).isBetween(0.8, 0.9);
        assertThat(c.asa()).isFinite();
        assertThat(a.agents()).isLessThanOrEqualTo(c.agents());
        assertThat(a.serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(a.abandonRate().orElseThrow()).isBetween(0.0, 0.2);
    }

    @Test
    void noCallsNeedNoAgents() {
        ExpectedService service = ERLANG_C.solve(0, 180);

        assertThat(service.agents()).isZero();
        assertThat(service.serviceLevel()).isEqualTo(1);
    }

    @Test
    void abandonGoalNeedsPatience() {
        assertThatThrownBy(() -> Staffing.of(ServiceGoal.abandonRate(0.05)))
                .hasMessage("an abandon-rate goal needs a model with patience (Erlang A)");
    }

    @Test
    void plansASeriesWithShrinkage() {
        LocalDateTime monday = LocalDateTime.of(2026, 1, 5, 8, 0);
        List<IntervalCalls> demand = List.of(IntervalCalls.of(monday, 100, 180),
                IntervalCalls.of(monday.plusMinutes(30), 0, 180), IntervalCalls.of(monday.plusMinutes(60), 200, 90));

        List<IntervalStaffing> rows = ERLANG_C.withShrinkage(Shrinkage.of(0.3)).plan(demand, Duration.ofMinutes(30));

        // The third interval has the same workload but shorter calls: 20 s is a longer wait relative to AHT.
        assertThat(rows).extracting(IntervalStaffing::agents).containsExactly(14, 0, 13);
        assertThat(rows).extracting(IntervalStaffing::plannedAgents).containsExactly(20, 0, 19);
        assertThat(rows.get(0).planned()).isCloseTo(20, within(1e-12));
        assertThat(rows.get(2).workload()).isEqualTo(10);
        assertThat(rows.get(0).requirement()).isEqualTo(Requirement.of(monday, 14));
        assertThat(rows.get(0).toString()).isEqualTo("2026-01-05T08:00 100 calls x 180 s: 14 agents for 10 "
                + "Erlangs: SL 88.84% in 20s, ASA 7.84 s, occupancy 71.4%, P(wait) 0.1741; planned 20");
    }

    @Test
    void plansAForecastSeries() {
        LocalDateTime monday = LocalDateTime.of(2026, 1, 5, 8, 0);
        IntervalSeries calls = IntervalSeries.of(Duration.ofMinutes(30), Map.of(monday, 100.0, monday.plusHours(1), 200.0));
        IntervalSeries aht = IntervalSeries.of(Duration.ofMinutes(30), Map.of(monday.plusHours(1), 90.0));

        List<IntervalStaffing> rows = ERLANG_C.plan(calls, aht, 180);

        assertThat(rows).extracting(IntervalStaffing::start).containsExactly(monday, monday.plusHours(1));
        assertThat(rows).extracting(IntervalStaffing::ahtSeconds).containsExactly(180.0, 90.0);
        assertThat(rows).extracting(IntervalStaffing::agents).containsExactly(14, 13);
        assertThat(ERLANG_C.plan(calls, 180)).extracting(IntervalStaffing::agents).containsExactly(14, 24);
    }

    @Test
    void shrinkageCompoundsAndRoundsUp() {
        Shrinkage shrinkage = Shrinkage.none().with("sick", 0.05).with("meetings", 0.03);

        assertThat(shrinkage.total()).isCloseTo(0.0785, within(1e-15));
        assertThat(shrinkage.planned(14)).isCloseTo(14 / 0.9215, within(1e-12));
        assertThat(shrinkage.plannedAgents(14)).isEqualTo(16);
        assertThat(Shrinkage.of(0.3).plannedAgents(14)).isEqualTo(20);
        assertThat(Shrinkage.none().plannedAgents(14)).isEqualTo(14);
        assertThat(new Shrinkage(Map.of("sick", 0.1)).toString()).isEqualTo("shrinkage 10% (sick 10%)");
        assertThat(Shrinkage.none().toString()).isEqualTo("no shrinkage");
        assertThat(Shrinkage.of(0.3).toString()).isEqualTo("shrinkage 30%");
        assertThat(Shrinkage.none().with("sick", 0.05).with("meetings", 0.03).toString())
                .isEqualTo("shrinkage 7.85% (sick 5%, meetings 3%)");
        assertThatThrownBy(() -> Shrinkage.of(1)).hasMessage("shrinkage 'shrinkage' must be in [0, 1), got 1.0");
    }

    @Test
    void serviceGoalValidatesAndReads() {
        ServiceGoal goal = EIGHTY_TWENTY.withMaxOccupancy(0.85).withMaxAsa(Duration.ofSeconds(15));

        assertThat(goal.toString()).isEqualTo("80% answered within 20 s, ASA <= 15 s, occupancy <= 85%");
        assertThat(goal.withBasis(ServiceLevelBasis.ANSWERED).toString()).startsWith("80% answered within 20 s (answered)");
        assertThatThrownBy(() -> ServiceGoal.serviceLevel(1, TWENTY_SECONDS))
                .hasMessage("service level target must be between 0 and 1 (exclusive), got 1.0");
        assertThatThrownBy(() -> ServiceGoal.asa(Duration.ZERO)).hasMessage("ASA target must be more than 0 s, got PT0S");
        assertThatThrownBy(() -> ServiceGoal.abandonRate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EIGHTY_TWENTY.withMaxOccupancy(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAWorkloadBeyondTheLimitInsteadOfOverflowing() {
        double workload = IntervalCalls.workload(1e12, 180, Duration.ofMinutes(30));
        assertThatThrownBy(() -> ERLANG_C.solve(workload, 180))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workload of 100000000000 Erlangs is more than the 100000 wfm staffs in one interval "
                        + "(check the calls, the AHT and the interval length)");
        assertThatThrownBy(() -> ERLANG_C.evaluate(10, 180, 100_001))
                .hasMessage("agents must be 0 to 100000, got 100001");
        assertThat(ERLANG_C.solve(100_000, 180).agents()).isGreaterThan(100_000);
    }
}

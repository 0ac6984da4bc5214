package org.wfm.core.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;
import org.wfm.core.calls.Outcome;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Staffing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulator against the exact formulas in steady state, and its rules on small cases worked out by hand. The
 * stationary checks run a day of constant arrivals and agents (96 quarter-hours, 50 calls each, AHT 180 s: 10
 * Erlangs) with a fixed seed; the tolerance is the width of the 95 % confidence interval over the replications (twice
 * its half-width), which also covers the small bias of a day that starts empty and ends with callers cut off.
 */
class SimulationTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 0, 0);

    @TempDir
    Path dir;

    private static IntervalSeries constant(int intervals, double value) {
        Map<LocalDateTime, Double> values = new TreeMap<>();
        for (int i = 0; i < intervals; i++) {
            values.put(MONDAY.plusMinutes(15L * i), value);
        }
        return IntervalSeries.of(ZoneOffset.UTC, QUARTER, values);
    }

    /** The stationary day: 96 quarter-hours of 50 calls at AHT 180 s (10 Erlangs), 40 replications, seed 7. */
    static Simulation day(int agents) {
        return Simulation.of(constant(96, 50), null, 180, constant(96, agents)).withReplications(40).withSeed(7);
    }

    static ExpectedService exact(QueueModel model, int agents) {
        return Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20))).withModel(model).evaluate(10, 180, agents);
    }

    private static void assertWithin(Estimate simulated, double exact) {
        assertThat(Math.abs(simulated.mean() - exact)).as("%s against %s", simulated, exact)
                .isLessThanOrEqualTo(simulated.high() - simulated.low());
    }

    @Test
    void steadyStateMatchesErlangC() {
        SimulationResult r = day(14).run(KpiDefinitions.defaults());
        ExpectedService c = exact(QueueModel.erlangC(), 14); // SL 88.84 %, ASA 7.84 s, occupancy 71.4 %
        assertWithin(r.serviceLevel(), c.serviceLevel());
        assertWithin(r.asa(), c.asa());
        assertWithin(r.occupancy(), c.occupancy());
        assertThat(r.abandonRate().mean()).isLessThan(0.001); // only callers cut off at midnight
        assertThat(r.replications()).hasSize(40);
    }

    @Test
    void steadyStateWithPatienceMatchesErlangA() {
        SimulationResult r = day(12).withPatience(CallerPatience.exponential(Duration.ofSeconds(90)))
                .run(KpiDefinitions.defaults());
        ExpectedService a = exact(QueueModel.erlangA(Duration.ofSeconds(90)), 12); // SL 84.10 %, abandon 6.76 %
        assertWithin(r.serviceLevel(), a.serviceLevel());
        assertWithin(r.abandonRate(), a.abandonRate().getAsDouble());
        assertWithin(r.asa(), a.asa());
    }

    @Test
    void forecastsPerQueueArriveWithTheirOwnHandleTimes() {
        IntervalSeries calls = constant(96, 50);
        Forecast service = new Forecast("test", calls, Optional.of(calls.map(c -> 180)), Optional.empty(),
                Optional.empty());
        Forecast sales = new Forecast("test", calls, Optional.of(calls.map(c -> 360)), Optional.empty(),
                Optional.empty());
        Duty duty = Duty.staffing(Map.of("service", constant(96, 14), "sales", constant(96, 30)));
        SimulationResult byForecast = Simulation.of(Arrivals.of(Map.of("service", service, "sales", sales)), duty)
                .withReplications(3).withSeed(7).run(KpiDefinitions.defaults());
        SimulationResult bySeries = Simulation.of(Arrivals.forecast(Map.of("service", calls, "sales", calls),
                        Map.of("service", calls.map(c -> 180), "sales", calls.map(c -> 360)), Double.NaN), duty)
                .withReplications(3).withSeed(7).run(KpiDefinitions.defaults());
        assertThat(byForecast.byQueue()).isEqualTo(bySeries.byQueue());
        Forecast noAht = new Forecast("test", calls, Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> Arrivals.of(Map.of("sales", noAht)))
                .hasMessageContaining("has calls but no average handle time");
    }

    @Test
    void theSameSeedGivesTheSameCallersWhateverTheStaffing() {
        List<CallRecord> twelve = day(12).records(3);
        List<CallRecord> fourteen = day(14).records(3);
        assertThat(day(12).records(3)).isEqualTo(twelve);
        assertThat(fourteen).extracting(CallRecord::arrived).isEqualTo(twelve.stream().map(CallRecord::arrived).toList());
        assertThat(day(12).records(4)).extracting(CallRecord::arrived)
                .isNotEqualTo(twelve.stream().map(CallRecord::arrived).toList());
        assertThat(day(12).withSeed(8).records(3)).isNotEqualTo(twelve);
    }

    @Test
    void theRecordsOfAReplicationGiveItsFiguresThroughTheKpiCode() throws IOException {
        Simulation sim = day(12).withPatience(CallerPatience.exponential(Duration.ofSeconds(90))).withReplications(2);
        SimulationResult result = sim.run(KpiDefinitions.defaults());
        Path file = dir.resolve("calls.csv");
        CallRecords.write(file, sim.records(0), ZoneOffset.UTC);
        try (Stream<CallRecord> read = CallRecords.read(file)) {
            Kpis again = Kpis.of(read::iterator, KpiDefinitions.defaults().withInterval(QUARTER));
            Kpis first = result.replications().get(0);
            assertThat(again.total().offered()).isEqualTo(first.total().offered());
            assertThat(again.total().answeredWithin()).isEqualTo(first.total().answeredWithin());
            assertThat(again.total().serviceLevel()).isEqualTo(first.total().serviceLevel());
            assertThat(again.total().asa()).isEqualTo(first.total().asa());
            assertThat(again.total().abandonRate()).isEqualTo(first.total().abandonRate());
            assertThat(again.byInterval()).hasSameSizeAs(first.byInterval());
        }
    }

    @Test
    void anAgentOnACallWhenItsTimeIsUpFinishesTheCall() {
        // one agent in the first quarter-hour only; calls every few seconds: the last one answered runs over
        Simulation sim = Simulation.of(constant(1, 200), null, 600, constant(1, 1)).withReplications(1).withSeed(1);
        SimulationResult r = sim.run(KpiDefinitions.defaults());
        List<CallRecord> calls = sim.records(0);
        CallRecord last = calls.stream().filter(c -> c.outcome() == Outcome.ANSWERED)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.ended()).isAfter(MONDAY.plusMinutes(15).toInstant(ZoneOffset.UTC));
        assertThat(r.lateBreakMinutes()).isZero();
        assertThat(r.overrunMinutes()).isCloseTo(   // the records are to the millisecond
                Duration.between(MONDAY.plusMinutes(15).toInstant(ZoneOffset.UTC), last.ended()).toMillis() / 60_000.0,
                org.assertj.core.data.Offset.offset(1e-4));
        // everyone still waiting at the end of the horizon counts as abandoned then
        assertThat(calls.stream().filter(c -> c.outcome() == Outcome.ABANDONED))
                .allMatch(c -> c.ended().equals(MONDAY.plusMinutes(15).toInstant(ZoneOffset.UTC)));
        assertThat(calls.stream().filter(c -> c.outcome() == Outcome.ANSWERED)).hasSizeLessThan(calls.size());
    }

    @Test
    void inputsThatDisagreeAreRefused() {
        IntervalSeries halfHours = IntervalSeries.of(ZoneOffset.UTC, Duration.ofMinutes(30), Map.of(MONDAY, 10.0));
        assertThatThrownBy(() -> Simulation.of(constant(4, 50), null, 180, halfHours))
                .hasMessage("the forecast's intervals of PT15M differ from the staffing's PT30M");
        assertThatThrownBy(() -> Simulation.of(constant(4, 50), null, 180, constant(2, 10)))
                .hasMessage("the forecast's interval 2026-01-05T00:30 lies outside the staffing's horizon "
                        + "2026-01-05T00:00..2026-01-05T00:15");
        assertThatThrownBy(() -> Simulation.of(constant(1, 50), null, 180, constant(1, 2.5)))
                .hasMessage("agents at 2026-01-05T00:00 must be a whole number from 0 to 100000, got 2.5");
        assertThatThrownBy(() -> Simulation.of(constant(1, 50), null, Double.NaN, constant(1, 2)))
                .hasMessageStartingWith("the interval 2026-01-05T00:00 has calls but no average handle time");
    }

    @Test
    void estimatesAreStudentTIntervalsOfTheMean() {
        Estimate e = Estimate.of(new double[]{1, 2, 3, Double.NaN});
        assertThat(e.mean()).isEqualTo(2);
        assertThat(e.replications()).isEqualTo(3);
        // t(0.975, 2) = 4.302653, standard error 1 / sqrt(3)
        assertThat(e.high() - e.mean()).isCloseTo(4.302653 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Estimate.of(new double[]{Double.NaN}).defined()).isFalse();
    }
}

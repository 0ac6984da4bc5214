package org.wfm.core.bench;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Routing;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationResult;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Simulation speed: a week of 15-minute intervals (7 x 96) at 50 calls each (10 Erlangs at AHT 180 s), 12 agents,
 * exponential patience of 90 s, 100 replications, five times: simulated calls per second of the event loop (one
 * core) and the whole run with the KPIs of every replication. Then the same calls split over two routed queues
 * (service 30 calls a quarter, sales 20 at priority 2; service overflows to the sales group after 20 s and goes to
 * voicemail after 2 minutes) and two groups of 6 agents. Run:
 * <pre>
 * mvn -q -o -pl wfm-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt
 * java -cp "wfm-core/target/test-classes:wfm-core/target/classes:$(cat /tmp/core-cp.txt)" \
 *     org.wfm.core.bench.SimulationBenchmark
 * </pre>
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        Map<LocalDateTime, Double> calls = new TreeMap<>();
        Map<LocalDateTime, Double> agents = new TreeMap<>();
        LocalDateTime monday = LocalDateTime.of(2026, 1, 5, 0, 0);
        for (int i = 0; i < 7 * 96; i++) {
            calls.put(monday.plusMinutes(15L * i), 50.0);
            agents.put(monday.plusMinutes(15L * i), 12.0);
        }
        Duration quarter = Duration.ofMinutes(15);
        Simulation simulation = Simulation.of(IntervalSeries.of(ZoneOffset.UTC, quarter, calls), null, 180,
                IntervalSeries.of(ZoneOffset.UTC, quarter, agents)).withPatience(CallerPatience.exponential(
                Duration.ofSeconds(90))).withReplications(100).withSeed(1);
        measure("one queue", simulation);
        Map<LocalDateTime, Double> service = new TreeMap<>();
        Map<LocalDateTime, Double> sales = new TreeMap<>();
        Map<LocalDateTime, Double> six = new TreeMap<>();
        calls.keySet().forEach(t -> {
            service.put(t, 30.0);
            sales.put(t, 20.0);
            six.put(t, 6.0);
        });
        IntervalSeries groupOfSix = IntervalSeries.of(ZoneOffset.UTC, quarter, six);
        Routing routing = new Routing(List.of(
                new Routing.Queue("service", 1, List.of(new Routing.Step("service", Duration.ZERO),
                        new Routing.Step("sales", Duration.ofSeconds(20))), Duration.ofMinutes(2)),
                new Routing.Queue("sales", 2, List.of(new Routing.Step("sales", Duration.ZERO)), null)));
        Simulation routed = Simulation.of(Arrivals.forecast(Map.of(
                                "service", IntervalSeries.of(ZoneOffset.UTC, quarter, service),
                                "sales", IntervalSeries.of(ZoneOffset.UTC, quarter, sales)), Map.of(), 180),
                        Duty.staffing(Map.of("service", groupOfSix, "sales", groupOfSix)))
                .withRouting(routing).withPatience(CallerPatience.exponential(Duration.ofSeconds(90)))
                .withReplications(100).withSeed(1);
        measure("two routed queues", routed);
    }

    private static void measure(String name, Simulation simulation) {
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            SimulationResult result = simulation.run(KpiDefinitions.defaults());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s, run %d: %,d calls, event loop %,.0f calls/s, %.2f s with the KPIs of"
                            + " 100 replications (%,.0f calls/s); SL %s, voicemail %s%n", name, run, result.calls(),
                    result.callsPerSecond(), seconds, result.calls() / seconds, result.serviceLevel(),
                    result.voicemailRate());
        }
    }
}

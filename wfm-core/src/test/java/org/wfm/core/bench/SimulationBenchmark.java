package org.wfm.core.bench;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationResult;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Simulation speed: a week of 15-minute intervals (7 x 96) at 50 calls each (10 Erlangs at AHT 180 s), 12 agents,
 * exponential patience of 90 s, 100 replications, five times: simulated calls per second of the event loop (one
 * core) and the whole run with the KPIs of every replication. Run:
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
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            SimulationResult result = simulation.run(KpiDefinitions.defaults());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %,d calls, event loop %,.0f calls/s, %.2f s with the KPIs of 100"
                    + " replications (%,.0f calls/s); SL %s%n", run, result.calls(), result.callsPerSecond(), seconds,
                    result.calls() / seconds, result.serviceLevel());
        }
    }
}

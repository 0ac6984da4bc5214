package org.wfm.core.sim;

import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.QueueModel;

import java.time.Duration;
import java.util.Locale;

/**
 * The figures behind the stationary tests ({@link SimulationTest}, {@link RoutingSimulationTest}): each simulated
 * figure's mean and 95 % interval against the exact formula, the deviation and the interval's width (the tests'
 * tolerance). Run:
 * <pre>
 * mvn -q -o -pl wfm-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt
 * java -cp "wfm-core/target/test-classes:wfm-core/target/classes:$(cat /tmp/core-cp.txt)" \
 *     org.wfm.core.sim.SteadyStateReport
 * </pre>
 */
public final class SteadyStateReport {

    private SteadyStateReport() {
    }

    public static void main(String[] args) {
        System.out.println("| case | figure | exact | simulated (95 % interval) | deviation | interval width |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        SimulationResult c = SimulationTest.day(14).run(KpiDefinitions.defaults());
        ExpectedService erlangC = SimulationTest.exact(QueueModel.erlangC(), 14);
        row("Erlang C, 10 Erlangs, 14 agents", "service level", erlangC.serviceLevel(), c.serviceLevel(), 100);
        row("", "ASA (s)", erlangC.asa(), c.asa(), 1);
        row("", "occupancy", erlangC.occupancy(), c.occupancy(), 100);
        SimulationResult a = SimulationTest.day(12).withPatience(CallerPatience.exponential(Duration.ofSeconds(90)))
                .run(KpiDefinitions.defaults());
        ExpectedService erlangA = SimulationTest.exact(QueueModel.erlangA(Duration.ofSeconds(90)), 12);
        row("Erlang A, 12 agents, patience 90 s", "service level", erlangA.serviceLevel(), a.serviceLevel(), 100);
        row("", "abandon rate", erlangA.abandonRate().getAsDouble(), a.abandonRate(), 100);
        row("", "ASA (s)", erlangA.asa(), a.asa(), 1);
        SimulationResult pooled = RoutingSimulationTest.pooled().run(KpiDefinitions.defaults());
        row("two queues, two groups of 7, overflow at 0 s", "service level", erlangC.serviceLevel(),
                pooled.serviceLevel(), 100);
        row("", "ASA (s)", erlangC.asa(), pooled.asa(), 1);
    }

    private static void row(String name, String figure, double exact, Estimate e, double scale) {
        String unit = scale == 100 ? " %" : "";
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f%s | %.2f%s (%.2f-%.2f) | %+.2f | %.2f |%n", name, figure,
                scale * exact, unit, scale * e.mean(), unit, scale * e.low(), scale * e.high(),
                scale * (e.mean() - exact), scale * (e.high() - e.low()));
    }
}

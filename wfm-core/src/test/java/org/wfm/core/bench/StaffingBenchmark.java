package org.wfm.core.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.IntervalStaffing;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Staffing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Staffing speed: a week of 15-minute intervals (672) with loads spread from 1 to 2,000 Erlangs, and single
 * solves at 10,000 Erlangs. Not a unit test (surefire never runs it). Run:
 * <pre>
 * mvn -q -o -Dwfm.target=target-x -pl wfm-core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.wfm.core.bench.StaffingBenchmark"
 * </pre>
 * (append a regular expression to the arguments, e.g. {@code ErlangC}, to run only some).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StaffingBenchmark {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final double AHT = 240;

    private final Staffing erlangC = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
    private final Staffing erlangA = erlangC.withModel(QueueModel.erlangA(Duration.ofSeconds(120)));
    private final List<IntervalCalls> week = week();

    /** 672 intervals; loads 1 to 2,000 Erlangs in a shuffled but fixed order. */
    private static List<IntervalCalls> week() {
        List<IntervalCalls> demand = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 0, 0);
        double callsPerErlang = QUARTER.getSeconds() / AHT;
        for (int i = 0; i < 672; i++) {
            double erlangs = 1 + 1999.0 * ((i * 389L) % 672) / 671;
            demand.add(IntervalCalls.of(start.plus(QUARTER.multipliedBy(i)), erlangs * callsPerErlang, AHT));
        }
        return demand;
    }

    @Benchmark
    public List<IntervalStaffing> weekOf672IntervalsErlangC() {
        return erlangC.plan(week, QUARTER);
    }

    @Benchmark
    public int oneSolveOf10000ErlangsErlangC() {
        return erlangC.requiredAgents(10_000, AHT);
    }

    @Benchmark
    public int oneSolveOf10000ErlangsErlangA() {
        return erlangA.requiredAgents(10_000, AHT);
    }

    @Benchmark
    public List<IntervalStaffing> weekOf672IntervalsErlangA() {
        return erlangA.plan(week, QUARTER);
    }

    /** Runs every benchmark here, or those matching the regular expression given as the argument. */
    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : StaffingBenchmark.class.getSimpleName();
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}

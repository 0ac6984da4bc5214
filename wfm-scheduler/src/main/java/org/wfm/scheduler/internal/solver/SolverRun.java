package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfm.scheduler.internal.domain.Schedule;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * One solve: the best schedule found with the solver's speed and time. It reads the speed from OptaPlanner's
 * implementation (the public API does not expose it), which is why it lives here with the other extension points.
 *
 * @param best                  the best schedule found
 * @param scoreCalculationSpeed score calculations per second over the whole solve
 * @param solveTime             wall-clock time spent solving
 */
public record SolverRun(Schedule best, long scoreCalculationSpeed, Duration solveTime) {

    /** Progress is logged under the public scheduler's name, which is what users configure. */
    private static final Logger LOG = LoggerFactory.getLogger("org.wfm.scheduler.Scheduler");

    /**
     * Solves {@code schedule} with {@code config}, logging best-score improvements and handing the best schedule and
     * the time spent to {@code onBest}, both at most about once a second.
     */
    public static SolverRun solve(Schedule schedule, SolverConfig config, BiConsumer<Schedule, Duration> onBest) {
        Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
        long[] lastLog = {0};
        solver.addEventListener(event -> {
            long now = System.nanoTime();
            if (now - lastLog[0] >= 1_000_000_000L) {
                lastLog[0] = now;
                LOG.info("best score {} after {} ms", event.getNewBestScore(), event.getTimeMillisSpent());
                onBest.accept(event.getNewBestSolution(), Duration.ofMillis(event.getTimeMillisSpent()));
            }
        });
        long started = System.nanoTime();
        Schedule best = solver.solve(schedule);
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        long speed = ((DefaultSolver<Schedule>) solver).getSolverScope().getScoreCalculationSpeed();
        LOG.info("solved: score {} in {} ms, {} score calculations per second", best.getScore(), spent.toMillis(),
                speed);
        return new SolverRun(best, speed, spent);
    }
}

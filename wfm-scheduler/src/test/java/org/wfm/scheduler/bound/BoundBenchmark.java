package org.wfm.scheduler.bound;

import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SyntheticProblems;

import java.util.Locale;

/**
 * Times {@link LowerBound#of} on synthetic weeks (not a unit test: run it by hand).
 *
 * <pre>java -cp ... org.wfm.scheduler.bound.BoundBenchmark [agents...]</pre>
 * Defaults to 60 and 400 agents; each size is solved twice, the second run timed after the JIT warm-up.
 */
public final class BoundBenchmark {

    private BoundBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{60, 400} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int agents : sizes) {
            ScheduleProblem problem = SyntheticProblems.week(agents, 1);
            for (int run = 1; run <= 2; run++) {
                long t0 = System.nanoTime();
                Bound bound = LowerBound.of(problem);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%d agents, run %d: %.2f s, %s, planned demand %.1f%n",
                        agents, run, seconds, bound, problem.plannedDemand());
            }
        }
    }
}

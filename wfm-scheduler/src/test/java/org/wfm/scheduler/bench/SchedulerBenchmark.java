package org.wfm.scheduler.bench;

import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SyntheticProblems;
import org.wfm.scheduler.bound.Bound;
import org.wfm.scheduler.bound.LowerBound;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The scheduler's targets on generated weeks: solves each size within its time limit, checks the roster with
 * {@link RosterCheck}, and prints score, speed, shortfall, the lower bound and the gap.
 *
 * <p>Run (arguments: {@code agents:seconds} pairs, default {@code 60:60 400:120}):
 * <pre>
 * mvn -q -o -Dwfm.target=target-sched -pl wfm-scheduler -am test-compile
 * java -cp "wfm-scheduler/target-sched/test-classes:wfm-scheduler/target-sched/classes:wfm-core/target-sched/classes:$(cat /tmp/sched-cp.txt)" \
 *     org.wfm.scheduler.bench.SchedulerBenchmark 60:60 400:120
 * </pre>
 * where {@code /tmp/sched-cp.txt} comes from
 * {@code mvn -q -o -Dwfm.target=target-sched -pl wfm-scheduler dependency:build-classpath -Dmdep.outputFile=/tmp/sched-cp.txt}.
 */
public final class SchedulerBenchmark {

    private SchedulerBenchmark() {
    }

    public static void main(String[] args) {
        String[] runs = args.length > 0 ? args : new String[]{"60:60", "400:120"};
        for (String run : runs) {
            String[] parts = run.split(":");
            int agents = Integer.parseInt(parts[0]);
            Duration limit = Duration.ofSeconds(Long.parseLong(parts[1]));
            long seed = parts.length > 2 ? Long.parseLong(parts[2]) : 1;
            ScheduleProblem problem = SyntheticProblems.week(agents, seed);
            SolveResult result = Scheduler.solve(problem, SolveOptions.of(limit).withSeed(seed));
            Roster roster = result.roster();
            List<RosterCheck.Violation> violations = RosterCheck.check(problem, roster);
            Bound bound = LowerBound.of(problem);
            double demand = problem.plannedDemand();
            System.out.printf(Locale.ROOT, "%d agents, %s: %s%n  checker: %d violation(s)%s%n"
                            + "  shortfall %.1f, bound %.1f, planned demand %.1f agent-intervals, gap %.2f %%%n",
                    agents, limit, result, violations.size(), violations.isEmpty() ? "" : " e.g. " + violations.get(0),
                    roster.summary().shortfall(), bound.shortfall(), demand,
                    100 * (roster.summary().shortfall() - bound.shortfall()) / demand);
        }
    }
}

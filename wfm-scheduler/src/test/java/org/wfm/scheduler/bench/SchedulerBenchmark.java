package org.wfm.scheduler.bench;

import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SyntheticProblems;
import org.wfm.scheduler.bound.Bound;
import org.wfm.scheduler.bound.LowerBound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scheduler's targets on generated weeks: solves each week within its time limit, checks the roster with
 * {@link RosterCheck}, and prints score, speed, shortfall, the lower bound and the gap, then surplus against the
 * LP's surplus bound and paid hours.
 *
 * <p>Arguments: {@code [kind:]agents:seconds[:seed[:moves]]} (default {@code 60:60 400:120}, seed 1, no move
 * limit: a move limit stops at the same roster on any machine, for comparing changes on a loaded one), where kind is
 * {@code week} (default, {@link SyntheticProblems#week}), {@code covered} ({@link SyntheticProblems#coveredWeek}),
 * {@code 24x7} ({@link SyntheticProblems#aroundTheClockWeek}) or {@code skills}
 * ({@link SyntheticProblems#multiSkillWeek} with 3 queues; the bound splits the queues by skill only part-way, see
 * {@link LowerBound}, so its gap is an upper estimate of the gap to the best roster). Run:
 * <pre>
 * mvn -q -o -Dwfm.target=target-sched -pl wfm-scheduler -am test-compile
 * java -cp "wfm-scheduler/target-sched/test-classes:wfm-scheduler/target-sched/classes:wfm-core/target-sched/classes:$(cat /tmp/sched-cp.txt)" \
 *     org.wfm.scheduler.bench.SchedulerBenchmark 60:60 covered:60:60 24x7:60:60
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
            List<String> parts = new ArrayList<>(List.of(run.split(":")));
            String kind = parts.size() > 2 && !parts.get(0).matches("\\d+") ? parts.remove(0) : "week";
            int agents = Integer.parseInt(parts.get(0));
            Duration limit = Duration.ofSeconds(Long.parseLong(parts.get(1)));
            long seed = parts.size() > 2 ? Long.parseLong(parts.get(2)) : 1;
            Long moves = parts.size() > 3 ? Long.valueOf(parts.get(3)) : null;
            ScheduleProblem problem = switch (kind) {
                case "week" -> SyntheticProblems.week(agents, seed);
                case "covered" -> SyntheticProblems.coveredWeek(agents, seed);
                case "24x7" -> SyntheticProblems.aroundTheClockWeek(agents, seed);
                case "skills" -> SyntheticProblems.multiSkillWeek(agents, 3, seed);
                default -> throw new IllegalArgumentException("unknown kind " + kind + " (week, covered, 24x7, skills)");
            };
            SolveResult result = Scheduler.solve(problem, SolveOptions.of(limit).withSeed(seed).withMoveLimit(moves));
            Roster roster = result.roster();
            List<RosterCheck.Violation> violations = RosterCheck.check(problem, roster);
            Bound bound = LowerBound.of(problem);
            double demand = problem.plannedDemand();
            RosterSummary summary = roster.summary();
            System.out.printf(Locale.ROOT, "%s, %s: %s%n  checker: %d violation(s)%s%n"
                            + "  shortfall %.1f, bound %.1f, planned demand %.1f agent-intervals, gap %.2f %%%n"
                            + "  surplus %.1f, surplus bound %.1f, ratio %.2f, paid hours %.1f%n",
                    problem.name(), limit, result, violations.size(),
                    violations.isEmpty() ? "" : " e.g. " + violations.get(0),
                    summary.shortfall(), bound.shortfall(), demand,
                    100 * (summary.shortfall() - bound.shortfall()) / demand,
                    summary.surplus(), bound.surplus(), summary.surplus() / bound.surplus(), summary.paidHours());
            if (summary.byQueue() != null) {
                summary.byQueue().forEach(q -> System.out.printf(Locale.ROOT, "  queue %s: shortfall %.1f, surplus %.1f%n",
                        q.queue(), q.shortfall(), q.surplus()));
            }
        }
    }
}

package org.wfm.scheduler.bound;

import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SyntheticProblems;

import java.util.List;
import java.util.Locale;

/**
 * Times {@link LowerBound#of} on synthetic weeks (not a unit test: run it by hand).
 *
 * <pre>java -cp ... org.wfm.scheduler.bound.BoundBenchmark [agents | skills:agents:seed ...]</pre>
 * Defaults to 60 and 400 agents; each size is solved as generated (understaffed: one LP) and with half the
 * demand (overstaffed: minimum hours force surplus, so the second, surplus LP runs too), then the 24/7 week across
 * the autumn DST change ({@link SyntheticProblems#aroundTheClockWeek}), each twice, the second run after the JIT
 * warm-up. {@code skills:agents:seed} times {@link SyntheticProblems#multiSkillWeek multiSkillWeek(agents, 3, seed)}
 * with every agent answering every queue (the pooled bound, one LP: twice), then as generated (the skill-aware
 * bound, the pooled LP and one per part of the {@link QueueSplit}: once, warm), then each part's LP alone, with
 * the size of every LP. Prints the wall-clock time and the CPU time of the process (JIT and GC included), which
 * other load on the machine disturbs less.
 */
public final class BoundBenchmark {

    private BoundBenchmark() {
    }

    public static void main(String[] args) {
        String[] runs = args.length == 0 ? new String[]{"60", "400"} : args;
        com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (String run : runs) {
            String[] parts = run.split(":");
            if (parts[0].equals("skills")) {
                ScheduleProblem skills = SyntheticProblems.multiSkillWeek(Integer.parseInt(parts[1]), 3,
                        Long.parseLong(parts[2]));
                ScheduleProblem pooled = crossTrained(skills);
                size(pooled);
                time(pooled, 2, cpu);
                time(skills, 1, cpu);
                for (ScheduleProblem part : QueueSplit.of(skills).subProblems()) {
                    size(part);
                    long t0 = System.nanoTime();
                    double bound = LowerBound.shortfall(part);
                    System.out.printf(Locale.ROOT, "%s: shortfall >= %s agent-intervals in %.2f s wall%n",
                            part.name(), bound, (System.nanoTime() - t0) / 1e9);
                }
                continue;
            }
            int agents = Integer.parseInt(parts[0]);
            ScheduleProblem week = SyntheticProblems.week(agents, 1);
            ScheduleProblem half = new ScheduleProblem(week.name() + "-half", week.zone(), week.interval(),
                    week.start(), week.days(), week.requirements().map(v -> v / 2), week.unplannedShrinkage(),
                    week.shiftTypes(), week.agents());
            for (ScheduleProblem problem : List.of(week, half,
                    SyntheticProblems.aroundTheClockWeek(agents, 1))) {
                time(problem, 2, cpu);
            }
        }
    }

    /** The same problem with every agent answering every queue, named {@code <name>-pooled}. */
    private static ScheduleProblem crossTrained(ScheduleProblem problem) {
        List<Agent> everyQueue = problem.agents().stream().map(Agent::withSkills).toList();
        return new ScheduleProblem(problem.name() + "-pooled", problem.zone(), problem.interval(), problem.start(),
                problem.days(), problem.requirements(), problem.unplannedShrinkage(), problem.shiftTypes(), everyQueue,
                problem.queues());
    }

    private static void size(ScheduleProblem problem) {
        int[] size = LowerBound.pooledLpSize(problem);
        System.out.printf(Locale.ROOT, "%s: pooled shortfall LP of %d variables, %d rows%n", problem.name(), size[0],
                size[1]);
    }

    private static void time(ScheduleProblem problem, int runs, com.sun.management.OperatingSystemMXBean cpu) {
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            long cpu0 = cpu.getProcessCpuTime();
            Bound bound = LowerBound.of(problem);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpu.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%s, run %d: %.2f s wall, %.2f s cpu, %s, planned demand %.1f%n",
                    problem.name(), run, seconds, cpuSeconds, bound, problem.plannedDemand());
        }
    }
}

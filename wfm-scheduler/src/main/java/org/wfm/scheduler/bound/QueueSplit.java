package org.wfm.scheduler.bound;

import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.ScheduleProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The skill-aware part of the shortfall bound: a problem's queues split into parts, each part's demand set
 * against the agents skilled for at least one of its queues, pooled.
 *
 * <p>A part is a set {@code Q} of the queues with demand in the horizon; its sub-problem has the requirement
 * {@code sum over Q} and the agents skilled for some queue of {@code Q}, every one answering all of them (skills
 * cleared). For any roster keeping the hard rules, in each interval only those agents can be given to
 * {@code Q}'s queues and their number on the phones {@code c_Q} is whole, so the roster is short on {@code Q} by
 * at least {@code max(0, planned_Q - c_Q)}, which is the sub-problem's shortfall of the same shifts, and that is
 * at least the sub-problem's pooled LP bound {@code b_Q}. The parts of a partition of the queues count disjoint
 * queue-intervals of the same roster, so its total shortfall (summed over queues, as the roster summary counts
 * it) is at least {@code sum_i b_Q_i} for every partition {@code Q_1 .. Q_k}; the bound is the best partition.
 * The one part of all queues against the whole team is the pooled bound, so the split bound is never below it.
 * When every agent answers one queue the best partition is the single queues, whose bounds are those of the
 * queues alone: the plans of two parts with disjoint teams add up to a plan of their union (a group's day and
 * hour limits are sums over its agents), and {@code max(0, p1 + p2 - c1 - c2) <= max(0, p1 - c1) +
 * max(0, p2 - c2)}, so for the rounding cut's convex hull too, so the union is worth at most the two parts.
 *
 * <p>Which parts are solved (one pooled LP each, besides the problem's own): none when every agent has the same
 * skills among the queues with demand (a fully cross-trained team, or one queue). A split cannot beat the pooled
 * LP then: every part has the whole team, so the pooled optimum is a plan of each part's LP, and at the same
 * coverage {@code c} the parts' least shortfalls add up to at most the whole's ({@code max(0, p1 - c) +
 * max(0, p2 - c) <= max(0, p1 + p2 - c)} for {@code c >= 0}, and so for the rounding cut's convex hull of whole
 * coverages). Otherwise every set of queues with demand but the whole set for up to {@link #ALL_PARTS} of them
 * (6 parts for 3 queues, 14 for 4), and the single queues for more (12 for {@link ScheduleProblem#MAX_QUEUES}).
 * The whole set is solved as a part too when some agent is skilled for none of the queues with demand; otherwise
 * its sub-problem is the problem itself, pooled.
 */
final class QueueSplit {

    /** Up to this many queues with demand every set of them is a part; beyond, only single queues. */
    static final int ALL_PARTS = 4;

    private final ScheduleProblem problem;
    /** Each agent's queues with demand, bit {@code q} for the problem's {@code q}-th queue. */
    private final int[] skills;
    /** The queues with demand, bit {@code q} for the problem's {@code q}-th queue. */
    private final int demand;
    /** The parts whose sub-problem is solved, as queue masks, in increasing order. */
    private final int[] parts;

    private QueueSplit(ScheduleProblem problem, int[] skills, int demand, int[] parts) {
        this.problem = problem;
        this.skills = skills;
        this.demand = demand;
        this.parts = parts;
    }

    static QueueSplit of(ScheduleProblem problem) {
        int demand = 0;
        List<QueueDemand> queues = problem.queues();
        for (int q = 0; q < queues.size(); q++) {
            if (Arrays.stream(queues.get(q).requirements().values()).anyMatch(v -> v > 0)) {
                demand |= 1 << q;
            }
        }
        int[] skills = problem.skillMasks();
        for (int a = 0; a < skills.length; a++) {
            skills[a] &= demand;
        }
        int[] parts = Arrays.stream(skills).distinct().count() <= 1 ? new int[0] : parts(demand, skills);
        return new QueueSplit(problem, skills, demand, parts);
    }

    private static int[] parts(int demand, int[] skills) {
        boolean allParts = Integer.bitCount(demand) <= ALL_PARTS;
        boolean everyAgentCounts = Arrays.stream(skills).allMatch(s -> s != 0);
        List<Integer> parts = new ArrayList<>();
        for (int part = 1; part <= demand; part++) {
            boolean candidate = (part & ~demand) == 0 && (allParts || Integer.bitCount(part) == 1 || part == demand);
            if (candidate && !(part == demand && everyAgentCounts)) {
                parts.add(part);
            }
        }
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The sub-problems solved, one per part, in the order of their queue masks. */
    List<ScheduleProblem> subProblems() {
        return Arrays.stream(parts).mapToObj(this::subProblem).toList();
    }

    /**
     * The best partition's bound, agent-intervals: the largest {@code sum_i b_Q_i} over the partitions of the
     * queues with demand into parts, a part being worth its sub-problem's bound when it was solved, 0 when it was
     * not (no shortfall is negative), and the whole set of queues at least the pooled bound.
     *
     * @param pooled   the pooled bound of the whole problem, agent-intervals
     * @param solution the pooled LP's shortfall bound of a sub-problem, agent-intervals
     */
    double best(double pooled, ToDoubleFunction<ScheduleProblem> solution) {
        if (parts.length == 0) {
            return pooled;
        }
        double[] worth = new double[demand + 1];
        worth[demand] = pooled;
        for (int part : parts) {
            // the whole set is solved only without the agents skilled for none of its queues: both bounds hold
            worth[part] = Math.max(worth[part], solution.applyAsDouble(subProblem(part)));
        }
        // best[m]: the best partition of the queues of m; the lowest queue of m lies in exactly one part
        double[] best = new double[demand + 1];
        for (int m = 1; m <= demand; m++) {
            if ((m & ~demand) != 0) {
                continue;
            }
            int lowest = Integer.lowestOneBit(m);
            double most = 0;
            for (int part = m; part != 0; part = (part - 1) & m) {
                if ((part & lowest) != 0) {
                    most = Math.max(most, worth[part] + best[m & ~part]);
                }
            }
            best[m] = most;
        }
        return best[demand];
    }

    /** The part's queues against the agents skilled for one of them, pooled: each agent answers all of them. */
    private ScheduleProblem subProblem(int part) {
        List<QueueDemand> queues = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int q = 0; q < problem.queues().size(); q++) {
            if ((part >> q & 1) == 1) {
                queues.add(problem.queues().get(q));
                ids.add(problem.queues().get(q).id());
            }
        }
        List<Agent> agents = new ArrayList<>();
        Set<String> inPart = new HashSet<>();
        for (int a = 0; a < skills.length; a++) {
            if ((skills[a] & part) != 0) {
                agents.add(problem.agents().get(a).withSkills());
                inPart.add(problem.agents().get(a).id());
            }
        }
        return ScheduleProblem.ofQueues(problem.name() + "[" + String.join("+", ids) + "]", problem.zone(),
                problem.interval(), problem.start(), problem.days(), queues, problem.unplannedShrinkage(),
                problem.shiftTypes(), agents)
                .withPrevious(problem.previous().stream().filter(s -> inPart.contains(s.agent())).toList());
    }
}

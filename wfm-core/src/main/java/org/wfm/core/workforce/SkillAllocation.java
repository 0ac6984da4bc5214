package org.wfm.core.workforce;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares the agents on the phones in one interval out over the queues they are skilled for, so that the weighted
 * understaffing {@code sum over queues of weight x max(0, planned - allocated)} is least. An agent's interval may
 * be split over its skills (the allocation is fractional).
 *
 * <p>Method: the allocations that give no queue more than it plans form a polymatroid, so serving the queues one by
 * one in decreasing weight, each as much as the ones before allow, is optimal. Each queue is served by augmenting
 * paths (an agent moves from a queue to another of its skills when someone else can take its place), shortest
 * first. Agents left over once every reachable demand is met are spread evenly over their skills, so each queue's
 * {@code scheduled} is its allocation plus its share of the leftover, and a queue gets leftover only when it is
 * fully covered. Ties in weight are served in queue order, so the split is deterministic.
 *
 * <p>Cost: per interval {@code O(queues x paths x queues x sets)}, with a few queues and skill sets microseconds.
 * Instances are immutable and thread-safe.
 */
public final class SkillAllocation {

    private static final double EPS = 1e-9;

    private final int queues;
    private final double[] relativeWeight;
    private final int[] order;

    private SkillAllocation(double[] weights) {
        this.queues = weights.length;
        double largest = Arrays.stream(weights).max().orElse(1);
        this.relativeWeight = Arrays.stream(weights).map(w -> w / largest).toArray();
        this.order = IntStream.range(0, queues).boxed()
                .sorted(Comparator.comparingDouble((Integer q) -> -weights[q]).thenComparingInt(q -> q))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The allocation for queues of these weights (positive; only their ratios matter). */
    public static SkillAllocation of(double... weights) {
        if (weights.length == 0 || weights.length > ScheduleProblem.MAX_QUEUES) {
            throw new IllegalArgumentException("1 to " + ScheduleProblem.MAX_QUEUES + " queues, got " + weights.length);
        }
        for (double w : weights) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("queue weights must be positive and finite, got " + w);
            }
        }
        return new SkillAllocation(weights.clone());
    }

    /** The allocation for a problem's queues, in the problem's queue order. */
    public static SkillAllocation of(ScheduleProblem problem) {
        return of(problem.queues().stream().mapToDouble(QueueDemand::weight).toArray());
    }

    /** Each queue's weight divided by the largest: what one agent-interval short on it costs, from 0 to 1. */
    public double relativeWeight(int queue) {
        return relativeWeight[queue];
    }

    /**
     * The allocation of one interval.
     *
     * @param masks   skill sets: bit {@code q} set when the set holds queue {@code q}; each set non-empty
     * @param counts  agents on the phones with each skill set, 0 or more
     * @param planned agents planned per queue, 0 or more
     */
    public Result allocate(int[] masks, int[] counts, double[] planned) {
        if (masks.length != counts.length || planned.length != queues) {
            throw new IllegalArgumentException(masks.length + " skill sets with " + counts.length + " counts, "
                    + planned.length + " planned for " + queues + " queues");
        }
        int sets = masks.length;
        double[][] flow = new double[sets][queues];
        double[] spare = new double[sets];
        for (int s = 0; s < sets; s++) {
            spare[s] = counts[s];
        }
        double[] allocated = new double[queues];
        Paths paths = new Paths(queues);
        for (int target : order) {
            while (planned[target] - allocated[target] > EPS && paths.search(target, masks, flow, spare)) {
                paths.augment(target, flow, spare, allocated, planned);
            }
        }
        double[] scheduled = allocated.clone();
        for (int s = 0; s < sets; s++) {
            if (spare[s] > EPS) {
                int skills = Integer.bitCount(masks[s]);
                for (int q = 0; q < queues; q++) {
                    if ((masks[s] & (1 << q)) != 0) {
                        scheduled[q] += spare[s] / skills;
                    }
                }
            }
        }
        double weighted = 0;
        for (int q = 0; q < queues; q++) {
            weighted += relativeWeight[q] * Math.max(0, planned[q] - allocated[q]);
        }
        return new Result(planned.clone(), allocated, scheduled, weighted);
    }

    /**
     * Augmenting paths towards one queue, found breadth-first backwards from it. A queue {@code x} is reached from
     * {@code next[x]} through set {@code via[x]}: that set sends agents to {@code x} and can move them to
     * {@code next[x]}. The path starts at the first reached queue {@code entry} skilled for a set with spare
     * agents, {@code spareSet}.
     */
    private static final class Paths {
        private final int[] via;
        private final int[] next;
        private final int[] frontier;
        private int entry;
        private int spareSet;

        Paths(int queues) {
            via = new int[queues];
            next = new int[queues];
            frontier = new int[queues];
        }

        boolean search(int target, int[] masks, double[][] flow, double[] spare) {
            Arrays.fill(via, -2);
            via[target] = -1;
            int head = 0;
            int tail = 0;
            frontier[tail++] = target;
            while (head < tail) {
                int queue = frontier[head++];
                for (int s = 0; s < masks.length; s++) {
                    if ((masks[s] & (1 << queue)) == 0) {
                        continue;
                    }
                    if (spare[s] > EPS) {
                        entry = queue;
                        spareSet = s;
                        return true;
                    }
                    for (int other = 0; other < via.length; other++) {
                        if (via[other] == -2 && flow[s][other] > EPS) {
                            via[other] = s;
                            next[other] = queue;
                            frontier[tail++] = other;
                        }
                    }
                }
            }
            return false;
        }

        void augment(int target, double[][] flow, double[] spare, double[] allocated, double[] planned) {
            double amount = Math.min(spare[spareSet], planned[target] - allocated[target]);
            for (int x = entry; x != target; x = next[x]) {
                amount = Math.min(amount, flow[via[x]][x]);
            }
            spare[spareSet] -= amount;
            flow[spareSet][entry] += amount;
            for (int x = entry; x != target; x = next[x]) {
                flow[via[x]][x] -= amount;
                flow[via[x]][next[x]] += amount;
            }
            allocated[target] += amount;
        }
    }

    /**
     * One interval's allocation, per queue in the problem's order.
     *
     * @param planned   agents planned per queue
     * @param allocated agents given to each queue towards its plan, at most {@code planned}
     * @param scheduled {@code allocated} plus the queue's share of the agents no queue needed
     * @param weightedShortfall {@code sum of relativeWeight x (planned - allocated)}, agent-intervals
     */
    public record Result(double[] planned, double[] allocated, double[] scheduled, double weightedShortfall) {

        /** Agents short on queue {@code q}: {@code planned - allocated}. */
        public double shortfall(int q) {
            return Math.max(0, planned[q] - allocated[q]);
        }

        /** Agents beyond the plan on queue {@code q}. */
        public double surplus(int q) {
            return Math.max(0, scheduled[q] - planned[q]);
        }
    }
}

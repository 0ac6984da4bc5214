package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SkillAllocationTest {

    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 4;

    @Test
    void sharedAgentsGoWhereTheSingleSkilledCannot() {
        // one A-only agent and two A+B agents: A is served first (equal weights, queue order), B gets what is left
        SkillAllocation.Result r = SkillAllocation.of(1, 1).allocate(new int[] {A, A | B}, new int[] {1, 2},
                new double[] {2, 2});
        assertThat(r.allocated()).containsExactly(2, 1);
        assertThat(r.weightedShortfall()).isEqualTo(1);
        assertThat(r.shortfall(1)).isEqualTo(1);
    }

    @Test
    void anAgentIsMovedAlongAPathWhenAnotherCanTakeItsPlace() {
        // the A+B agent is listed first and goes to A; serving B moves it there and the A-only agent takes A
        SkillAllocation.Result r = SkillAllocation.of(1, 1).allocate(new int[] {A | B, A}, new int[] {1, 1},
                new double[] {1, 1});
        assertThat(r.allocated()).containsExactly(1, 1);
        assertThat(r.weightedShortfall()).isZero();
    }

    @Test
    void theHeavierQueueIsServedFirst() {
        SkillAllocation.Result r = SkillAllocation.of(1, 3).allocate(new int[] {A | B}, new int[] {1},
                new double[] {1, 1});
        assertThat(r.allocated()).containsExactly(0, 1);
        assertThat(r.weightedShortfall()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void agentsNoPlanNeedsAreSpreadEvenlyOverTheirSkills() {
        SkillAllocation.Result r = SkillAllocation.of(1, 1).allocate(new int[] {A | B}, new int[] {3},
                new double[] {1, 0.5});
        assertThat(r.allocated()).containsExactly(1, 0.5);
        assertThat(r.scheduled()).containsExactly(1.75, 1.25);
        assertThat(r.surplus(0)).isEqualTo(0.75);
        assertThat(r.surplus(1)).isEqualTo(0.75);
    }

    @Test
    void itsWeightedShortfallIsTheLeastOfAnyFractionalSplit() {
        // against an independent optimum: every assignment of whole agents to one of their skills
        SplittableRandom random = new SplittableRandom(17);
        int[] masks = {A, B, C, A | B, B | C, A | B | C};
        for (int trial = 0; trial < 300; trial++) {
            int[] counts = new int[masks.length];
            for (int s = 0; s < masks.length; s++) {
                counts[s] = random.nextInt(3);
            }
            double[] planned = {random.nextInt(5), random.nextInt(5), random.nextInt(4)};
            double[] weights = {1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3)};
            SkillAllocation.Result r = SkillAllocation.of(weights).allocate(masks, counts, planned);
            assertThat(r.weightedShortfall()).isCloseTo(bruteForce(masks, counts, planned, weights), within(1e-9));
            double served = r.allocated()[0] + r.allocated()[1] + r.allocated()[2];
            double onPhones = java.util.Arrays.stream(counts).sum();
            assertThat(r.scheduled()[0] + r.scheduled()[1] + r.scheduled()[2]).isCloseTo(onPhones, within(1e-9));
            assertThat(served).isLessThanOrEqualTo(onPhones + 1e-9);
        }
    }

    /**
     * The least weighted shortfall over every assignment of whole agents to one of their skills: with whole counts
     * and whole plans a whole-agent split is optimal (a flow problem with integer capacities).
     */
    private static double bruteForce(int[] masks, int[] counts, double[] planned, double[] weights) {
        double largest = Math.max(weights[0], Math.max(weights[1], weights[2]));
        int agents = java.util.Arrays.stream(counts).sum();
        int[] maskOf = new int[agents];
        int k = 0;
        for (int s = 0; s < masks.length; s++) {
            for (int c = 0; c < counts[s]; c++) {
                maskOf[k++] = masks[s];
            }
        }
        return search(maskOf, 0, new double[3], planned, weights, largest);
    }

    private static double search(int[] maskOf, int agent, double[] given, double[] planned, double[] weights,
                                 double largest) {
        if (agent == maskOf.length) {
            double cost = 0;
            for (int q = 0; q < 3; q++) {
                cost += weights[q] / largest * Math.max(0, planned[q] - given[q]);
            }
            return cost;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int q = 0; q < 3; q++) {
            if ((maskOf[agent] & (1 << q)) != 0) {
                given[q]++;
                best = Math.min(best, search(maskOf, agent + 1, given, planned, weights, largest));
                given[q]--;
            }
        }
        return best;
    }

    @Test
    void refusesWhatItCannotAllocate() {
        assertThatThrownBy(() -> SkillAllocation.of(1, 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> SkillAllocation.of(1, 1).allocate(new int[] {A}, new int[] {1}, new double[] {1}))
                .hasMessageContaining("2 queues");
    }
}

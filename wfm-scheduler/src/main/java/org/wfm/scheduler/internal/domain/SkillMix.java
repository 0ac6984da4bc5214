package org.wfm.scheduler.internal.domain;

import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.SkillAllocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The skill sets of a problem's team (distinct sets of queues, bit {@code q}: the problem's {@code q}-th queue),
 * each agent's set, and the allocation of agents to queues. Shared by every interval and every clone: immutable.
 */
public final class SkillMix {

    private final int queues;
    private final int[] masks;
    private final int[] setOfAgent;
    private final SkillAllocation allocation;

    private SkillMix(int queues, int[] masks, int[] setOfAgent, SkillAllocation allocation) {
        this.queues = queues;
        this.masks = masks;
        this.setOfAgent = setOfAgent;
        this.allocation = allocation;
    }

    /** The skill sets of the problem's agents, in order of first appearance. */
    public static SkillMix of(ScheduleProblem problem) {
        int[] agentMasks = problem.skillMasks();
        Map<Integer, Integer> index = new HashMap<>();
        List<Integer> masks = new ArrayList<>();
        int[] setOfAgent = new int[agentMasks.length];
        for (int a = 0; a < agentMasks.length; a++) {
            setOfAgent[a] = index.computeIfAbsent(agentMasks[a], m -> {
                masks.add(m);
                return masks.size() - 1;
            });
        }
        return new SkillMix(problem.queues().size(), masks.stream().mapToInt(Integer::intValue).toArray(),
                setOfAgent, SkillAllocation.of(problem));
    }

    /** Number of queues. */
    public int queues() {
        return queues;
    }

    /** Number of distinct skill sets. */
    public int sets() {
        return masks.length;
    }

    /** The skill set (index) of the {@code a}-th agent of the problem. */
    public int setOfAgent(int a) {
        return setOfAgent[a];
    }

    /** The queues of skill set {@code set}, bit {@code q} for queue {@code q}. */
    public int mask(int set) {
        return masks[set];
    }

    /** The allocation of one interval: agents per skill set against planned agents per queue. */
    public SkillAllocation.Result allocate(int[] counts, double[] planned) {
        return allocation.allocate(masks, counts, planned);
    }
}

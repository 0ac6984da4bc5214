package org.wfm.scheduler.internal.domain;

import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.Timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Work that counts in a schedule but that no planning variable holds: the previous roster's shifts that run into
 * the horizon ({@link ScheduleProblem#previous}) and shifts of this roster cut short by a sick call. Their
 * intervals on the phones add to the coverage (an interval counts when its start lies in the shift and not in a
 * break, as {@code RosterCheck} counts); what they mean for each agent's contract is its {@link AgentRules.Carried}.
 */
public final class FixedWork {

    private final int[][] counts;
    private final List<Shift> cut;
    private final Map<String, AgentRules.Carried> carried = new HashMap<>();

    /**
     * @param skills the problem's skill sets, or {@code null} with one queue
     * @param cut    shifts of the roster cut short, in the horizon
     */
    public FixedWork(ScheduleProblem problem, Timeline timeline, SkillMix skills, List<Shift> cut) {
        this.cut = List.copyOf(cut);
        Map<String, Integer> setOf = new HashMap<>();
        for (int a = 0; a < problem.agents().size(); a++) {
            setOf.put(problem.agents().get(a).id(), skills == null ? 0 : skills.setOfAgent(a));
        }
        counts = new int[timeline.size()][skills == null ? 1 : skills.sets()];
        Map<String, Long> earliest = new HashMap<>();
        for (Shift shift : problem.previous()) {
            count(shift, setOf.get(shift.agent()), timeline);
            long rest = problem.agent(shift.agent()).map(a -> Math.round(a.contract().minRestHours() * 3600))
                    .orElse(0L);
            earliest.merge(shift.agent(), timeline.epochOf(shift.end()) + rest, Math::max);
        }
        Map<String, long[]> days = new HashMap<>();
        for (Shift shift : cut) {
            count(shift, setOf.get(shift.agent()), timeline);
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(problem.start(), shift.start().toLocalDate());
            long[] dayAndPaid = days.computeIfAbsent(shift.agent(), k -> new long[2]);
            dayAndPaid[0] |= 1L << day;
            dayAndPaid[1] += Math.round(problem.paidHours(shift) * 60);
        }
        for (Agent agent : problem.agents()) {
            long[] dayAndPaid = days.getOrDefault(agent.id(), new long[2]);
            carried.put(agent.id(), new AgentRules.Carried(dayAndPaid[0], problem.previousRun(agent.id()), dayAndPaid[1],
                    earliest.getOrDefault(agent.id(), Long.MIN_VALUE)));
        }
    }

    private void count(Shift shift, int set, Timeline timeline) {
        timeline.forEachOnThePhones(shift, i -> counts[i][set]++);
    }

    /** Agents on the phones per interval and skill set; not to be written. */
    int[][] counts() {
        return counts;
    }

    /** The cut shifts, part of the roster. */
    List<Shift> cut() {
        return cut;
    }

    /** What the fixed work means for this agent's contract. */
    AgentRules.Carried carried(Agent agent) {
        return carried.getOrDefault(agent.id(), AgentRules.Carried.NONE);
    }
}

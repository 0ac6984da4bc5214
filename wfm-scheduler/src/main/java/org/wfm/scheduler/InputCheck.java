package org.wfm.scheduler;

import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds input that no roster can satisfy before any solving. Unknown shift types and break windows outside
 * their shift are already refused when the {@link ScheduleProblem} is built; this adds what needs the agents'
 * days: a contract's minHours above what the free days allow.
 */
final class InputCheck {

    private InputCheck() {
    }

    /** Throws {@link InfeasibleInputException} naming the first agent or type that cannot be rostered. */
    static void requireFeasible(ScheduleProblem problem, Schedule schedule) {
        for (ShiftType type : problem.shiftTypes()) {
            if (type.breaks().size() > ShiftAssignment.MAX_BREAKS) {
                throw new InfeasibleInputException("shift type " + type.id() + ": " + type.breaks().size()
                        + " breaks, the scheduler places at most " + ShiftAssignment.MAX_BREAKS + " per shift");
            }
        }
        Map<AgentRules, List<Integer>> bestPaidPerDay = new HashMap<>();
        for (ShiftAssignment day : schedule.getAssignments()) {
            int best = 0;
            for (ShiftStart s : day.getStartRange()) {
                best = Math.max(best, s.paidMinutes());
            }
            bestPaidPerDay.computeIfAbsent(day.getAgent(), k -> new ArrayList<>()).add(best);
        }
        for (AgentRules agent : schedule.getAgents()) {
            List<Integer> paid = new ArrayList<>(bestPaidPerDay.getOrDefault(agent, List.of()));
            paid.sort(Collections.reverseOrder());
            int days = Math.min(paid.size(), agent.maxDays());
            long most = 0;
            for (int d = 0; d < days; d++) {
                most += paid.get(d);
            }
            if (most < agent.minPaidMinutes()) {
                throw new InfeasibleInputException(String.format(Locale.ROOT,
                        "agent %s: contract minHours %.1f is more than the %.1f paid hours its %d free day(s) allow"
                                + " (rule minHours; free days exclude time off and unavailable windows, capped by"
                                + " maxDays %s)", agent.id(), agent.minPaidMinutes() / 60.0, most / 60.0,
                        paid.size(), agent.maxDays() == Integer.MAX_VALUE ? "none" : agent.maxDays()));
            }
        }
    }
}

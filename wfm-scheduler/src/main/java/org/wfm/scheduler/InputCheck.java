package org.wfm.scheduler;

import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds input that no roster can satisfy before any solving. Unknown shift types and break windows outside
 * their shift are already refused when the {@link ScheduleProblem} is built; this adds what needs the agents'
 * days: a contract's minHours above what the free days allow, and an activity whose attendees cannot be on shift
 * in its windows (time off or unavailable on every day they touch) or whose windows hold no start on the grid.
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
        requireActivitiesFeasible(problem, schedule);
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

    private static void requireActivitiesFeasible(ScheduleProblem problem, Schedule schedule) {
        Schedule.Index index = schedule.index();
        Map<String, List<Session>> byActivity = new LinkedHashMap<>();
        for (Session s : schedule.getSessions()) {
            byActivity.computeIfAbsent(s.activityId(), k -> new ArrayList<>()).add(s);
        }
        for (Activity activity : problem.activities()) {
            List<Session> sessions = byActivity.get(activity.id());
            Session first = sessions.get(0);
            String what = "activity " + activity.id() + ": ";
            if (first.getStartRange().isEmpty()) {
                throw new InfeasibleInputException(what + "no session of " + activity.length()
                        + " fits in its windows on the " + problem.interval() + " grid");
            }
            Set<LocalDate> touched = new TreeSet<>();
            for (Activity.Window w : problem.windows(activity)) {
                for (LocalDate d = w.start().toLocalDate(); d.atStartOfDay().isBefore(w.end()); d = d.plusDays(1)) {
                    touched.add(d);
                }
            }
            Set<String> off = new TreeSet<>();
            Set<String> unfit = new TreeSet<>();
            for (Session s : sessions) {
                for (AgentRules attendee : s.attendees()) {
                    if (canBeOnShiftDuring(index.assignmentsOf(attendee), s)) {
                        continue;
                    }
                    (touched.stream().allMatch(attendee.agent()::isOff) ? off : unfit).add(attendee.id());
                }
            }
            int allowed = activity.together() ? first.allowedMissing() : 0;
            if (off.size() + unfit.size() > allowed) {
                List<String> reasons = new ArrayList<>();
                if (!off.isEmpty()) {
                    reasons.add(agents(off) + " time off on every day its windows touch");
                }
                if (!unfit.isEmpty()) {
                    reasons.add(agents(unfit) + " no possible shift that holds a session of " + activity.length()
                            + " inside its windows and off the shift's breaks (their shift types' times and lengths,"
                            + " time off, unavailable windows)");
                }
                throw new InfeasibleInputException(what + String.join("; ", reasons) + (activity.minAttendance() < 1
                        ? String.format(Locale.ROOT, "; minAttendance %s lets the session go without %d of %d",
                        activity.minAttendance(), allowed, first.attendees().size()) : "")
                        + "; change the windows, the attendees or the time off");
            }
        }
    }

    private static String agents(Set<String> ids) {
        return (ids.size() == 1 ? "attendee " : "attendees ") + String.join(", ", ids) + (ids.size() == 1 ? " has"
                : " have");
    }

    /**
     * Whether one of the agent-days has a possible shift that holds a session of {@code s}'s length at a start of its
     * range, with every break of the shift placed off it (breaks in order, each at its earliest position that is).
     */
    static boolean canBeOnShiftDuring(List<ShiftAssignment> days, Session s) {
        for (ShiftAssignment day : days) {
            for (ShiftStart start : day.getStartRange()) {
                int last = start.startIndex() + start.lengthIntervals() - s.length();
                for (int at = Math.max(start.startIndex(), 0); at <= last; at++) {
                    if (s.mayStartAt(at) && breaksFit(start, at - start.startIndex(), s.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the shift's breaks can all be placed, in order and apart, off the offsets {@code [from, from + length)}. */
    private static boolean breaksFit(ShiftStart start, int from, int length) {
        int earliestFree = 0;
        for (int k = 0; k < start.breakCount(); k++) {
            int placed = -1;
            for (int p = 0; p < start.breakPositions(k) && placed < 0; p++) {
                int offset = start.breakOffset(k, p);
                if (offset >= earliestFree && start.breakClearOf(k, p, from, from + length)) {
                    placed = offset;
                }
            }
            if (placed < 0) {
                return false;
            }
            earliestFree = placed + start.breakLength(k);
        }
        return true;
    }
}

package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Totals of a roster, in agent-intervals for shortfall and surplus.
 *
 * @param shortfall sum over intervals (and queues) of {@code max(0, required - scheduled)}
 * @param surplus   sum over intervals (and queues) of {@code max(0, scheduled - required)}
 * @param paidHours paid hours of all shifts
 * @param bound     lower bound on the shortfall of any roster, or {@code null} when not computed
 * @param gap       {@code (shortfall - bound) / planned demand}, or {@code null} when no bound was computed
 * @param byQueue   shortfall and surplus per queue, in the problem's order; {@code null} without queues
 * @param activities per activity of the problem, in its order, the sessions held and who attended or missed them
 *                  ({@link ActivityTotals#of}); {@code null} for a problem without activities
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterSummary(double shortfall, double surplus, double paidHours, Double bound, Double gap,
                            List<QueueTotals> byQueue, List<ActivityTotals> activities) {

    public RosterSummary {
        byQueue = byQueue == null ? null : List.copyOf(byQueue);
        activities = activities == null ? null : List.copyOf(activities);
    }

    /** Totals of a roster without activities. */
    public RosterSummary(double shortfall, double surplus, double paidHours, Double bound, Double gap,
                         List<QueueTotals> byQueue) {
        this(shortfall, surplus, paidHours, bound, gap, byQueue, null);
    }

    /** Totals of a roster without queues and activities. */
    public RosterSummary(double shortfall, double surplus, double paidHours, Double bound, Double gap) {
        this(shortfall, surplus, paidHours, bound, gap, null, null);
    }

    /** The same summary with the activities' totals of these shifts ({@code null} for a problem without activities). */
    public RosterSummary withActivities(ScheduleProblem problem, List<Shift> shifts) {
        return new RosterSummary(shortfall, surplus, paidHours, bound, gap, byQueue,
                problem.activities().isEmpty() ? null : ActivityTotals.of(problem, shifts));
    }

    /**
     * The totals of coverage rows: per queue when the rows name queues (in the order they first appear).
     *
     * @param paidHours paid hours of all shifts
     */
    public static RosterSummary of(List<Coverage> coverage, double paidHours) {
        double shortfall = 0;
        double surplus = 0;
        Map<String, double[]> perQueue = new LinkedHashMap<>();
        for (Coverage c : coverage) {
            shortfall += c.shortfall();
            surplus += c.surplus();
            if (c.queue() != null) {
                double[] t = perQueue.computeIfAbsent(c.queue(), q -> new double[2]);
                t[0] += c.shortfall();
                t[1] += c.surplus();
            }
        }
        List<QueueTotals> byQueue = null;
        if (!perQueue.isEmpty()) {
            byQueue = new ArrayList<>();
            for (Map.Entry<String, double[]> e : perQueue.entrySet()) {
                byQueue.add(new QueueTotals(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        return new RosterSummary(shortfall, surplus, paidHours, null, null, byQueue);
    }

    /** The same summary with a lower bound and the gap to it over {@code plannedDemand} agent-intervals. */
    public RosterSummary withBound(double lowerBound, double plannedDemand) {
        double g = plannedDemand > 0 ? (shortfall - lowerBound) / plannedDemand : 0;
        return new RosterSummary(shortfall, surplus, paidHours, lowerBound, g, byQueue, activities);
    }

    /**
     * One queue's totals.
     *
     * @param queue     the queue
     * @param shortfall agent-intervals short on it
     * @param surplus   agent-intervals beyond its plan
     */
    public record QueueTotals(String queue, double shortfall, double surplus) {

        /** For JShell: {@code sales: shortfall 12.5, surplus 3.0}. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: shortfall %.1f, surplus %.1f", queue, shortfall, surplus);
        }
    }

    /**
     * One activity's totals, counted from the roster's shifts.
     *
     * @param id        the activity
     * @param sessions  sessions held: 1 for a together activity that took place (0 if nobody attended), else the
     *                  attendees' sessions
     * @param attendees agent-sessions attended: for a together activity the agents in its session
     * @param missing   agent-sessions the activity asks for and the roster lacks: attendees of a together activity
     *                  not in its session; sessions short of {@code perAgent} per attendee otherwise
     */
    public record ActivityTotals(String id, int sessions, int attendees, int missing) {

        /** The totals of every activity of the problem, in its order, from the activities in these shifts. */
        public static List<ActivityTotals> of(ScheduleProblem problem, List<Shift> shifts) {
            List<ActivityTotals> totals = new ArrayList<>();
            for (Activity activity : problem.activities()) {
                Set<String> agents = new HashSet<>();
                Set<LocalDateTime> starts = new HashSet<>();
                int held = 0;
                for (Shift shift : shifts) {
                    for (ShiftActivity a : shift.activities()) {
                        if (a.id().equals(activity.id())) {
                            agents.add(shift.agent());
                            starts.add(a.start());
                            held++;
                        }
                    }
                }
                int invited = problem.attendees(activity).size();
                totals.add(activity.together()
                        ? new ActivityTotals(activity.id(), starts.size(), agents.size(), Math.max(0, invited - agents.size()))
                        : new ActivityTotals(activity.id(), held, held, Math.max(0, invited * activity.perAgent() - held)));
            }
            return totals;
        }

        /** For JShell: {@code team-meeting: 1 session, 19 attended, 1 missing}. */
        @Override
        public String toString() {
            return id + ": " + sessions + (sessions == 1 ? " session, " : " sessions, ") + attendees + " attended, "
                    + missing + " missing";
        }
    }

    /**
     * For JShell, rounded as a planner reads it: {@code RosterSummary[shortfall 31.7, surplus 1813.3 agent-intervals,
     * 2614.0 paid hours, bound 6.8, gap 0.31 %]}.
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "RosterSummary[shortfall %.1f, surplus %.1f agent-intervals, %.1f paid"
                        + " hours%s%s%s]", shortfall, surplus, paidHours,
                bound == null ? "" : String.format(java.util.Locale.ROOT, ", bound %.1f, gap %.2f %%", bound, 100 * gap),
                byQueue == null ? "" : ", " + byQueue, activities == null ? "" : ", " + activities);
    }
}

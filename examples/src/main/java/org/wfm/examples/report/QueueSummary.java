package org.wfm.examples.report;

import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.SimulationResult;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One queue of a roster over its horizon, in figures a planner reads. Agent-hours are agent-intervals times the
 * interval length; the scheduled agent-hours of a queue are those the roster's allocation gives it (agents on the
 * phones shared out over the queues they are skilled for, an agent's interval possibly split).
 *
 * @param queue          the queue id
 * @param calls          forecast calls, or NaN when no forecast was given
 * @param plannedHours   agent-hours planned on the phones for the queue (required over {@code 1 - unplannedShrinkage})
 * @param scheduledHours agent-hours the allocation gives the queue
 * @param shortfallHours sum of {@code max(0, planned - scheduled)}, agent-hours
 * @param surplusHours   sum of {@code max(0, scheduled - planned)}, agent-hours
 * @param serviceLevel   expected service level weighted by the queue's forecast calls, in [0, 1], or NaN when unknown
 * @param simulated      the simulated service level of the queue over the horizon, when a simulation was given
 */
public record QueueSummary(String queue, double calls, double plannedHours, double scheduledHours,
                           double shortfallHours, double surplusHours, double serviceLevel,
                           Optional<Estimate> simulated) {

    /**
     * The summary of every queue of the problem, in its order.
     *
     * @param outlooks   each queue's forecast calls and expected service level, where known
     * @param simulation a simulation of the roster, whose per-queue service level is reported, if any
     */
    public static List<QueueSummary> of(ScheduleProblem problem, Roster roster,
                                        Map<String, RosterReport.QueueOutlook> outlooks,
                                        Optional<SimulationResult> simulation) {
        double hours = problem.interval().getSeconds() / 3600.0;
        List<QueueSummary> queues = new ArrayList<>();
        for (String queue : problem.queueIds()) {
            double planned = 0;
            double scheduled = 0;
            double shortfall = 0;
            double surplus = 0;
            for (Coverage row : roster.coverage()) {
                if (row.queue() == null || row.queue().equals(queue)) {
                    planned += row.planned();
                    scheduled += row.scheduled();
                    shortfall += row.shortfall();
                    surplus += row.surplus();
                }
            }
            RosterReport.QueueOutlook outlook = outlooks.get(queue);
            Optional<Estimate> simulated = simulation.flatMap(result -> result.byQueue().stream()
                    .filter(row -> row.queue().equals(queue)).findFirst().map(SimulationResult.Row::serviceLevel));
            queues.add(new QueueSummary(queue, outlook == null ? Double.NaN : outlook.calls().total(),
                    planned * hours, scheduled * hours, shortfall * hours, surplus * hours,
                    outlook == null ? Double.NaN : outlook.weighted(), simulated));
        }
        return List.copyOf(queues);
    }

    /** The expected service level as "84.2%", or "-" when unknown. */
    public String expected() {
        return Double.isNaN(serviceLevel) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * serviceLevel);
    }

    /**
     * A plain-text table, one row per queue: calls, planned, scheduled and short agent-hours, expected and simulated
     * service level.
     */
    public static String table(List<QueueSummary> queues) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-14s %8s %10s %10s %10s %8s %18s%n", "queue", "calls", "planned",
                "scheduled", "shortfall", "SL", "simulated SL"));
        for (QueueSummary q : queues) {
            s.append(String.format(Locale.ROOT, "%-14s %8s %10.1f %10.1f %10.1f %8s %18s%n", q.queue,
                    Double.isNaN(q.calls) ? "-" : String.format(Locale.ROOT, "%.0f", q.calls), q.plannedHours,
                    q.scheduledHours, q.shortfallHours, q.expected(), q.simulated.map(Estimate::percent).orElse("-")));
        }
        return s.toString();
    }
}

package org.wfm.core.sim;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.KpiFigures;
import org.wfm.core.calls.Kpis;
import org.wfm.core.queue.ServiceGoal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Requirements per queue refined by simulation, in the spirit of Wallace and Whitt's staffing algorithm for
 * skill-based routing (2005): start from each queue staffed alone (Erlang per queue), simulate the centre with its
 * routing (the agents of queue q are the group q, backing each other up as the routing's chains say), and move one
 * agent at a time: where a queue misses its goal in an interval it gets an agent, where every queue meets its goal
 * the queue with the most slack gives one up. The result is the cheapest staffing seen whose simulated figures meet
 * every queue's goal in every interval with calls.
 *
 * <p>Definitions. A queue's figures in an interval are those of all replications' calls together (the calls of every
 * replication added, then the ratio: answered within T over offered on the goal's basis, total wait of answered
 * calls over answered calls, abandoned over offered), the same seed in every round so that two staffings see the
 * same callers. A goal is met when each of its targets is (service level, ASA, abandon rate); the occupancy cap is
 * not checked (a queue's agents also take other queues' calls). An interval and queue without calls in any
 * replication has nothing to meet. Slack is the smallest relative margin over the goal's targets.
 *
 * <p>The walk. Round r simulates the current staffing. In an interval where a queue misses its goal: if a queue of
 * that interval gave up an agent in round r-1, that agent comes back and the queue may give up no more agents in
 * that interval (its lowest level is found); else each missing queue gets one agent. In an interval where every
 * queue meets its goal, the queue with the most slack that may still give up agents gives one up. The walk stops
 * when a round changes nothing or after the round limit; every interval's agents then changed by one per round at
 * most, and each queue's floor in an interval is fixed once a lowering failed. Cost: one simulation per round.
 */
public final class StaffingRefinement {

    /**
     * What the walk found.
     *
     * @param agents       the refined agents per queue and interval, on the grid of the start staffing
     * @param serviceLevel the simulated service level of {@code agents} per queue and interval (all replications'
     *                     calls together), absent where no call came
     * @param simulated    the simulation of {@code agents}
     * @param startAgents  the start staffing
     * @param start        the simulation of the start staffing
     * @param rounds    simulations run
     * @param meetsGoal whether {@code agents} meets every goal in the simulation; when no staffing seen did, the
     *                  agents (and their simulation) are the last ones simulated (the walk ran out of rounds)
     */
    public record Result(Map<String, IntervalSeries> agents, Map<String, IntervalSeries> serviceLevel,
                         SimulationResult simulated, Map<String, IntervalSeries> startAgents, SimulationResult start,
                         int rounds, boolean meetsGoal) {

        /** Agent-hours on the phones of a staffing per queue: the sum of agents times the interval. */
        public static double agentHours(Map<String, IntervalSeries> agents) {
            return agents.values().stream().mapToDouble(s -> s.total() * s.interval().toSeconds() / 3600.0).sum();
        }
    }

    private StaffingRefinement() {
    }

    /**
     * Refines {@code agents} (per queue, each queue's agents the group named after it) by simulating them with
     * {@code simulation}'s callers, routing and settings.
     *
     * @param simulation  the simulation of the centre; its staffing is replaced by each round's
     * @param agents      the start staffing per queue, every queue of the callers among them
     * @param goals       the goal of every queue of {@code agents}
     * @param definitions how calls are counted; its answer-within must be that of every goal with a service level
     *                    target, and its basis theirs
     * @param maxRounds   the most simulations to run, 1 or more
     * @throws IllegalArgumentException when a queue has no goal, the goals' thresholds or bases differ from the
     *                                  definitions', or the staffing does not fit the callers
     */
    public static Result refine(Simulation simulation, Map<String, IntervalSeries> agents,
                                Map<String, ServiceGoal> goals, KpiDefinitions definitions, int maxRounds) {
        Objects.requireNonNull(simulation, "simulation");
        if (maxRounds < 1) {
            throw new IllegalArgumentException("the rounds must be 1 or more, got " + maxRounds);
        }
        for (String queue : agents.keySet()) {
            ServiceGoal goal = goals.get(queue);
            if (goal == null) {
                throw new IllegalArgumentException("queue '" + queue + "' has no goal");
            }
            if (goal.serviceLevel() > 0 && (!goal.answerWithin().equals(definitions.answerWithin())
                    || goal.basis() != definitions.basis())) {
                throw new IllegalArgumentException("queue '" + queue + "': the service level of its goal (" + goal
                        + ") is not counted as the simulation counts it (within " + definitions.answerWithin().toSeconds()
                        + " s, of " + definitions.basis() + " calls): give every queue the same answerWithin and slBasis");
            }
        }
        Walk walk = new Walk(agents, goals);
        Map<String, IntervalSeries> staffing = walk.staffing();
        Map<String, IntervalSeries> startAgents = staffing;
        SimulationResult first = null;
        Round best = null;
        Round last;
        int rounds = 0;
        boolean moved;
        do {
            SimulationResult result = simulation.withDuty(Duty.staffing(staffing)).run(definitions);
            rounds++;
            first = first == null ? result : first;
            Map<Cell, KpiFigures> figures = figures(result);
            last = new Round(staffing, walk.serviceLevels(figures), result, walk.total());
            if (walk.meets(figures) && (best == null || last.total() < best.total())) {
                best = last;
            }
            moved = walk.step(figures);
            staffing = walk.staffing();
        } while (moved && rounds < maxRounds);
        Round kept = best != null ? best : last;
        return new Result(kept.agents(), kept.serviceLevel(), kept.simulated(), startAgents, first, rounds, best != null);
    }

    /** One simulated staffing of the walk: its agents, simulated service level, simulation and agent-intervals. */
    private record Round(Map<String, IntervalSeries> agents, Map<String, IntervalSeries> serviceLevel,
                         SimulationResult simulated, long total) {
    }

    /** An interval of a queue. */
    private record Cell(String queue, Instant start) {
    }

    /** Each queue's figures per interval, all replications' calls together. */
    private static Map<Cell, KpiFigures> figures(SimulationResult result) {
        Map<Cell, KpiFigures> figures = new HashMap<>();
        for (Kpis replication : result.replications()) {
            for (KpiFigures row : replication.byInterval()) {
                if (!row.queue().equals(Kpis.ALL)) {
                    figures.merge(new Cell(row.queue(), row.start().toInstant()), row, KpiFigures::plus);
                }
            }
        }
        return figures;
    }

    /**
     * The smallest relative margin of {@code figures} over the goal's targets: 0 or more when every target is met;
     * +infinity without calls.
     */
    static double slack(ServiceGoal goal, KpiFigures figures) {
        if (figures == null || figures.offered() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double slack = Double.POSITIVE_INFINITY;
        if (goal.serviceLevel() > 0) {
            slack = Math.min(slack, figures.serviceLevel().orElse(0) / goal.serviceLevel() - 1);
        }
        if (goal.maxAsa().isPresent()) {
            double target = goal.maxAsa().get().toNanos() / 1e9;
            slack = Math.min(slack, 1 - figures.asa().orElse(Double.POSITIVE_INFINITY) / target);
        }
        if (goal.targetsAbandonment()) {
            slack = Math.min(slack, 1 - figures.abandonRate().orElse(0) / goal.maxAbandonRate());
        }
        return slack;
    }

    /** The staffing being walked: agents per queue and interval, the floors found, the last round's lowerings. */
    private static final class Walk {
        final List<String> queues;
        final List<ZonedDateTime> starts = new ArrayList<>(); // the union of the queues' intervals, in time order
        final Map<String, IntervalSeries> template;
        final Map<String, ServiceGoal> goals;
        final int[][] agents;      // [queue][interval]; -1 where the queue has no row
        final boolean[][] floor;   // a lowering there failed: no more
        final boolean[][] lowered; // lowered in the last round

        Walk(Map<String, IntervalSeries> start, Map<String, ServiceGoal> goals) {
            this.template = new TreeMap<>(start);
            this.goals = goals;
            this.queues = List.copyOf(template.keySet());
            TreeMap<Instant, ZonedDateTime> union = new TreeMap<>();
            template.values().forEach(s -> {
                for (int i = 0; i < s.size(); i++) {
                    union.put(s.zonedStart(i).toInstant(), s.zonedStart(i));
                }
            });
            starts.addAll(union.values());
            Map<Instant, Integer> index = new HashMap<>();
            for (int i = 0; i < starts.size(); i++) {
                index.put(starts.get(i).toInstant(), i);
            }
            agents = new int[queues.size()][starts.size()];
            floor = new boolean[queues.size()][starts.size()];
            lowered = new boolean[queues.size()][starts.size()];
            for (int q = 0; q < queues.size(); q++) {
                Arrays.fill(agents[q], -1);
                IntervalSeries s = template.get(queues.get(q));
                for (int i = 0; i < s.size(); i++) {
                    agents[q][index.get(s.zonedStart(i).toInstant())] = (int) Math.round(s.value(i));
                }
            }
        }

        /** The agents per queue and interval. */
        Map<String, IntervalSeries> staffing() {
            return perQueue((q, t) -> agents[q][t]);
        }

        /** The simulated service level per queue and interval, absent where no call came. */
        Map<String, IntervalSeries> serviceLevels(Map<Cell, KpiFigures> figures) {
            return perQueue((q, t) -> {
                KpiFigures f = figures.get(new Cell(queues.get(q), starts.get(t).toInstant()));
                return f == null ? Double.NaN : f.serviceLevel().orElse(Double.NaN);
            });
        }

        /** A value of queue {@code q} in interval {@code t}; NaN for none. */
        private interface Value {
            double at(int q, int t);
        }

        /** A series per queue over the queue's own intervals, NaN values left out. */
        private Map<String, IntervalSeries> perQueue(Value value) {
            Map<String, IntervalSeries> out = new TreeMap<>();
            for (int q = 0; q < queues.size(); q++) {
                IntervalSeries s = template.get(queues.get(q));
                IntervalSeries.Builder b = IntervalSeries.builder(s.zone(), s.interval());
                for (int t = 0; t < starts.size(); t++) {
                    double v = agents[q][t] < 0 ? Double.NaN : value.at(q, t);
                    if (!Double.isNaN(v)) {
                        b.add(starts.get(t), v);
                    }
                }
                out.put(queues.get(q), b.build());
            }
            return out;
        }

        long total() {
            long total = 0;
            for (int[] row : agents) {
                for (int a : row) {
                    total += Math.max(a, 0);
                }
            }
            return total;
        }

        private double slack(int q, int t, Map<Cell, KpiFigures> figures) {
            return StaffingRefinement.slack(goals.get(queues.get(q)),
                    figures.get(new Cell(queues.get(q), starts.get(t).toInstant())));
        }

        boolean meets(Map<Cell, KpiFigures> figures) {
            for (int t = 0; t < starts.size(); t++) {
                for (int q = 0; q < queues.size(); q++) {
                    if (agents[q][t] >= 0 && slack(q, t, figures) < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** One round of moves on this round's figures; false when nothing changed. */
        boolean step(Map<Cell, KpiFigures> figures) {
            boolean changed = false;
            for (int t = 0; t < starts.size(); t++) {
                List<Integer> missing = new ArrayList<>();
                int loosest = -1;
                double most = 0;
                for (int q = 0; q < queues.size(); q++) {
                    if (agents[q][t] < 0) {
                        continue;
                    }
                    double slack = slack(q, t, figures);
                    if (slack < 0) {
                        missing.add(q);
                    } else if (agents[q][t] > 0 && !floor[q][t] && (loosest < 0 || slack > most)) {
                        loosest = q;
                        most = slack;
                    }
                }
                int undo = -1;
                for (int q = 0; q < queues.size(); q++) {
                    if (lowered[q][t]) {
                        undo = q;
                    }
                    lowered[q][t] = false;
                }
                if (!missing.isEmpty()) {
                    if (undo >= 0) {
                        agents[undo][t]++;
                        floor[undo][t] = true;
                    } else {
                        for (int q : missing) {
                            agents[q][t]++;
                        }
                    }
                    changed = true;
                } else if (loosest >= 0) {
                    agents[loosest][t]--;
                    lowered[loosest][t] = true;
                    changed = true;
                }
            }
            return changed;
        }
    }
}

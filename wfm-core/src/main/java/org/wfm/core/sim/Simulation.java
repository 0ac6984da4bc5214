package org.wfm.core.sim;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;
import org.wfm.core.calls.Outcome;
import org.wfm.core.calls.PhoneTime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A discrete-event simulation of a contact centre over the intervals of a day or a week: callers arrive as a forecast
 * says (a Poisson process per queue and interval) or as call records say (a replay), agents come on and off the
 * phones as a staffing or a roster says (an agent who is on a call when a break or the end of its time comes
 * finishes the call first: the break starts late and ends late by as much, the shift runs over), calls reach agents
 * by a {@link Routing} (without one: every agent takes every call, first come first served), callers hang up when
 * their patience runs out or leave a message at the queue's voicemail time, and callers still waiting at the end of
 * the horizon count as abandoned then.
 *
 * <p>Every figure comes from the {@link Kpis} code, computed on the simulated call records of each replication, then
 * reported as the mean over replications with a 95 % confidence interval ({@link Estimate}). Replication {@code r}
 * draws its callers (arrivals, handle times, patience; per queue a stream of its own) from the {@code r}-th split of
 * the seed, and the agents draw nothing: two staffings or rosters simulated with the same seed see the same callers
 * (common random numbers), so their comparison is sharp. The event loop ({@link EventLoop}) is a tight loop over
 * primitive arrays, several times faster than a general event list for this model.
 *
 * <p>Immutable; configure with the {@code with...} methods, then {@link #run}.
 */
public final class Simulation {

    private final Arrivals arrivals;
    private final Duty duty;
    private final Routing routing; // null: every group takes every queue at once, first come first served
    private final HandleTimes handleTimes;
    private final CallerPatience patience;
    private final int replications;
    private final long seed;
    private final double absence;

    private Simulation(Arrivals arrivals, Duty duty, Routing routing, HandleTimes handleTimes,
                       CallerPatience patience, int replications, long seed, double absence) {
        this.absence = absence;
        this.arrivals = arrivals;
        this.duty = duty;
        this.routing = routing;
        this.handleTimes = handleTimes;
        this.patience = patience;
        this.replications = replications;
        this.seed = seed;
    }

    /**
     * A simulation of forecast calls of one queue against agents on the phones per interval; see
     * {@link #of(Arrivals, Duty)}.
     *
     * @param calls       calls offered per interval (the Poisson rate of the interval)
     * @param ahtSeconds  average handle time per interval in seconds, or {@code null}
     * @param fallbackAht average handle time in seconds for intervals without one in {@code ahtSeconds} (NaN: none)
     * @param agents      agents on the phones per interval, whole numbers, on the grid of {@code calls}
     */
    public static Simulation of(IntervalSeries calls, IntervalSeries ahtSeconds, double fallbackAht, IntervalSeries agents) {
        return of(Arrivals.forecast(calls, ahtSeconds, fallbackAht), Duty.staffing(agents));
    }

    /**
     * A simulation of these callers against these agents; exponential handle times, no abandonment, no routing,
     * 100 replications, seed 1 until told otherwise.
     *
     * @throws IllegalArgumentException when a forecast's grid or zone differs from the staffing's or the problem's, or
     *                                  calls arrive outside the agents' horizon
     */
    public static Simulation of(Arrivals arrivals, Duty duty) {
        Objects.requireNonNull(arrivals, "arrivals");
        Objects.requireNonNull(duty, "duty");
        if (!arrivals.zone().getRules().equals(duty.start().getZone().getRules())) {
            throw new IllegalArgumentException("the calls' zone " + arrivals.zone() + " differs from " + duty.owner()
                    + " " + duty.start().getZone());
        }
        long from = duty.start().toEpochSecond();
        long to = duty.end().toEpochSecond();
        String horizon = " lies outside " + duty.horizon();
        if (arrivals.forecasts() != null) {
            if (!arrivals.interval().equals(duty.interval())) {
                throw new IllegalArgumentException("the forecast's intervals of " + arrivals.interval()
                        + " differ from " + duty.owner() + " " + duty.interval());
            }
            arrivals.forecasts().forEach((queue, f) -> {
                IntervalSeries calls = f.calls();
                for (int i = 0; i < calls.size(); i++) {
                    long start = calls.zonedStart(i).toEpochSecond();
                    if (calls.value(i) > 0 && (start < from || start + duty.interval().getSeconds() > to)) {
                        throw new IllegalArgumentException("the forecast's interval " + calls.start(i)
                                + (queue.equals(CallRecord.MAIN_QUEUE) ? "" : " of queue '" + queue + "'") + horizon);
                    }
                }
            });
        } else {
            for (CallRecord r : arrivals.replay()) {
                long at = r.arrived().getEpochSecond();
                if (at < from || at >= to) {
                    throw new IllegalArgumentException("call " + r.id() + " arrived at "
                            + r.arrived().atZone(arrivals.zone()).toLocalDateTime() + ", which" + horizon);
                }
            }
        }
        return new Simulation(arrivals, duty, null, HandleTimes.exponential(), CallerPatience.none(), 100, 1, 0);
    }

    /**
     * This simulation with calls routed by {@code newRouting}.
     *
     * @throws IllegalArgumentException naming the JSON path of a chain step whose group has no agents, or the queue
     *                                  of the calls that the routing leaves out
     */
    public Simulation withRouting(Routing newRouting) {
        List<String> groups = duty.groups();
        for (int q = 0; q < newRouting.queues().size(); q++) {
            List<Routing.Step> chain = newRouting.queues().get(q).chain();
            if (duty.routesBySkill()) {
                for (int k = 0; k < chain.size(); k++) {
                    String group = chain.get(k).group();
                    if (groups.stream().noneMatch(g -> g.equals(group) || duty.skills(g).contains(group))) {
                        throw new IllegalArgumentException("queues[" + q + "].chain[" + k + "].group: no agent of "
                                + duty.owner() + " roster has the skill or group '" + group + "' (groups: "
                                + String.join(", ", groups) + ")");
                    }
                }
                continue;
            }
            for (int k = 0; k < chain.size(); k++) {
                if (!groups.contains(chain.get(k).group())) {
                    throw new IllegalArgumentException("queues[" + q + "].chain[" + k + "].group: group '"
                            + chain.get(k).group() + "' is not among " + duty.owner() + " groups (" + String.join(", ", groups)
                            + ")");
                }
            }
        }
        for (String queue : arrivals.queues()) {
            if (newRouting.queue(queue).isEmpty()) {
                throw new IllegalArgumentException("the calls of queue '" + queue + "' have no route: add it to the"
                        + " routing's queues");
            }
        }
        return new Simulation(arrivals, duty, newRouting, handleTimes, patience, replications, seed, absence);
    }

    /**
     * This simulation against other agents, its callers, routing and settings kept.
     *
     * @throws IllegalArgumentException as {@link #of(Arrivals, Duty)} and {@link #withRouting(Routing)} do when the
     *                                  agents do not fit the callers or the routing
     */
    public Simulation withDuty(Duty newDuty) {
        Simulation other = of(arrivals, newDuty);
        other = routing == null ? other : other.withRouting(routing);
        return new Simulation(arrivals, newDuty, other.routing, handleTimes, patience, replications, seed, absence);
    }

    public Simulation withHandleTimes(HandleTimes times) {
        return new Simulation(arrivals, duty, routing, Objects.requireNonNull(times), patience, replications, seed,
                absence);
    }

    public Simulation withPatience(CallerPatience callerPatience) {
        return new Simulation(arrivals, duty, routing, handleTimes, Objects.requireNonNull(callerPatience),
                replications, seed, absence);
    }

    /** This simulation with {@code n} replications, 1 to 100,000. */
    public Simulation withReplications(int n) {
        if (n < 1 || n > 100_000) {
            throw new IllegalArgumentException("replications must be 1 to 100000, got " + n);
        }
        return new Simulation(arrivals, duty, routing, handleTimes, patience, n, seed, absence);
    }

    public Simulation withSeed(long newSeed) {
        return new Simulation(arrivals, duty, routing, handleTimes, patience, replications, newSeed, absence);
    }

    /**
     * This simulation with unplanned absence: in each replication every shift of the roster (or stretch of a staffing
     * slot) is missed with probability {@code share}, drawn from a stream of the replication's own after its
     * callers (so the callers stay those of the same seed without absence). Occupancy is then measured against the
     * phone time of the shifts worked.
     *
     * @param share the share of shifts missed, from 0 (default) to less than 1
     */
    public Simulation withAbsence(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the share of shifts absent must be at least 0 and below 1, got " + share);
        }
        return new Simulation(arrivals, duty, routing, handleTimes, patience, replications, seed, share);
    }

    /** Runs every replication and counts its calls with {@code definitions} (whose zone and interval are the agents'). */
    public SimulationResult run(KpiDefinitions definitions) {
        KpiDefinitions d = definitions.withZone(duty.start().getZone()).withInterval(duty.interval());
        Model model = new Model();
        List<Kpis> runs = new ArrayList<>(replications);
        long simulated = 0;
        long nanos = 0;
        int agents = duty.agents().size();
        double[] lateBreak = new double[agents];
        double[] overrun = new double[agents];
        SplittableRandom root = new SplittableRandom(seed);
        for (int r = 0; r < replications; r++) {
            long start = System.nanoTime();
            model.replicate(root.split());
            nanos += System.nanoTime() - start;
            simulated += model.loop.size;
            for (int a = 0; a < agents; a++) {
                lateBreak[a] += model.loop.lateBreak[a];
                overrun[a] += model.loop.overrun[a];
            }
            List<CallRecord> records = model.records(r);
            // occupancy needs a call handled (the KPI code refuses phone time no call falls in, as a user's mistake)
            boolean handled = records.stream().anyMatch(c -> c.answered() != null);
            runs.add(Kpis.of(records, d, handled ? model.phoneTime : null));
        }
        List<SimulationResult.Lateness> lateness = new ArrayList<>(agents);
        for (int a = 0; a < agents; a++) {
            lateness.add(new SimulationResult.Lateness(duty.agents().get(a).id(), lateBreak[a] / replications / 60,
                    overrun[a] / replications / 60));
        }
        return new SimulationResult(runs, simulated, lateness, nanos == 0 ? Double.NaN : simulated / (nanos / 1e9),
                absence);
    }

    /** The call records of replication {@code r} (0-based), the same on every run. */
    public List<CallRecord> records(int r) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < r; i++) {
            root.split();
        }
        Model model = new Model();
        model.replicate(root.split());
        return model.records(r);
    }

    @Override
    public String toString() {
        return "Simulation[" + arrivals + " against " + duty + (routing == null ? "" : ", " + routing.queues().size()
                + " routed queues") + ", " + handleTimes + ", " + patience + ", " + replications + " replications, seed "
                + seed + (absence > 0 ? ", " + Math.round(100 * absence) + "% of shifts absent" : "") + "]";
    }

    /** The simulation laid out for the event loop: queues, groups and agents numbered, times from the origin. */
    private final class Model {
        final long origin = duty.start().toEpochSecond();
        final List<String> queues = arrivals.forecasts() != null ? arrivals.queues() : routedQueues();
        final Map<String, Integer> queueIndex = new HashMap<>();
        final EventLoop loop;
        final double[][] on;
        final double[][] off;
        final boolean[][] breakAfter;
        PhoneTime phoneTime = duty.phoneTime(); // of the shifts worked in the replication
        double[] wrap = new double[0];     // per caller of a replay (caller c is record c), seconds
        // replays: per queue the answered calls to draw an unanswered call's handle time from
        final int[][] answeredOf;

        Model() {
            for (int q = 0; q < queues.size(); q++) {
                queueIndex.put(queues.get(q), q);
            }
            List<String> groups = duty.groups();
            int n = queues.size();
            int[] priority = new int[n];
            double[] voicemail = new double[n];
            int[][] chainGroup = new int[n][];
            double[][] chainAfter = new double[n][];
            for (int q = 0; q < n; q++) {
                Routing.Queue route = routing == null ? null : routing.queue(queues.get(q)).orElseThrow();
                priority[q] = route == null ? 0 : route.priority();
                voicemail[q] = route == null ? Double.POSITIVE_INFINITY
                        : route.voicemail().map(v -> v.toNanos() / 1e9).orElse(Double.POSITIVE_INFINITY);
                List<Routing.Step> steps;
                if (duty.routesBySkill()) {
                    steps = bySkill(queues.get(q), route == null
                            ? List.of(new Routing.Step(queues.get(q), Duration.ZERO)) : route.chain(), groups);
                } else { // without a routing every group, at once
                    steps = route == null ? groups.stream().map(g -> new Routing.Step(g, Duration.ZERO)).toList()
                            : route.chain();
                }
                chainGroup[q] = steps.stream().mapToInt(s -> groups.indexOf(s.group())).toArray();
                chainAfter[q] = steps.stream().mapToDouble(s -> s.after().toNanos() / 1e9).toArray();
            }
            List<Duty.Agent> agents = duty.agents();
            int[] groupOf = new int[agents.size()];
            on = new double[agents.size()][];
            off = new double[agents.size()][];
            breakAfter = new boolean[agents.size()][];
            for (int a = 0; a < agents.size(); a++) {
                Duty.Agent agent = agents.get(a);
                groupOf[a] = groups.indexOf(agent.group());
                on[a] = Arrays.stream(agent.on()).mapToDouble(t -> t - origin).toArray();
                off[a] = Arrays.stream(agent.off()).mapToDouble(t -> t - origin).toArray();
                breakAfter[a] = agent.breakAfter();
            }
            loop = new EventLoop(priority, voicemail, chainGroup, chainAfter, groups.size(), groupOf,
                    duty.end().toEpochSecond() - origin);
            loop.duty(on, off, breakAfter);
            answeredOf = arrivals.replay() == null ? null : answeredByQueue();
        }

        /**
         * The chain of a queue over a skilled roster's groups: a group may take the call once it has waited the
         * shortest {@code after} of the steps naming the group or one of its skills; groups in the order of their
         * first such step, single-skilled before cross-trained ones (so an arriving call takes a specialist first and
         * keeps the agents who can answer more queues free), then by name.
         *
         * @throws IllegalArgumentException when no group may take the queue's calls
         */
        private List<Routing.Step> bySkill(String queue, List<Routing.Step> chain, List<String> groups) {
            record Candidate(String group, int step, Duration after) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (String group : groups) {
                int first = -1;
                Duration after = null;
                for (int k = 0; k < chain.size(); k++) {
                    Routing.Step step = chain.get(k);
                    if (step.group().equals(group) || duty.skills(group).contains(step.group())) {
                        first = first < 0 ? k : first;
                        after = after == null || step.after().compareTo(after) < 0 ? step.after() : after;
                    }
                }
                if (first >= 0) {
                    candidates.add(new Candidate(group, first, after));
                }
            }
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("no agent of " + duty.owner() + " roster is skilled for queue '"
                        + queue + "' of the calls (groups: " + String.join(", ", groups)
                        + "): add the skill to agents, or route the queue to a group with --routing");
            }
            candidates.sort(Comparator.comparingInt(Candidate::step)
                    .thenComparingInt(c -> duty.skills(c.group()).size()).thenComparing(Candidate::group));
            return candidates.stream().map(c -> new Routing.Step(c.group(), c.after())).toList();
        }

        /** A replay's queues: the routed ones (in the routing's order), else those of the calls. */
        private List<String> routedQueues() {
            return routing == null ? arrivals.queues() : routing.queues().stream().map(Routing.Queue::id).toList();
        }

        private int[][] answeredByQueue() {
            List<CallRecord> calls = arrivals.replay();
            int[] count = new int[queues.size()];
            for (CallRecord c : calls) {
                count[queueIndex.get(c.queue())] += c.answered() != null ? 1 : 0;
            }
            int[][] byQueue = new int[queues.size()][];
            for (int q = 0; q < byQueue.length; q++) {
                byQueue[q] = new int[count[q]];
                count[q] = 0;
            }
            for (int i = 0; i < calls.size(); i++) {
                int q = queueIndex.get(calls.get(i).queue());
                if (calls.get(i).answered() != null) {
                    byQueue[q][count[q]++] = i;
                }
            }
            return byQueue;
        }

        void replicate(SplittableRandom random) {
            loop.clearCallers();
            if (arrivals.forecasts() != null) {
                forecastCallers(random);
            } else {
                replayCallers(random);
            }
            if (absence > 0) {
                absences(random.split());
            }
            loop.run();
        }

        /** Leaves out each shift with probability {@code absence}, and measures the phone time of the rest. */
        private void absences(SplittableRandom random) {
            List<Duty.Agent> agents = duty.agents();
            double[][] onNow = new double[agents.size()][];
            double[][] offNow = new double[agents.size()][];
            boolean[][] breaksNow = new boolean[agents.size()][];
            PhoneTime.Builder worked = PhoneTime.builder(duty.phoneTime().from(), duty.phoneTime().to());
            for (int a = 0; a < agents.size(); a++) {
                Duty.Agent agent = agents.get(a);
                int[] shift = agent.shift();
                boolean[] present = new boolean[shift.length == 0 ? 0 : shift[shift.length - 1] + 1];
                for (int k = 0; k < present.length; k++) {
                    present[k] = random.nextDouble() >= absence;
                }
                int n = 0;
                for (int s : shift) {
                    n += present[s] ? 1 : 0;
                }
                onNow[a] = new double[n];
                offNow[a] = new double[n];
                breaksNow[a] = new boolean[n];
                for (int i = 0, j = 0; i < shift.length; i++) {
                    if (present[shift[i]]) {
                        onNow[a][j] = on[a][i];
                        offNow[a][j] = off[a][i];
                        breaksNow[a][j++] = breakAfter[a][i];
                        worked.add(agent.id(), Instant.ofEpochSecond(agent.on()[i]), Instant.ofEpochSecond(agent.off()[i]));
                    }
                }
            }
            loop.duty(onNow, offNow, breaksNow);
            phoneTime = worked.build();
        }

        /** Each queue's Poisson arrivals from a stream of its own, merged in time order (ties: queue order). */
        private void forecastCallers(SplittableRandom random) {
            int n = queues.size();
            double[][] times = new double[n][];
            double[][] handles = new double[n][];
            double[][] patiences = new double[n][];
            int[] counts = new int[n];
            for (int q = 0; q < n; q++) {
                SplittableRandom stream = random.split();
                Arrivals.QueueForecast f = arrivals.forecasts().get(queues.get(q));
                IntervalSeries calls = f.calls();
                long step = calls.interval().getSeconds();
                double[] t = new double[1024];
                double[] h = new double[1024];
                double[] p = new double[1024];
                int size = 0;
                for (int i = 0; i < calls.size(); i++) {
                    double rate = calls.value(i) / step;
                    if (rate <= 0) {
                        continue;
                    }
                    double start = calls.zonedStart(i).toEpochSecond() - origin;
                    for (double at = start + stream.nextExponential() / rate; at < start + step;
                         at += stream.nextExponential() / rate) {
                        if (size == t.length) {
                            t = Arrays.copyOf(t, 2 * size);
                            h = Arrays.copyOf(h, 2 * size);
                            p = Arrays.copyOf(p, 2 * size);
                        }
                        t[size] = at;
                        h[size] = handleTimes.sample(f.meanHandle()[i], stream);
                        p[size++] = patience.sample(stream);
                    }
                }
                times[q] = t;
                handles[q] = h;
                patiences[q] = p;
                counts[q] = size;
            }
            int[] next = new int[n];
            while (true) {
                int q = -1;
                for (int k = 0; k < n; k++) {
                    if (next[k] < counts[k] && (q < 0 || times[k][next[k]] < times[q][next[q]])) {
                        q = k;
                    }
                }
                if (q < 0) {
                    break;
                }
                int i = next[q]++;
                loop.addCaller(times[q][i], q, handles[q][i], patiences[q][i]);
            }
        }

        /** The records' arrivals; talk and wrap of answered calls, drawn ones for the rest; patience drawn anew. */
        private void replayCallers(SplittableRandom random) {
            List<CallRecord> calls = arrivals.replay();
            if (wrap.length < calls.size()) {
                wrap = new double[calls.size()];
            }
            for (int i = 0; i < calls.size(); i++) {
                CallRecord c = calls.get(i);
                int q = queueIndex.get(c.queue());
                CallRecord served = c.answered() != null ? c
                        : calls.get(answeredOf[q][random.nextInt(answeredOf[q].length)]);
                double at = (c.arrived().toEpochMilli() - 1000 * origin) / 1000.0;
                wrap[i] = served.wrapSeconds();
                loop.addCaller(at, q, served.handleSeconds(), patience.sample(random));
            }
        }

        List<CallRecord> records(int r) {
            EventLoop l = loop;
            List<CallRecord> records = new ArrayList<>(l.size);
            List<Duty.Agent> agents = duty.agents();
            List<CallRecord> replay = arrivals.replay();
            for (int c = 0; c < l.size; c++) {
                CallRecord original = replay == null ? null : replay.get(c);
                String id = original != null ? original.id() : "sim" + (r + 1) + "-" + (c + 1);
                String queue = queues.get(l.queue[c]);
                Instant arrived = instant(l.arrival[c]);
                CallRecord record;
                if (l.outcome[c] == EventLoop.ANSWERED) {
                    double w = original == null ? 0 : wrap[c];
                    record = CallRecord.answered(id, queue, arrived, instant(l.answered[c]),
                            instant(l.answered[c] + l.handle[c] - w), agents.get(l.agent[c]).id());
                    if (w > 0) {
                        record = record.withWrap(w);
                    }
                } else {
                    record = CallRecord.unanswered(id, queue, arrived, instant(l.ended[c]),
                            l.outcome[c] == EventLoop.VOICEMAIL ? Outcome.VOICEMAIL : Outcome.ABANDONED);
                }
                if (original != null && original.customer() != null) {
                    record = record.withCustomer(original.customer());
                }
                records.add(record);
            }
            return records;
        }

        /** The instant of a simulated time, to the millisecond (so a written record file reads back the same). */
        private Instant instant(double seconds) {
            return Instant.ofEpochMilli(Math.round((origin + seconds) * 1000));
        }
    }
}

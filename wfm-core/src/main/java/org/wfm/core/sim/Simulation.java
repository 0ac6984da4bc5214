package org.wfm.core.sim;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;
import org.wfm.core.calls.Outcome;
import org.wfm.core.calls.PhoneTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A discrete-event simulation of one queue, first come first served, over the intervals of a day or a week: callers
 * arrive as a Poisson process with each interval's forecast rate, agents come on and off the phones as the staffing
 * per interval says (an agent who is on a call when its time is up finishes the call first), callers hang up when
 * their patience runs out, and callers still waiting at the end of the horizon count as abandoned then. Events at
 * the same instant: a call ends first, then staffing changes, then arrivals.
 *
 * <p>Every figure comes from the {@link Kpis} code, computed on the simulated call records of each replication, then
 * reported as the mean over replications with a 95 % confidence interval ({@link Estimate}). Replication {@code r}
 * draws its callers (arrival, handle time, patience) from its own random stream of the seed, and the staffing draws
 * nothing: two staffings simulated with the same seed see the same callers (common random numbers), so their
 * comparison is sharp. The event loop is a tight loop of its own over primitive arrays (a binary heap of call ends,
 * a bit set of idle agents), several times faster than a general event list for this one-queue model.
 *
 * <p>Immutable; configure with the {@code with...} methods, then {@link #run}.
 */
public final class Simulation {

    private final IntervalSeries calls;
    private final double[] meanHandle; // seconds, per interval of calls
    private final IntervalSeries agents;
    private final HandleTimes handleTimes;
    private final CallerPatience patience;
    private final int replications;
    private final long seed;

    private Simulation(IntervalSeries calls, double[] meanHandle, IntervalSeries agents,
                       HandleTimes handleTimes, CallerPatience patience, int replications, long seed) {
        this.calls = calls;
        this.meanHandle = meanHandle;
        this.agents = agents;
        this.handleTimes = handleTimes;
        this.patience = patience;
        this.replications = replications;
        this.seed = seed;
    }

    /**
     * A simulation of forecast calls against agents on the phones per interval; exponential handle times, no
     * abandonment, 100 replications, seed 1 until told otherwise.
     *
     * @param calls       calls offered per interval (the Poisson rate of the interval)
     * @param ahtSeconds  average handle time per interval in seconds, or {@code null}
     * @param fallbackAht average handle time in seconds for intervals without one in {@code ahtSeconds} (NaN: none)
     * @param agents      agents on the phones per interval, whole numbers, on the grid of {@code calls}
     * @throws IllegalArgumentException when the grids or zones differ, a count of agents is negative or fractional,
     *                                  an interval with calls has no handle time, or a forecast interval lies
     *                                  outside the staffing's horizon
     */
    public static Simulation of(IntervalSeries calls, IntervalSeries ahtSeconds, double fallbackAht, IntervalSeries agents) {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(agents, "agents");
        if (!calls.interval().equals(agents.interval())) {
            throw new IllegalArgumentException("the forecast's intervals of " + calls.interval()
                    + " differ from the staffing's " + agents.interval());
        }
        if (!calls.zone().getRules().equals(agents.zone().getRules())) {
            throw new IllegalArgumentException("the forecast's zone " + calls.zone() + " differs from the staffing's "
                    + agents.zone());
        }
        for (int i = 0; i < agents.size(); i++) {
            double a = agents.value(i);
            if (a < 0 || a != Math.rint(a) || a > org.wfm.core.InputLimits.MAX_AGENTS) {
                throw new IllegalArgumentException("agents at " + agents.start(i) + " must be a whole number from 0 to "
                        + org.wfm.core.InputLimits.MAX_AGENTS + ", got " + a);
            }
        }
        double[] meanHandle = new double[calls.size()];
        long first = agents.isEmpty() ? Long.MAX_VALUE : agents.zonedStart(0).toEpochSecond();
        long last = agents.isEmpty() ? Long.MIN_VALUE : agents.zonedStart(agents.size() - 1).toEpochSecond();
        for (int i = 0; i < calls.size(); i++) {
            long start = calls.zonedStart(i).toEpochSecond();
            if (calls.value(i) > 0 && (start < first || start > last)) {
                throw new IllegalArgumentException("the forecast's interval " + calls.start(i)
                        + " lies outside the staffing's horizon " + (agents.isEmpty() ? "(no intervals)"
                        : agents.start(0) + ".." + agents.start(agents.size() - 1)));
            }
            if (calls.value(i) < 0 || !Double.isFinite(calls.value(i))) {
                throw new IllegalArgumentException("calls at " + calls.start(i) + " must be 0 or more, got " + calls.value(i));
            }
            int a = ahtSeconds == null ? -1 : ahtSeconds.indexOf(calls.zonedStart(i).toInstant());
            double aht = a >= 0 ? ahtSeconds.value(a) : fallbackAht; // by instant: the repeated hour has two
            meanHandle[i] = aht;
            if (calls.value(i) > 0 && !(aht > 0)) {
                throw new IllegalArgumentException("the interval " + calls.start(i) + " has calls but no average handle"
                        + " time above 0 s: give an aht column or a fallback");
            }
        }
        return new Simulation(calls, meanHandle, agents, HandleTimes.exponential(), CallerPatience.none(),
                100, 1);
    }

    public Simulation withHandleTimes(HandleTimes times) {
        return new Simulation(calls, meanHandle, agents, Objects.requireNonNull(times), patience,
                replications, seed);
    }

    public Simulation withPatience(CallerPatience callerPatience) {
        return new Simulation(calls, meanHandle, agents, handleTimes, Objects.requireNonNull(callerPatience),
                replications, seed);
    }

    /** This simulation with {@code n} replications, 1 to 100,000. */
    public Simulation withReplications(int n) {
        if (n < 1 || n > 100_000) {
            throw new IllegalArgumentException("replications must be 1 to 100000, got " + n);
        }
        return new Simulation(calls, meanHandle, agents, handleTimes, patience, n, seed);
    }

    public Simulation withSeed(long newSeed) {
        return new Simulation(calls, meanHandle, agents, handleTimes, patience, replications, newSeed);
    }

    /** Runs every replication and counts its calls with {@code definitions} (whose zone and interval are the data's). */
    public SimulationResult run(KpiDefinitions definitions) {
        KpiDefinitions d = definitions.withZone(calls.zone()).withInterval(calls.interval());
        PhoneTime phoneTime = phoneTime();
        List<Kpis> runs = new ArrayList<>(replications);
        long simulated = 0;
        long nanos = 0;
        double lateSeconds = 0;
        SplittableRandom root = new SplittableRandom(seed);
        for (int r = 0; r < replications; r++) {
            long start = System.nanoTime();
            Replication replication = replicate(root.split());
            nanos += System.nanoTime() - start;
            simulated += replication.size;
            lateSeconds += replication.lateSeconds;
            runs.add(Kpis.of(replication.records(r), d, phoneTime));
        }
        return new SimulationResult(runs, simulated, lateSeconds / replications / 60,
                nanos == 0 ? Double.NaN : simulated / (nanos / 1e9));
    }

    /** The call records of replication {@code r} (0-based), the same on every run. */
    public List<CallRecord> records(int r) {
        return replicate(stream(r)).records(r);
    }

    /** Agent slot k is on the phones in interval i when k < agents(i). */
    private PhoneTime phoneTime() {
        long step = agents.interval().getSeconds();
        PhoneTime.Builder builder = PhoneTime.builder(Instant.ofEpochSecond(agents.zonedStart(0).toEpochSecond()),
                Instant.ofEpochSecond(agents.zonedStart(agents.size() - 1).toEpochSecond() + step));
        for (int i = 0; i < agents.size(); i++) {
            long start = agents.zonedStart(i).toEpochSecond();
            for (int k = 0; k < (int) agents.value(i); k++) {
                builder.add(agentId(k), Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + step));
            }
        }
        return builder.build();
    }

    private static String agentId(int slot) {
        return "S" + (slot + 1);
    }

    /**
     * The random stream of replication {@code r}: the (r + 1)-th split of the seed's generator, the same for the same
     * seed and independent across replications ({@link #run} splits them in turn).
     */
    private RandomGenerator stream(int r) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < r; i++) {
            root.split();
        }
        return root.split();
    }

    private Replication replicate(RandomGenerator random) {
        Replication rep = new Replication(agents.zonedStart(0).toEpochSecond());
        long step = calls.interval().getSeconds();
        for (int i = 0; i < calls.size(); i++) {
            double rate = calls.value(i) / step;
            if (rate <= 0) {
                continue;
            }
            double aht = meanHandle[i];
            double start = calls.zonedStart(i).toEpochSecond() - rep.origin;
            for (double t = start + random.nextExponential() / rate; t < start + step; t += random.nextExponential() / rate) {
                rep.addCaller(t, handleTimes.sample(aht, random), patience.sample(random));
            }
        }
        rep.run(duty(), agents.zonedStart(agents.size() - 1).toEpochSecond() + step);
        return rep;
    }

    /** Duty changes (seconds from the origin, slot, on) where a slot comes on or goes off the phones. */
    private double[][] duty() {
        List<double[]> changes = new ArrayList<>();
        int previous = 0;
        long step = agents.interval().getSeconds();
        long origin = agents.zonedStart(0).toEpochSecond();
        for (int i = 0; i <= agents.size(); i++) {
            long at = (i < agents.size() ? agents.zonedStart(i).toEpochSecond()
                    : agents.zonedStart(i - 1).toEpochSecond() + step) - origin;
            if (i > 0 && i < agents.size()
                    && agents.zonedStart(i).toEpochSecond() != agents.zonedStart(i - 1).toEpochSecond() + step) {
                for (int k = 0; k < previous; k++) { // a gap in the staffing: everyone off
                    changes.add(new double[]{agents.zonedStart(i - 1).toEpochSecond() + step - origin, k, 0});
                }
                previous = 0;
            }
            int now = i < agents.size() ? (int) agents.value(i) : 0;
            for (int k = now; k < previous; k++) {
                changes.add(new double[]{at, k, 0});
            }
            for (int k = previous; k < now; k++) {
                changes.add(new double[]{at, k, 1});
            }
            previous = now;
        }
        return changes.toArray(double[][]::new);
    }

    /** The callers of one replication and what became of them; times in seconds from the origin. */
    private static final class Replication {
        final long origin;
        int size;
        double[] arrival = new double[1024];
        double[] handle = new double[1024];
        double[] patience = new double[1024];
        double[] answered;
        double[] ended;
        int[] agent;
        double lateSeconds;

        Replication(long origin) {
            this.origin = origin;
        }

        void addCaller(double at, double handleSeconds, double patienceSeconds) {
            if (size == arrival.length) {
                arrival = Arrays.copyOf(arrival, 2 * size);
                handle = Arrays.copyOf(handle, 2 * size);
                patience = Arrays.copyOf(patience, 2 * size);
            }
            arrival[size] = at;
            handle[size] = handleSeconds;
            patience[size] = patienceSeconds;
            size++;
        }

        /** The event loop: call ends, then duty changes, then arrivals, at equal times. */
        void run(double[][] duty, long endEpoch) {
            double end = endEpoch - origin;
            answered = new double[size];
            ended = new double[size];
            agent = new int[size];
            Arrays.fill(agent, -1);
            int slots = 0;
            for (double[] d : duty) {
                slots = Math.max(slots, (int) d[1] + 1);
            }
            boolean[] onDuty = new boolean[slots];
            boolean[] busy = new boolean[slots];
            double[] offAt = new double[slots];
            BitSet idle = new BitSet(slots);
            double[] heapTime = new double[Math.max(1, slots)];
            int[] heapSlot = new int[Math.max(1, slots)];
            int heapSize = 0;
            int[] waiting = new int[Math.max(16, size)];
            int head = 0;
            int tail = 0;
            int nextArrival = 0;
            int nextDuty = 0;
            while (true) {
                double tA = nextArrival < size ? arrival[nextArrival] : Double.POSITIVE_INFINITY;
                double tD = heapSize > 0 ? heapTime[0] : Double.POSITIVE_INFINITY;
                double tS = nextDuty < duty.length ? duty[nextDuty][0] : Double.POSITIVE_INFINITY;
                double now = Math.min(tA, Math.min(tD, tS));
                if (now == Double.POSITIVE_INFINITY) {
                    break;
                }
                if (tD <= tS && tD <= tA) {
                    int s = heapSlot[0];
                    heapSize = pop(heapTime, heapSlot, heapSize);
                    busy[s] = false;
                    if (onDuty[s]) {
                        idle.set(s);
                    } else {
                        lateSeconds += now - offAt[s];
                    }
                } else if (tS <= tA) {
                    int s = (int) duty[nextDuty][1];
                    boolean on = duty[nextDuty][2] == 1;
                    nextDuty++;
                    onDuty[s] = on;
                    if (on && !busy[s]) {
                        idle.set(s);
                    } else if (!on) {
                        idle.clear(s);
                        offAt[s] = now;
                    }
                } else {
                    waiting[tail++] = nextArrival++;
                }
                if (now > end) {
                    continue; // after the horizon only calls in progress end
                }
                // dispatch: the longest waiting caller still there to the idle agent with the lowest number
                while (head < tail && !idle.isEmpty()) {
                    int c = waiting[head++];
                    if (arrival[c] + patience[c] < now) {
                        ended[c] = arrival[c] + patience[c]; // hung up before an agent was free
                        continue;
                    }
                    int s = idle.nextSetBit(0);
                    idle.clear(s);
                    busy[s] = true;
                    agent[c] = s;
                    answered[c] = now;
                    ended[c] = now + handle[c];
                    heapSize = push(heapTime, heapSlot, heapSize, ended[c], s);
                }
            }
            for (int i = head; i < tail; i++) { // still waiting when the horizon ended
                int c = waiting[i];
                ended[c] = Math.min(arrival[c] + patience[c], end);
            }
        }

        List<CallRecord> records(int r) {
            List<CallRecord> records = new ArrayList<>(size);
            for (int c = 0; c < size; c++) {
                Instant arrived = instant(arrival[c]);
                String id = "sim" + (r + 1) + "-" + (c + 1);
                records.add(agent[c] >= 0
                        ? CallRecord.answered(id, CallRecord.MAIN_QUEUE, arrived, instant(answered[c]),
                        instant(ended[c]), agentId(agent[c]))
                        : CallRecord.unanswered(id, CallRecord.MAIN_QUEUE, arrived, instant(ended[c]), Outcome.ABANDONED));
            }
            return records;
        }

        /** The instant of a simulated time, to the millisecond (so a written record file reads back the same). */
        private Instant instant(double seconds) {
            return Instant.ofEpochMilli(Math.round((origin + seconds) * 1000));
        }

        private static int push(double[] time, int[] slot, int size, double t, int s) {
            int i = size;
            while (i > 0 && time[(i - 1) / 2] > t) {
                time[i] = time[(i - 1) / 2];
                slot[i] = slot[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            time[i] = t;
            slot[i] = s;
            return size + 1;
        }

        private static int pop(double[] time, int[] slot, int size) {
            size--;
            double t = time[size];
            int s = slot[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && time[child + 1] < time[child]) {
                    child++;
                }
                if (time[child] >= t) {
                    break;
                }
                time[i] = time[child];
                slot[i] = slot[child];
                i = child;
            }
            time[i] = t;
            slot[i] = s;
            return size;
        }
    }
}

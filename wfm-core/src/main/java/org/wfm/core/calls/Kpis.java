package org.wfm.core.calls;

import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The contact-centre KPIs of a set of call records, per interval, day, queue and agent, with the caller-patience
 * curve and the interval history that forecasting reads: the one implementation of every KPI definition (docs/
 * formats.md, {@code wfm kpi}); the simulator's figures come out of it too.
 *
 * <p>Definitions: a call belongs to the interval and day of its arrival on the wall clock of
 * {@link KpiDefinitions#zone()}. Every figure counts inbound calls only, except right-party contacts, revenue
 * per call and the agents' figures. Offered = answered + abandoned + voicemail; blocked calls are counted apart.
 * The wait of an answered call is {@code max(0, answered - arrived)}, of an abandoned or voicemail call
 * {@code ended - arrived}. First-contact resolution: of answered inbound calls with a known customer, the share for
 * which the same customer offered no further inbound call (in any queue, even when one queue is reported) arriving
 * after it and no later than the repeat window after it; calls whose window runs past the last arrival of any
 * call are left out. Occupancy (when {@link PhoneTime} is given): handle time (talk and after-call work of every
 * call an agent handled, in every queue and direction) inside the row's time, over the agents' time on the phones
 * in it; only for rows of all queues (agents' time is not split by queue), and only inside the period the phone
 * time covers.
 *
 * <p>One pass over the records; memory grows with the intervals, queues and agents, and with the arrivals of
 * known customers (for first-contact resolution), not with the calls. Immutable once computed.
 */
public final class Kpis {

    /** The queue name of rows over every queue. */
    public static final String ALL = "all";

    private final KpiDefinitions definitions;
    private final KpiFigures total;
    private final List<KpiFigures> intervals;
    private final List<KpiFigures> days;
    private final List<KpiFigures> queues;
    private final List<AgentFigures> agents;
    private final Patience patience;
    private final History history;
    private final Map<String, History> historyByQueue;

    private Kpis(Count count) {
        this.definitions = count.definitions;
        this.total = count.total();
        this.intervals = count.intervalRows();
        this.days = count.dayRows();
        this.queues = count.queueRows();
        this.agents = count.agentRows();
        this.patience = count.patience();
        this.history = count.history();
        this.historyByQueue = count.historyByQueue();
    }

    /** The KPIs of the records under the default definitions (UTC, 30 minutes, 20 s, offered...). */
    public static Kpis of(Iterable<CallRecord> records) {
        return of(records, KpiDefinitions.defaults(), null);
    }

    /** The KPIs of the records under these definitions, without occupancy. */
    public static Kpis of(Iterable<CallRecord> records, KpiDefinitions definitions) {
        return of(records, definitions, null);
    }

    /**
     * The KPIs of the records under these definitions, with occupancy against the agents' time on the phones.
     *
     * @param phoneTime the agents' time on the phones (from a roster or agent states), or {@code null}
     * @throws IllegalArgumentException when there are no calls (of the queue, when one is chosen), or the phone
     *                                  time belongs to other calls: no call was handled inside its period, or
     *                                  none of its agents handled a call
     */
    public static Kpis of(Iterable<CallRecord> records, KpiDefinitions definitions, PhoneTime phoneTime) {
        Count count = new Count(Objects.requireNonNull(definitions, "definitions"), phoneTime);
        for (CallRecord record : records) {
            count.add(record);
        }
        if (count.total.offered + count.total.blocked + count.total.outbound == 0) {
            throw new IllegalArgumentException(definitions.queue() == null ? "no calls to count"
                    : "no calls of queue " + definitions.queue() + " (queues: " + String.join(", ", new java.util.TreeSet<>(count.queueNames)) + ")");
        }
        count.finish();
        if (count.phoneTime != null) {
            count.checkPhoneTime();
        }
        return new Kpis(count);
    }

    public KpiDefinitions definitions() {
        return definitions;
    }

    /** The totals: of the chosen queue, or of every queue ({@link #ALL}). */
    public KpiFigures total() {
        return total;
    }

    /**
     * One row per interval and queue with inbound calls, in time order, each interval's queues in name order and then
     * the row of all queues (left out when one queue is chosen); with phone time, also the intervals with agents on
     * the phones but no calls.
     */
    public List<KpiFigures> byInterval() {
        return intervals;
    }

    /** One row per day and queue, as {@link #byInterval()}, with first-contact resolution. */
    public List<KpiFigures> byDay() {
        return days;
    }

    /** One row per queue in name order, then all queues (left out when one queue is chosen). */
    public List<KpiFigures> byQueue() {
        return queues;
    }

    /** One row per agent who handled a call or has phone time, in id order. */
    public List<AgentFigures> byAgent() {
        return agents;
    }

    /** Caller patience from the offered calls. */
    public Patience patience() {
        return patience;
    }

    /**
     * The interval history that forecasting reads: calls offered per interval and the AHT of its answered calls
     * (absent where none was answered); for every day with offered calls, every interval from the day's first to its
     * last interval with a call (0 where none), days without calls absent.
     */
    public History history() {
        return history;
    }

    /**
     * The history of each queue with offered calls (the chosen queue alone when one is chosen), by queue name, each
     * as {@link #history()} counts it but from that queue's calls only: its days and its span of intervals are its
     * own, so a queue open fewer hours keeps its own opening hours.
     */
    public Map<String, History> historyByQueue() {
        return historyByQueue;
    }

    @Override
    public String toString() {
        return "Kpis[" + total + "; " + intervals.size() + " interval rows, " + days.size() + " day rows, "
                + agents.size() + " agents; " + patience + "]";
    }

    /** The rows of one interval or day: a tally per queue and one for all queues. */
    private static final class Group {
        final Map<String, Tally> queues = new HashMap<>();
        final Tally all = new Tally();
        Group day; // the day group of an interval

        Tally queue(String queue) {
            return queues.computeIfAbsent(queue, q -> new Tally());
        }
    }

    /** The state of one pass over the records. */
    private static final class Count {
        final KpiDefinitions definitions;
        final PhoneTime phoneTime;
        final ZoneRules rules;
        final long step;
        final double answerWithin;
        final double shortAbandon;
        final long repeatWindow;
        final Tally total = new Tally();
        final Map<String, Tally> byQueue = new HashMap<>();
        final Map<Long, Group> byInterval = new HashMap<>();
        final Map<LocalDate, Group> byDay = new HashMap<>();
        final Map<String, double[]> byAgent = new HashMap<>(); // handled, talk, wrap, busy
        final Map<Long, long[]> waits = new HashMap<>();    // wait in ms -> abandons, censored
        final java.util.Set<String> queueNames = new java.util.HashSet<>();
        double totalWait;
        long lastArrival = Long.MIN_VALUE;
        long lastStart = Long.MIN_VALUE / 2;
        Group lastInterval;
        // first-contact resolution: arrivals of known customers' offered calls, and the answered calls to judge
        final Map<String, Integer> customers = new HashMap<>();
        final List<long[]> customerArrivals = new ArrayList<>();
        int[] customerSizes = new int[16];
        long[] judgeArrival = new long[1024];
        int[] judgeCustomer = new int[1024];
        String[] judgeQueue = new String[1024];
        Group[] judgeDay = new Group[1024];
        int judged;

        Count(KpiDefinitions definitions, PhoneTime phoneTime) {
            this.definitions = definitions;
            this.phoneTime = definitions.queue() == null ? phoneTime : null;
            this.rules = definitions.zone().getRules();
            this.step = definitions.interval().toMillis();
            this.answerWithin = definitions.answerWithin().toNanos() / 1e9;
            this.shortAbandon = definitions.shortAbandon().toNanos() / 1e9;
            this.repeatWindow = definitions.repeatWindow().toMillis();
        }

        /** Epoch ms of the start of the wall-clock interval holding {@code epochMilli}. */
        long intervalStart(long epochMilli) {
            long offset = rules.getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() * 1000L;
            long local = epochMilli + offset;
            return local - Math.floorMod(local, step) - offset;
        }

        LocalDate date(long epochMilli) {
            Instant instant = Instant.ofEpochMilli(epochMilli);
            return LocalDate.ofInstant(instant, definitions.zone());
        }

        void add(CallRecord call) {
            long arrived = call.arrived().toEpochMilli();
            lastArrival = Math.max(lastArrival, arrived);
            queueNames.add(call.queue());
            boolean counted = definitions.queue() == null || definitions.queue().equals(call.queue());
            if (call.inbound() && call.outcome().offered() && call.customer() != null) {
                arrivalOf(call.customer(), arrived);
            }
            if (!counted) {
                return;
            }
            if (call.outcome() == Outcome.ANSWERED) {
                agent(call);
            }
            if (!call.inbound()) {
                total.addOutbound(call);
                byQueue.computeIfAbsent(call.queue(), q -> new Tally()).addOutbound(call);
                return;
            }
            double wait = call.waitSeconds();
            Group interval = interval(arrived);
            Group day = interval.day;
            for (Tally tally : new Tally[]{total, byQueue.computeIfAbsent(call.queue(), q -> new Tally()),
                    interval.all, interval.queue(call.queue()), day.all, day.queue(call.queue())}) {
                tally.addInbound(call, wait, answerWithin, shortAbandon);
            }
            if (call.outcome().offered()) {
                long ms = Math.round(wait * 1000);
                long[] w = waits.computeIfAbsent(ms, k -> new long[2]);
                w[call.outcome() == Outcome.ABANDONED ? 0 : 1]++;
                totalWait += wait;
            }
            if (call.outcome() == Outcome.ANSWERED && call.customer() != null) {
                judge(arrived, customerIndex(call.customer()), call.queue(), day);
            }
        }

        /**
         * The group of the interval holding an arrival, with its day. Files come mostly in time order, so the last
         * interval is kept at hand (an interval never straddles a DST change: it divides an hour).
         */
        private Group interval(long arrived) {
            if (arrived < lastStart || arrived >= lastStart + step) {
                lastStart = intervalStart(arrived);
                lastInterval = byInterval.computeIfAbsent(lastStart, s -> new Group());
            }
            if (lastInterval.day == null) {
                lastInterval.day = byDay.computeIfAbsent(date(lastStart), d -> new Group());
            }
            return lastInterval;
        }

        private void agent(CallRecord call) {
            double[] a = byAgent.computeIfAbsent(call.agent(), k -> new double[4]);
            a[0]++;
            a[1] += call.talkSeconds();
            a[2] += call.wrapSeconds();
            if (phoneTime != null) {
                long answered = call.answered().toEpochMilli();
                long ended = call.ended().toEpochMilli();
                a[3] += busy(answered, ended + Math.round(call.wrapSeconds() * 1000));
            }
        }

        /** Spreads a busy span over the intervals inside the phone time's period; its seconds there. */
        private double busy(long from, long to) {
            long lo = Math.max(from, phoneTime.from().toEpochMilli());
            long hi = Math.min(to, phoneTime.to().toEpochMilli());
            double inside = 0;
            for (long t = lo; t < hi; ) {
                long start = intervalStart(t);
                long end = Math.min(hi, start + step);
                double seconds = (end - t) / 1000.0;
                byInterval.computeIfAbsent(start, s -> new Group()).all.busySeconds += seconds;
                inside += seconds;
                t = end;
            }
            return inside;
        }

        private int customerIndex(String customer) {
            Integer index = customers.get(customer);
            if (index == null) {
                index = customers.size();
                customers.put(customer, index);
                customerArrivals.add(new long[2]);
                if (customerSizes.length <= index) {
                    customerSizes = Arrays.copyOf(customerSizes, Math.max(16, 2 * index));
                }
            }
            return index;
        }

        private void arrivalOf(String customer, long arrived) {
            int c = customerIndex(customer);
            long[] list = customerArrivals.get(c);
            if (customerSizes[c] == list.length) {
                list = Arrays.copyOf(list, 2 * list.length);
                customerArrivals.set(c, list);
            }
            list[customerSizes[c]++] = arrived;
        }

        private void judge(long arrived, int customer, String queue, Group day) {
            if (judged == judgeArrival.length) {
                judgeArrival = Arrays.copyOf(judgeArrival, 2 * judged);
                judgeCustomer = Arrays.copyOf(judgeCustomer, 2 * judged);
                judgeQueue = Arrays.copyOf(judgeQueue, 2 * judged);
                judgeDay = Arrays.copyOf(judgeDay, 2 * judged);
            }
            judgeArrival[judged] = arrived;
            judgeCustomer[judged] = customer;
            judgeQueue[judged] = queue;
            judgeDay[judged] = day;
            judged++;
        }

        /** Judges first-contact resolution and adds the phone time, once every record is in. */
        void finish() {
            for (int c = 0; c < customerArrivals.size(); c++) {
                Arrays.sort(customerArrivals.get(c), 0, customerSizes[c]);
            }
            for (int i = 0; i < judged; i++) {
                long arrived = judgeArrival[i];
                if (arrived + repeatWindow > lastArrival) {
                    continue; // the window runs past the data: cannot be judged
                }
                long[] arrivals = customerArrivals.get(judgeCustomer[i]);
                int next = firstAfter(arrivals, customerSizes[judgeCustomer[i]], arrived);
                boolean resolved = next < 0 || arrivals[next] > arrived + repeatWindow;
                Group day = judgeDay[i];
                for (Tally tally : new Tally[]{total, byQueue.get(judgeQueue[i]), day.all, day.queue(judgeQueue[i])}) {
                    tally.fcrJudged++;
                    if (resolved) {
                        tally.fcrResolved++;
                    }
                }
            }
            if (phoneTime != null) {
                for (Spans spans : phoneTime.spans().values()) {
                    for (int i = 0; i < spans.size(); i++) {
                        for (long t = spans.from(i); t < spans.to(i); ) {
                            long start = intervalStart(t);
                            long end = Math.min(spans.to(i), start + step);
                            byInterval.computeIfAbsent(start, s -> new Group()).all.phoneSeconds += (end - t) / 1000.0;
                            t = end;
                        }
                    }
                }
                byInterval.forEach((start, group) -> {
                    Tally day = byDay.computeIfAbsent(date(start), d -> new Group()).all;
                    day.phoneSeconds += group.all.phoneSeconds;
                    day.busySeconds += group.all.busySeconds;
                    total.phoneSeconds += group.all.phoneSeconds;
                    total.busySeconds += group.all.busySeconds;
                });
            }
        }

        /** Refuses phone time that cannot be the staffing of these calls: occupancy would be a silent 0. */
        void checkPhoneTime() {
            String period = phoneTime.from() + ".." + phoneTime.to();
            if (total.busySeconds == 0) {
                throw new IllegalArgumentException("no call was handled between " + period + ", the period the agents'"
                        + " time on the phones covers: the staffing belongs to other days or another centre");
            }
            if (phoneTime.agents().stream().noneMatch(byAgent::containsKey)) {
                throw new IllegalArgumentException("none of the " + phoneTime.agents().size() + " agents with time on"
                        + " the phones handled a call: the calls name agents such as "
                        + byAgent.keySet().iterator().next());
            }
        }

        /** The index of the first of {@code sorted[0, size)} after {@code value}, or -1. */
        private static int firstAfter(long[] sorted, int size, long value) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < size ? lo : -1;
        }

        String totalName() {
            return definitions.queue() == null ? ALL : definitions.queue();
        }

        KpiFigures total() {
            return total.figures(totalName(), null, null, definitions, phoneTime != null);
        }

        List<KpiFigures> intervalRows() {
            List<KpiFigures> rows = new ArrayList<>();
            new TreeMap<>(byInterval).forEach((start, group) -> {
                ZonedDateTime zoned = Instant.ofEpochMilli(start).atZone(definitions.zone());
                rows(rows, group, zoned, zoned.toLocalDate());
            });
            return rows;
        }

        List<KpiFigures> dayRows() {
            List<KpiFigures> rows = new ArrayList<>();
            new TreeMap<>(byDay).forEach((date, group) -> rows(rows, group, null, date));
            return rows;
        }

        private void rows(List<KpiFigures> rows, Group group, ZonedDateTime start, LocalDate date) {
            new TreeMap<>(group.queues).forEach((queue, tally) ->
                    rows.add(tally.figures(queue, start, date, definitions, false)));
            if (definitions.queue() == null) {
                rows.add(group.all.figures(ALL, start, date, definitions, phoneTime != null));
            }
        }

        List<KpiFigures> queueRows() {
            List<KpiFigures> rows = new ArrayList<>();
            new TreeMap<>(byQueue).forEach((queue, tally) -> rows.add(tally.figures(queue, null, null, definitions, false)));
            if (definitions.queue() == null) {
                rows.add(total());
            }
            return rows;
        }

        List<AgentFigures> agentRows() {
            Map<String, double[]> all = new TreeMap<>(byAgent);
            if (phoneTime != null) {
                phoneTime.agents().forEach(a -> all.computeIfAbsent(a, k -> new double[4]));
            }
            List<AgentFigures> rows = new ArrayList<>();
            all.forEach((agent, a) -> {
                if (a[0] > 0 || phoneTime != null) {
                    rows.add(new AgentFigures(agent, (long) a[0], a[1], a[2],
                            phoneTime == null ? Double.NaN : phoneTime.seconds(agent), a[3]));
                }
            });
            return rows;
        }

        Patience patience() {
            long atRisk = total.offered;
            double survival = 1;
            List<Patience.Step> curve = new ArrayList<>();
            for (Map.Entry<Long, long[]> e : new TreeMap<>(waits).entrySet()) {
                long abandons = e.getValue()[0];
                if (abandons > 0) {
                    survival *= 1 - (double) abandons / atRisk;
                    curve.add(new Patience.Step(e.getKey() / 1000.0, survival, atRisk, abandons));
                }
                atRisk -= abandons + e.getValue()[1];
            }
            return new Patience(curve, totalWait, total.abandoned);
        }

        History history() {
            return history(this::tally);
        }

        Map<String, History> historyByQueue() {
            Map<String, History> histories = new TreeMap<>();
            byQueue.forEach((queue, tally) -> {
                if (tally.offered > 0) {
                    histories.put(queue, history(group -> group.queues.get(queue)));
                }
            });
            return Collections.unmodifiableMap(histories);
        }

        /** The history of the tally {@code of} picks from each interval's group (null where it has none). */
        private History history(Function<Group, Tally> of) {
            IntervalSeries.Builder offered = IntervalSeries.builder(definitions.zone(), definitions.interval());
            IntervalSeries.Builder aht = IntervalSeries.builder(definitions.zone(), definitions.interval());
            Map<LocalDate, long[]> span = new TreeMap<>(); // first and last interval start with offered calls
            byInterval.forEach((start, group) -> {
                Tally t = of.apply(group);
                if (t != null && t.offered > 0) {
                    long[] s = span.computeIfAbsent(date(start), d -> new long[]{start, start});
                    s[0] = Math.min(s[0], start);
                    s[1] = Math.max(s[1], start);
                }
            });
            for (long[] s : span.values()) {
                for (long start = s[0]; start <= s[1]; start += step) {
                    ZonedDateTime zoned = Instant.ofEpochMilli(start).atZone(definitions.zone());
                    Group group = byInterval.get(start);
                    Tally t = group == null ? null : of.apply(group);
                    offered.add(zoned, t == null ? 0 : t.offered);
                    if (t != null && t.answered > 0) {
                        aht.add(zoned, t.handle / t.answered);
                    }
                }
            }
            return History.of(offered.build(), aht.build());
        }

        /** The tally a history counts: the chosen queue's, or all queues'. */
        private Tally tally(Group group) {
            return definitions.queue() == null ? group.all : group.queues.get(definitions.queue());
        }
    }
}

package org.wfm.core.calls;

import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.Rule;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.Timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each agent's time on the phones (available, on a call or in after-call work): the denominator of occupancy.
 * Either what a roster schedules ({@link #scheduled}: on shift, not on break) or what the agents did
 * ({@link AgentStates#onPhone()}).
 */
public final class PhoneTime {

    /** The roster rules whose breach means the roster's shifts cannot be read against its problem. */
    private static final Set<Rule> STRUCTURE = EnumSet.of(Rule.KNOWN_AGENT_AND_TYPE, Rule.SHIFT_IN_HORIZON,
            Rule.SHIFT_START_ALLOWED, Rule.SHIFT_LENGTH, Rule.BREAKS_TAKEN, Rule.BREAK_LENGTH,
            Rule.BREAKS_IN_ORDER_WITHOUT_OVERLAP, Rule.BREAK_TIMES_UNAMBIGUOUS, Rule.ONE_SHIFT_PER_DAY);

    private final Map<String, Spans> byAgent;
    private final long from;
    private final long to;

    PhoneTime(Map<String, Spans> byAgent, long from, long to) {
        this.byAgent = Collections.unmodifiableMap(new TreeMap<>(byAgent));
        this.from = from;
        this.to = to;
    }

    /**
     * The time a roster puts each agent on the phones: its shifts less their breaks, in the problem's zone.
     *
     * @throws IllegalArgumentException when the roster does not fit the problem (unknown agents or shift types,
     *                                  shifts outside the horizon, of the wrong length or with breaks that do not
     *                                  fit): the message names the first agent and rule
     */
    public static PhoneTime scheduled(ScheduleProblem problem, Roster roster) {
        Schedule schedule = Schedule.of(problem, roster);
        Map<String, Spans> onPhone = new LinkedHashMap<>();
        schedule.shifts.forEach((agent, shifts) -> onPhone.put(agent, shifts.minus(schedule.breaks.get(agent))));
        Timeline timeline = Timeline.of(problem);
        return new PhoneTime(onPhone, 1000 * timeline.startEpoch(), 1000 * timeline.epochAt(timeline.size()));
    }

    /**
     * Collects agents' time on the phones span by span, for staffing that does not come from a roster or agent
     * states (a simulation's agents, say).
     *
     * @param from the start of the period the phone time covers
     * @param to   its end (exclusive)
     */
    public static Builder builder(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period of phone time must end after it starts: " + from + ".." + to);
        }
        return new Builder(from.toEpochMilli(), to.toEpochMilli());
    }

    /** Phone time span by span; overlapping spans of one agent count once. */
    public static final class Builder {
        private final long from;
        private final long to;
        private final Map<String, long[]> pairs = new TreeMap<>();
        private final Map<String, Integer> counts = new TreeMap<>();

        private Builder(long from, long to) {
            this.from = from;
            this.to = to;
        }

        /** Adds a span {@code [start, end)} of an agent on the phones. */
        public Builder add(String agent, Instant start, Instant end) {
            long[] list = pairs.computeIfAbsent(agent, a -> new long[16]);
            int n = counts.getOrDefault(agent, 0);
            if (2 * n + 2 > list.length) {
                list = java.util.Arrays.copyOf(list, 2 * list.length);
                pairs.put(agent, list);
            }
            list[2 * n] = start.toEpochMilli();
            list[2 * n + 1] = end.toEpochMilli();
            counts.put(agent, n + 1);
            return this;
        }

        public PhoneTime build() {
            Map<String, Spans> spans = new TreeMap<>();
            pairs.forEach((agent, list) -> spans.put(agent, Spans.union(list, counts.get(agent))));
            return new PhoneTime(spans, from, to);
        }
    }

    /** The agents with time on the phones, in id order. */
    public List<String> agents() {
        return List.copyOf(byAgent.keySet());
    }

    /** The seconds an agent is on the phones; 0 for an agent not known here. */
    public double seconds(String agent) {
        return byAgent.getOrDefault(agent, Spans.EMPTY).length() / 1000.0;
    }

    /** The start of the period this covers: the horizon of a roster, the first state of agent states. */
    public Instant from() {
        return Instant.ofEpochMilli(from);
    }

    /** The end of the period this covers (exclusive). */
    public Instant to() {
        return Instant.ofEpochMilli(to);
    }

    Map<String, Spans> spans() {
        return byAgent;
    }

    @Override
    public String toString() {
        double hours = byAgent.values().stream().mapToLong(Spans::length).sum() / 3_600_000.0;
        return "PhoneTime[" + byAgent.size() + " agents, " + String.format(java.util.Locale.ROOT, "%.1f", hours)
                + " agent-hours, " + from() + ".." + to() + "]";
    }

    /** A roster read against its problem: per agent the time on shift and the time off the phones in it (breaks, activities). */
    record Schedule(Map<String, Spans> shifts, Map<String, Spans> breaks) {

        static Schedule of(ScheduleProblem problem, Roster roster) {
            List<RosterCheck.Violation> misfits = RosterCheck.check(problem, roster).stream()
                    .filter(v -> STRUCTURE.contains(v.rule())).toList();
            if (!misfits.isEmpty()) {
                throw new IllegalArgumentException("the roster does not fit the problem: " + misfits.get(0)
                        + (misfits.size() > 1 ? " (and " + (misfits.size() - 1) + " more)" : ""));
            }
            Map<String, List<long[]>> shiftPairs = new TreeMap<>();
            Map<String, List<long[]>> breakPairs = new TreeMap<>();
            problem.agents().forEach(a -> {
                shiftPairs.put(a.id(), new ArrayList<>());
                breakPairs.put(a.id(), new ArrayList<>());
            });
            for (Shift shift : roster.shifts()) {
                long start = Timeline.epochOf(shift.start(), problem.zone());
                long length = problem.shiftType(shift.type()).orElseThrow().length().getSeconds();
                shiftPairs.get(shift.agent()).add(new long[]{1000 * start, 1000 * (start + length)});
                for (ShiftBreak b : shift.breaks()) {
                    breakPairs.get(shift.agent()).add(new long[]{1000 * Timeline.epochOf(b.start(), problem.zone()),
                            1000 * Timeline.epochOf(b.end(), problem.zone())});
                }
                for (ShiftActivity a : shift.activities()) { // a meeting is off the phones, like a break
                    breakPairs.get(shift.agent()).add(new long[]{1000 * Timeline.epochOf(a.start(), problem.zone()),
                            1000 * Timeline.epochOf(a.end(), problem.zone())});
                }
            }
            return new Schedule(spansOf(shiftPairs), spansOf(breakPairs));
        }

        private static Map<String, Spans> spansOf(Map<String, List<long[]>> pairs) {
            Map<String, Spans> spans = new TreeMap<>();
            pairs.forEach((agent, list) -> {
                long[] flat = new long[2 * list.size()];
                for (int i = 0; i < list.size(); i++) {
                    flat[2 * i] = list.get(i)[0];
                    flat[2 * i + 1] = list.get(i)[1];
                }
                spans.put(agent, Spans.union(flat, list.size()));
            });
            return spans;
        }
    }
}

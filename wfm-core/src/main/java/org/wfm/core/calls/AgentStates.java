package org.wfm.core.calls;

import org.wfm.core.io.CsvTable;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the agents did, as the ACD logged it: the agent-state CSV {@code agent,state,start,end}, one row per state
 * (local date-times in the zone, the end exclusive). An agent's states do not overlap. The states
 * {@link #DEFAULT_ON_QUEUE} count as on the phones; any other (break, lunch, meeting, offline...) does not.
 */
public final class AgentStates {

    /** The states that are on the phones unless told otherwise: {@code available}, {@code on_call}, {@code wrap}. */
    public static final Set<String> DEFAULT_ON_QUEUE = Set.of("available", "on_call", "wrap");

    /** One logged state. Times in epoch milliseconds. */
    private record State(String agent, String state, long from, long to, int line) {
    }

    private final Map<String, List<State>> byAgent;
    private final Set<String> onQueue;

    private AgentStates(Map<String, List<State>> byAgent, Set<String> onQueue) {
        this.byAgent = byAgent;
        this.onQueue = onQueue;
    }

    /**
     * Reads an agent-state CSV.
     *
     * @throws InputFormatException naming the file, line and column of a missing column or value, a malformed or
     *                              non-existent time, an end not after its start, or a state that overlaps an
     *                              earlier one of the same agent; naming the file when it has no states
     */
    public static AgentStates read(Path file, ZoneId zone) throws IOException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("agent", "state", "start", "end");
        if (table.rows().isEmpty()) {
            throw new InputFormatException(table.source(), 2, null, "no states: the file has only a header");
        }
        Stamps stamps = new Stamps(zone);
        Map<String, List<State>> byAgent = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            Instant start = stamps.instant(row, "start", null);
            Instant end = stamps.instant(row, "end", start);
            if (!end.isAfter(start)) {
                throw row.error("end", "the state ends at " + row.string("end") + ", not after its start "
                        + row.string("start"));
            }
            State state = new State(row.string("agent"), row.string("state").toLowerCase(Locale.ROOT),
                    start.toEpochMilli(), end.toEpochMilli(), row.line());
            byAgent.computeIfAbsent(state.agent(), a -> new ArrayList<>()).add(state);
        }
        for (List<State> states : byAgent.values()) {
            states.sort(Comparator.comparingLong(State::from));
            for (int i = 1; i < states.size(); i++) {
                State before = states.get(i - 1);
                State after = states.get(i);
                if (after.from() < before.to()) {
                    int line = Math.max(before.line(), after.line());
                    int other = Math.min(before.line(), after.line());
                    throw new InputFormatException(table.source(), line, "start", "agent " + after.agent()
                            + "'s state overlaps the state on line " + other + ": an agent is in one state at a time");
                }
            }
        }
        return new AgentStates(byAgent, DEFAULT_ON_QUEUE);
    }

    /** These states with another list of the states that count as on the phones (lower case). */
    public AgentStates withOnQueueStates(Set<String> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("give at least one on-queue state");
        }
        Set<String> lower = new TreeSet<>();
        states.forEach(s -> lower.add(s.trim().toLowerCase(Locale.ROOT)));
        return new AgentStates(byAgent, Set.copyOf(lower));
    }

    /** The states that count as on the phones. */
    public Set<String> onQueueStates() {
        return onQueue;
    }

    /** The agents in the file, in id order. */
    public List<String> agents() {
        return List.copyOf(byAgent.keySet());
    }

    /** Each agent's time in an on-queue state, over the period from the first state's start to the last's end. */
    public PhoneTime onPhone() {
        Map<String, Spans> spans = new TreeMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Map.Entry<String, List<State>> e : byAgent.entrySet()) {
            spans.put(e.getKey(), onPhone(e.getValue()));
            from = Math.min(from, e.getValue().get(0).from());
            to = Math.max(to, e.getValue().stream().mapToLong(State::to).max().orElseThrow());
        }
        return new PhoneTime(spans, from, to);
    }

    private Spans onPhone(List<State> states) {
        long[] pairs = new long[2 * states.size()];
        int n = 0;
        for (State s : states) {
            if (onQueue.contains(s.state())) {
                pairs[2 * n] = s.from();
                pairs[2 * n + 1] = s.to();
                n++;
            }
        }
        return Spans.union(pairs, n);
    }

    /**
     * Adherence and conformance of every agent of the problem against the roster (see {@link AgentAdherence});
     * an agent without states counts as never on the phones.
     *
     * @throws IllegalArgumentException when the roster does not fit the problem
     */
    public List<AgentAdherence> adherence(ScheduleProblem problem, Roster roster) {
        PhoneTime.Schedule schedule = PhoneTime.Schedule.of(problem, roster);
        List<AgentAdherence> rows = new ArrayList<>();
        schedule.shifts().forEach((agent, shifts) -> {
            Spans onBreak = schedule.breaks().get(agent);
            Spans plannedOnPhone = shifts.minus(onBreak);
            Spans actual = onPhone(byAgent.getOrDefault(agent, List.of()));
            long onPhoneInShift = actual.overlap(shifts);
            long onPhoneOnBreak = actual.overlap(onBreak);
            long missing = plannedOnPhone.length() - actual.overlap(plannedOnPhone);
            rows.add(new AgentAdherence(agent, shifts.length() / 1000.0, plannedOnPhone.length() / 1000.0,
                    (missing + onPhoneOnBreak) / 1000.0, onPhoneInShift / 1000.0));
        });
        return rows;
    }

    @Override
    public String toString() {
        return "AgentStates[" + byAgent.size() + " agents, " + byAgent.values().stream().mapToInt(List::size).sum()
                + " states, on queue " + new TreeSet<>(onQueue) + "]";
    }
}

package org.wfm.core.sim;

import org.wfm.core.InputLimits;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.PhoneTime;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is on the phones when, in a simulation: the agents per interval and group of a staffing (slots that come on and
 * go off as the count changes), or the agents of a roster (on the phones during their shifts and not on break).
 * Immutable.
 */
public final class Duty {

    /**
     * One agent's stretches on the phones, epoch seconds; {@code breakAfter[i]} says the stretch ends in a break of
     * the same shift (so a late start of that break makes its end late too), not at the end of a shift;
     * {@code shift[i]} numbers the stretch's shift (a staffing slot's stretches are each a shift of their own).
     */
    record Agent(String id, String group, long[] on, long[] off, boolean[] breakAfter, int[] shift) {
    }

    private final List<Agent> agents;
    private final List<String> groups;
    private final Map<String, Set<String>> skills; // per group of a roster whose agents differ in skills; else empty
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final Duration interval;
    private final PhoneTime phoneTime;
    private final String source; // "staffing" or "problem", for messages

    private Duty(List<Agent> agents, List<String> groups, Map<String, Set<String>> skills, ZonedDateTime start,
                 ZonedDateTime end, Duration interval, PhoneTime phoneTime, String source) {
        this.source = source;
        this.agents = List.copyOf(agents);
        this.groups = List.copyOf(groups);
        this.skills = Map.copyOf(skills);
        this.start = start;
        this.end = end;
        this.interval = interval;
        this.phoneTime = phoneTime;
    }

    /** The agents of one group {@code main} per interval; see {@link #staffing(Map)}. */
    public static Duty staffing(IntervalSeries agents) {
        return staffing(Map.of(Routing.MAIN_GROUP, agents));
    }

    /**
     * Agents on the phones per interval and group, whole numbers, every group on one grid and zone. The horizon runs
     * from the first interval of any group to the end of the last; an interval a group has no row for has none of
     * its agents.
     *
     * @throws IllegalArgumentException when the grids or zones differ, a count is negative, fractional or above
     *                                  {@link InputLimits#MAX_AGENTS}, or there are no intervals
     */
    public static Duty staffing(Map<String, IntervalSeries> agentsByGroup) {
        if (agentsByGroup.isEmpty() || agentsByGroup.values().stream().allMatch(IntervalSeries::isEmpty)) {
            throw new IllegalArgumentException("the staffing has no intervals");
        }
        IntervalSeries first = agentsByGroup.values().iterator().next();
        long step = first.interval().getSeconds();
        ZonedDateTime from = null;
        ZonedDateTime to = null;
        for (Map.Entry<String, IntervalSeries> e : new TreeMap<>(agentsByGroup).entrySet()) {
            IntervalSeries s = e.getValue();
            if (!s.interval().equals(first.interval()) || !s.zone().getRules().equals(first.zone().getRules())) {
                throw new IllegalArgumentException("the staffing of group '" + e.getKey() + "' is on another grid or"
                        + " zone than the others");
            }
            for (int i = 0; i < s.size(); i++) {
                double a = s.value(i);
                if (a < 0 || a != Math.rint(a) || a > InputLimits.MAX_AGENTS) {
                    throw new IllegalArgumentException("agents at " + s.start(i) + " must be a whole number from 0 to "
                            + InputLimits.MAX_AGENTS + ", got " + a);
                }
            }
            if (!s.isEmpty()) {
                ZonedDateTime a = s.zonedStart(0);
                ZonedDateTime b = s.zonedStart(s.size() - 1).plusSeconds(step);
                from = from == null || a.isBefore(from) ? a : from;
                to = to == null || b.isAfter(to) ? b : to;
            }
        }
        List<Agent> agents = new ArrayList<>();
        boolean onlyMain = agentsByGroup.size() == 1 && agentsByGroup.containsKey(Routing.MAIN_GROUP);
        new TreeMap<>(agentsByGroup).forEach((group, series) -> slots(group, series, onlyMain, agents));
        PhoneTime.Builder phoneTime = PhoneTime.builder(from.toInstant(), to.toInstant());
        for (Agent a : agents) {
            for (int i = 0; i < a.on().length; i++) {
                phoneTime.add(a.id(), Instant.ofEpochSecond(a.on()[i]), Instant.ofEpochSecond(a.off()[i]));
            }
        }
        return new Duty(agents, List.copyOf(new TreeMap<>(agentsByGroup).keySet()), Map.of(), from, to,
                first.interval(), phoneTime.build(), "staffing");
    }

    /** Slot k of a group is on the phones in the intervals with more than k agents of the group. */
    private static void slots(String group, IntervalSeries series, boolean onlyMain, List<Agent> out) {
        long step = series.interval().getSeconds();
        int most = 0;
        for (int i = 0; i < series.size(); i++) {
            most = Math.max(most, (int) series.value(i));
        }
        for (int k = 0; k < most; k++) {
            List<long[]> stretches = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                if (series.value(i) > k) {
                    long from = series.zonedStart(i).toEpochSecond();
                    if (!stretches.isEmpty() && stretches.get(stretches.size() - 1)[1] == from) {
                        stretches.get(stretches.size() - 1)[1] = from + step;
                    } else {
                        stretches.add(new long[]{from, from + step});
                    }
                }
            }
            String id = onlyMain ? "S" + (k + 1) : group + "-" + (k + 1);
            int[] shifts = new int[stretches.size()];
            Arrays.setAll(shifts, i -> i);
            out.add(agent(id, group, stretches, new boolean[stretches.size()], shifts));
        }
    }

    /**
     * The agents of a roster: on the phones during their shifts, not on break and not in an activity. The horizon is
     * the problem's. When every agent answers every queue of the problem they are all in group {@code main}, which
     * takes every call unless a routing says otherwise; else an agent's group is its skill set, named by its queues
     * in the problem's order joined by {@code +} ({@code service+sales}), and calls are routed by skill (see
     * {@link #skills(String)}).
     *
     * @throws IllegalArgumentException when the roster does not fit the problem (unknown agents, shifts outside the
     *                                  horizon or off their type, overlapping shifts or breaks)
     */
    public static Duty roster(ScheduleProblem problem, Roster roster) {
        PhoneTime phoneTime = PhoneTime.scheduled(problem, roster); // refuses a roster that does not fit
        ZoneId zone = problem.zone();
        Map<String, List<Shift>> byAgent = new TreeMap<>();
        problem.agents().forEach(a -> byAgent.put(a.id(), new ArrayList<>()));
        roster.shifts().forEach(s -> byAgent.get(s.agent()).add(s));
        List<String> queueIds = problem.queueIds();
        int[] masks = problem.skillMasks();
        int all = (1 << queueIds.size()) - 1;
        boolean everyoneEverything = Arrays.stream(masks).allMatch(m -> m == all);
        Map<String, String> groupOf = new TreeMap<>();
        Map<String, Set<String>> skills = new TreeMap<>();
        for (int a = 0; a < masks.length; a++) {
            List<String> set = new ArrayList<>();
            for (int q = 0; q < queueIds.size(); q++) {
                if ((masks[a] & 1 << q) != 0) {
                    set.add(queueIds.get(q));
                }
            }
            String group = everyoneEverything ? Routing.MAIN_GROUP : String.join("+", set);
            groupOf.put(problem.agents().get(a).id(), group);
            if (!everyoneEverything) {
                skills.put(group, Set.copyOf(set));
            }
        }
        List<Agent> agents = new ArrayList<>();
        byAgent.forEach((id, shifts) -> {
            shifts.sort((a, b) -> Long.compare(Timeline.epochOf(a.start(), zone), Timeline.epochOf(b.start(), zone)));
            List<long[]> stretches = new ArrayList<>();
            List<Boolean> breakAfter = new ArrayList<>();
            List<Integer> shiftOf = new ArrayList<>();
            for (int k = 0; k < shifts.size(); k++) {
                Shift shift = shifts.get(k);
                int before = stretches.size();
                long from = Timeline.epochOf(shift.start(), zone);
                long shiftEnd = from + problem.shiftType(shift.type()).orElseThrow().length().getSeconds();
                // breaks and activities (a meeting, coaching) take the agent off the phones alike
                List<long[]> away = new ArrayList<>();
                for (ShiftBreak b : shift.breaks()) {
                    away.add(new long[]{Timeline.epochOf(b.start(), zone), Timeline.epochOf(b.end(), zone)});
                }
                for (ShiftActivity a : shift.activities()) {
                    away.add(new long[]{Timeline.epochOf(a.start(), zone), Timeline.epochOf(a.end(), zone)});
                }
                away.sort((a, b) -> Long.compare(a[0], b[0]));
                for (long[] b : away) {
                    if (b[0] > from) {
                        stretches.add(new long[]{from, b[0]});
                        breakAfter.add(true);
                    }
                    from = Math.max(from, b[1]);
                }
                if (shiftEnd > from) {
                    stretches.add(new long[]{from, shiftEnd});
                    breakAfter.add(false);
                } else if (stretches.size() > before) { // a break that runs to the shift's end ends the shift
                    breakAfter.set(breakAfter.size() - 1, false);
                }
                while (shiftOf.size() < stretches.size()) {
                    shiftOf.add(k);
                }
            }
            boolean[] kinds = new boolean[breakAfter.size()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = breakAfter.get(i);
            }
            agents.add(agent(id, groupOf.get(id), stretches, kinds,
                    shiftOf.stream().mapToInt(Integer::intValue).toArray()));
        });
        Timeline timeline = Timeline.of(problem);
        ZonedDateTime from = Instant.ofEpochSecond(timeline.startEpoch()).atZone(zone);
        ZonedDateTime to = Instant.ofEpochSecond(timeline.epochAt(timeline.size())).atZone(zone);
        List<String> groups = List.copyOf(new java.util.TreeSet<>(groupOf.values()));
        return new Duty(agents, groups, skills, from, to, problem.interval(), phoneTime, "problem");
    }

    private static Agent agent(String id, String group, List<long[]> stretches, boolean[] breakAfter, int[] shift) {
        long[] on = new long[stretches.size()];
        long[] off = new long[stretches.size()];
        for (int i = 0; i < on.length; i++) {
            on[i] = stretches.get(i)[0];
            off[i] = stretches.get(i)[1];
        }
        return new Agent(id, group, on, off, breakAfter, shift);
    }

    /** The agent groups (of the staffing, even one with no agents at any time, or of the roster), in name order. */
    public List<String> groups() {
        return groups;
    }

    /**
     * The queues the agents of a group are skilled for, when the agents are a roster's that differ in skills (calls
     * are then routed by skill: without a routing, a queue's calls go to the groups skilled for it; a routing's chain
     * step names a group or a skill); empty for a staffing's group and for the one group {@code main}.
     */
    public Set<String> skills(String group) {
        return skills.getOrDefault(group, Set.of());
    }

    /** Whether calls are routed by the agents' skills (a roster whose agents differ in skills). */
    public boolean routesBySkill() {
        return !skills.isEmpty();
    }

    /** The start of the horizon. */
    public ZonedDateTime start() {
        return start;
    }

    /** The end of the horizon (exclusive): the end of the last staffed interval, or of the problem's horizon. */
    public ZonedDateTime end() {
        return end;
    }

    /** The interval of the staffing or the problem, which the simulation's figures are counted per. */
    public Duration interval() {
        return interval;
    }

    /** The planned time on the phones, which occupancy is measured against. */
    public PhoneTime phoneTime() {
        return phoneTime;
    }

    /** "the staffing's" or "the problem's", and its first and last interval, as messages name them. */
    String horizon() {
        return "the " + source + "'s horizon " + start.toLocalDateTime() + ".." + end.minus(interval).toLocalDateTime();
    }

    /** "the staffing's" or "the problem's". */
    String owner() {
        return "the " + source + "'s";
    }

    List<Agent> agents() {
        return agents;
    }

    @Override
    public String toString() {
        return "Duty[" + agents.size() + " agents in " + groups() + ", " + start.toLocalDateTime() + ".."
                + end.toLocalDateTime() + "]";
    }
}

package org.wfm.scheduler.bound;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.Timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The data of the set-covering relaxation of a {@link ScheduleProblem}, solver-free: the horizon's intervals
 * with their planned requirement, every possible shift start with its break positions, and the agents pooled
 * into groups that share the same allowed shift types.
 *
 * <p>Intervals are counted in elapsed time from the zoned start of the horizon, so a 23- or 25-hour DST day
 * has 92 or 100 quarter-hours and a shift keeps its elapsed length. Shift starts come from {@link Timeline}, as
 * in the scheduler: one per existing local start time.
 */
final class CoveringProblem {

    /** One possible shift: the day (index in the horizon) and type it belongs to and its first interval. */
    record Start(int day, int type, int first) {
    }

    /**
     * Agents allowed exactly the same shift types, pooled.
     *
     * @param types     indexes of the allowed shift types
     * @param dayLimits most shifts the group can work on sets of days: every single day, the whole horizon, and
     *                  the other sets where the agents' own limits bind harder than those
     * @param minHours  least paid hours of the group that the agents can reach, summed
     * @param maxHours  most paid hours of the group, summed ({@code +infinity} when some agent has no limit)
     */
    record AgentGroup(int[] types, List<DayLimit> dayLimits, double minHours, double maxHours) {
    }

    /**
     * At most {@code shifts} shifts of a group on the days {@code days}: the sum over its agents of
     * {@code min(day limit, days of the set the agent can work)}, where an agent's day limit is
     * {@code min(maxDays, days it can work, maxHours / least paid shift)}. Every agent works at most one shift a
     * day, so no roster breaks it; over all sets of days these make the pooled day counts exactly those that
     * the agents can share out among themselves.
     *
     * @param days   day indexes in the horizon
     * @param shifts most shifts on those days together
     */
    record DayLimit(int[] days, int shifts) {
    }

    /**
     * The sessions of one activity: {@code count} sessions, each of {@code length} intervals at one of {@code starts},
     * taking {@code attendees} agents off the phones (a together activity: one session of every attendee it may not
     * go without; any other: one session per attendee and perAgent, of one agent each).
     */
    record Sessions(int[] starts, int length, int attendees, int count) {
    }

    /** Horizons up to this many days get a limit for every set of days; longer ones for every run of days. */
    private static final int ALL_DAY_SETS = 7;

    final int days;
    final int intervals;
    final double[] planned;
    /** Per shift type: its length in intervals. */
    final int[] lengths;
    /** Per shift type: its paid hours. */
    final double[] paidHours;
    /** Per shift type and break rule: {earliest offset, latest offset, length}, in intervals from the shift start. */
    final int[][][] breaks;
    final List<Start> starts;
    final List<AgentGroup> groups;
    final List<Sessions> activities;

    private CoveringProblem(int days, int intervals, double[] planned, int[] lengths, double[] paidHours, int[][][] breaks,
                            List<Start> starts, List<AgentGroup> groups, List<Sessions> activities) {
        this.days = days;
        this.intervals = intervals;
        this.planned = planned;
        this.lengths = lengths;
        this.paidHours = paidHours;
        this.breaks = breaks;
        this.starts = starts;
        this.groups = groups;
        this.activities = activities;
    }

    static CoveringProblem of(ScheduleProblem problem) {
        Timeline timeline = Timeline.of(problem);
        long step = timeline.step();
        int intervals = timeline.size();
        double[] planned = new double[intervals];
        IntervalSeries requirements = problem.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            planned[timeline.indexAt(requirements.zonedStart(i).toEpochSecond())] = problem.plannedRequirement(i);
        }
        // the previous roster's agents still on the phones leave that much less to cover (pooled, so a bound still)
        for (Shift shift : problem.previous()) {
            timeline.forEachOnThePhones(shift, i -> planned[i] = Math.max(0, planned[i] - 1));
        }
        List<ShiftType> types = problem.shiftTypes();
        int[] lengths = new int[types.size()];
        double[] paidHours = new double[types.size()];
        int[][][] breaks = new int[types.size()][][];
        for (int k = 0; k < types.size(); k++) {
            ShiftType type = types.get(k);
            lengths[k] = (int) (type.length().getSeconds() / step);
            paidHours[k] = type.paidHours();
            breaks[k] = new int[type.breaks().size()][];
            for (int r = 0; r < breaks[k].length; r++) {
                BreakRule.Slots slots = type.breaks().get(r).slots(problem.interval());
                breaks[k][r] = new int[]{slots.first(), slots.last(), slots.length()};
            }
        }
        List<Start> starts = new ArrayList<>();
        for (int d = 0; d < problem.days(); d++) {
            LocalDate date = problem.start().plusDays(d);
            for (int k = 0; k < types.size(); k++) {
                for (LocalDateTime local : timeline.shiftStarts(types.get(k), date)) {
                    starts.add(new Start(d, k, timeline.indexAt(local)));
                }
            }
        }
        List<Sessions> activities = new ArrayList<>();
        for (Activity a : problem.activities()) {
            int invited = problem.attendees(a).size();
            activities.add(new Sessions(timeline.sessionStarts(problem.windows(a), a.length()),
                    (int) (a.length().getSeconds() / step), a.together() ? invited - a.allowedMissing(invited) : 1,
                    a.together() ? 1 : invited * a.perAgent()));
        }
        return new CoveringProblem(problem.days(), intervals, planned, lengths, paidHours, breaks, List.copyOf(starts),
                groups(problem, timeline), List.copyOf(activities));
    }

    /** Total planned demand over the horizon, agent-intervals. */
    double plannedDemand() {
        return Arrays.stream(planned).sum();
    }

    private static List<AgentGroup> groups(ScheduleProblem problem, Timeline timeline) {
        List<ShiftType> types = problem.shiftTypes();
        Map<List<Integer>, List<Agent>> byTypes = new LinkedHashMap<>();
        for (Agent agent : problem.agents()) {
            List<Integer> key = new ArrayList<>();
            for (int k = 0; k < types.size(); k++) {
                if (agent.allows(types.get(k).id())) {
                    key.add(k);
                }
            }
            byTypes.computeIfAbsent(List.copyOf(key), x -> new ArrayList<>()).add(agent);
        }
        List<AgentGroup> groups = new ArrayList<>();
        byTypes.forEach((key, agents) -> groups.add(group(problem, timeline, key, agents)));
        return List.copyOf(groups);
    }

    private static AgentGroup group(ScheduleProblem problem, Timeline timeline, List<Integer> key,
                                    List<Agent> agents) {
        List<ShiftType> types = key.stream().map(problem.shiftTypes()::get).toList();
        double leastPaid = types.stream().mapToDouble(ShiftType::paidHours).min().orElseThrow();
        double mostPaid = types.stream().mapToDouble(ShiftType::paidHours).max().orElseThrow();
        int days = problem.days();
        boolean[][] workable = new boolean[agents.size()][days];
        int[] limits = new int[agents.size()];
        double minHours = 0;
        double maxHours = 0;
        for (int a = 0; a < agents.size(); a++) {
            Agent agent = agents.get(a);
            int count = 0;
            for (int d = 0; d < days; d++) {
                workable[a][d] = canWork(timeline, agent, types, problem.start().plusDays(d));
                count += workable[a][d] ? 1 : 0;
            }
            Contract contract = agent.contract();
            // every shift pays at least leastPaid hours, so maxHours caps the number of shifts too
            double byHours = leastPaid > 0 ? Math.floor(contract.maxHours() / leastPaid + 1e-9) : Double.MAX_VALUE;
            limits[a] = (int) Math.min(Math.min(contract.maxDays(), count), byHours);
            minHours += Math.min(contract.minHours(), limits[a] * mostPaid);
            maxHours += contract.maxHours();
        }
        int[] singleDay = new int[days];
        for (int d = 0; d < days; d++) {
            singleDay[d] = shiftsOn(new int[]{d}, workable, limits);
        }
        int whole = Arrays.stream(limits).sum();
        List<DayLimit> dayLimits = new ArrayList<>();
        for (int[] set : daySets(days)) {
            int shifts = shiftsOn(set, workable, limits);
            int byParts = Arrays.stream(set).map(d -> singleDay[d]).sum();
            if (set.length == 1 || set.length == days || shifts < Math.min(byParts, whole)) {
                dayLimits.add(new DayLimit(set, shifts));
            }
        }
        return new AgentGroup(key.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(dayLimits), minHours,
                maxHours);
    }

    /** Sum over agents of {@code min(limit, days of the set the agent can work)}. */
    private static int shiftsOn(int[] set, boolean[][] workable, int[] limits) {
        int shifts = 0;
        for (int a = 0; a < limits.length; a++) {
            int count = 0;
            for (int d : set) {
                count += workable[a][d] ? 1 : 0;
            }
            shifts += Math.min(limits[a], count);
        }
        return shifts;
    }

    /** Every non-empty set of days for short horizons, every run of consecutive days for longer ones. */
    private static List<int[]> daySets(int days) {
        List<int[]> sets = new ArrayList<>();
        if (days <= ALL_DAY_SETS) {
            for (int mask = 1; mask < 1 << days; mask++) {
                int m = mask;
                sets.add(IntStream.range(0, days).filter(d -> (m >> d & 1) == 1).toArray());
            }
        } else {
            for (int from = 0; from < days; from++) {
                for (int to = from + 1; to <= days; to++) {
                    sets.add(IntStream.range(from, to).toArray());
                }
            }
        }
        return sets;
    }

    /** Whether the agent is not off that day and some start of an allowed type misses all unavailable windows. */
    private static boolean canWork(Timeline timeline, Agent agent, List<ShiftType> types, LocalDate date) {
        if (agent.isOff(date)) {
            return false;
        }
        if (agent.unavailable().isEmpty()) {
            return true;
        }
        for (ShiftType type : types) {
            for (LocalDateTime local : timeline.shiftStarts(type, date)) {
                LocalDateTime end = timeline.localOf(timeline.epochOf(local) + type.length().getSeconds());
                if (agent.unavailable().stream().noneMatch(w -> w.overlaps(local, end))) {
                    return true;
                }
            }
        }
        return false;
    }
}

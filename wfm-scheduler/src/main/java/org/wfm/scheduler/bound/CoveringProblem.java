package org.wfm.scheduler.bound;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the set-covering relaxation of a {@link ScheduleProblem}, solver-free: the horizon's intervals
 * with their planned requirement, every possible shift start with its break positions, and the agents pooled
 * into groups that share the same allowed shift types.
 *
 * <p>Intervals are counted in elapsed time from the zoned start of the horizon, so a 23- or 25-hour DST day
 * has 92 or 100 quarter-hours and a shift keeps its elapsed length. A local start time that occurs twice (autumn
 * overlap) gives two starts; one in the spring gap gives none.
 */
final class CoveringProblem {

    /** One possible shift: the day (index in the horizon) and type it belongs to and its first interval. */
    record Start(int day, int type, int first) {
    }

    /**
     * Agents allowed exactly the same shift types, pooled.
     *
     * @param types      indexes of the allowed shift types
     * @param available  per day of the horizon, agents of the group who can work a shift that day
     * @param shiftLimit most shifts the group can work over the horizon: sum over agents of their day limit
     * @param minHours   least paid hours of the group that the agents can reach, summed
     * @param maxHours   most paid hours of the group, summed ({@code +infinity} when some agent has no limit)
     */
    record AgentGroup(int[] types, int[] available, int shiftLimit, double minHours, double maxHours) {
    }

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

    private CoveringProblem(int days, int intervals, double[] planned, int[] lengths, double[] paidHours, int[][][] breaks,
                            List<Start> starts, List<AgentGroup> groups) {
        this.days = days;
        this.intervals = intervals;
        this.planned = planned;
        this.lengths = lengths;
        this.paidHours = paidHours;
        this.breaks = breaks;
        this.starts = starts;
        this.groups = groups;
    }

    static CoveringProblem of(ScheduleProblem problem) {
        long step = problem.interval().getSeconds();
        long origin = epoch(problem, problem.horizonStart());
        int intervals = (int) ((epoch(problem, problem.horizonEnd()) - origin) / step);
        double[] planned = new double[intervals];
        IntervalSeries requirements = problem.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            int t = (int) Math.floorDiv(requirements.zonedStart(i).toEpochSecond() - origin, step);
            planned[t] = problem.plannedRequirement(i);
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
                BreakRule rule = type.breaks().get(r);
                breaks[k][r] = new int[]{
                        (int) ((rule.earliest().getSeconds() + step - 1) / step),
                        (int) (rule.latest().getSeconds() / step),
                        (int) (rule.length().getSeconds() / step)};
            }
        }
        List<Start> starts = new ArrayList<>();
        for (int d = 0; d < problem.days(); d++) {
            LocalDate date = problem.start().plusDays(d);
            for (int k = 0; k < types.size(); k++) {
                for (LocalTime time : types.get(k).startTimes()) {
                    LocalDateTime local = date.atTime(time);
                    for (ZoneOffset offset : problem.zone().getRules().getValidOffsets(local)) {
                        starts.add(new Start(d, k, (int) Math.floorDiv(local.toEpochSecond(offset) - origin, step)));
                    }
                }
            }
        }
        return new CoveringProblem(problem.days(), intervals, planned, lengths, paidHours, breaks, List.copyOf(starts),
                groups(problem));
    }

    /** Total planned demand over the horizon, agent-intervals. */
    double plannedDemand() {
        return Arrays.stream(planned).sum();
    }

    private static List<AgentGroup> groups(ScheduleProblem problem) {
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
        byTypes.forEach((key, agents) -> groups.add(group(problem, key, agents)));
        return List.copyOf(groups);
    }

    private static AgentGroup group(ScheduleProblem problem, List<Integer> key, List<Agent> agents) {
        List<ShiftType> types = key.stream().map(problem.shiftTypes()::get).toList();
        double leastPaid = types.stream().mapToDouble(ShiftType::paidHours).min().orElseThrow();
        double mostPaid = types.stream().mapToDouble(ShiftType::paidHours).max().orElseThrow();
        int[] available = new int[problem.days()];
        long shiftLimit = 0;
        double minHours = 0;
        double maxHours = 0;
        for (Agent agent : agents) {
            int workable = 0;
            for (int d = 0; d < problem.days(); d++) {
                if (canWork(problem, agent, types, problem.start().plusDays(d))) {
                    available[d]++;
                    workable++;
                }
            }
            Contract contract = agent.contract();
            // every shift pays at least leastPaid hours, so maxHours caps the number of shifts too
            double byHours = leastPaid > 0 ? Math.floor(contract.maxHours() / leastPaid + 1e-9) : Double.MAX_VALUE;
            int days = (int) Math.min(Math.min(contract.maxDays(), workable), byHours);
            shiftLimit += days;
            minHours += Math.min(contract.minHours(), days * mostPaid);
            maxHours += contract.maxHours();
        }
        return new AgentGroup(key.stream().mapToInt(Integer::intValue).toArray(), available,
                (int) Math.min(Integer.MAX_VALUE, shiftLimit), minHours, maxHours);
    }

    /** Whether the agent is not off that day and some start of an allowed type misses all unavailable windows. */
    private static boolean canWork(ScheduleProblem problem, Agent agent, List<ShiftType> types, LocalDate date) {
        if (agent.isOff(date)) {
            return false;
        }
        if (agent.unavailable().isEmpty()) {
            return true;
        }
        for (ShiftType type : types) {
            for (LocalTime time : type.startTimes()) {
                LocalDateTime local = date.atTime(time);
                for (ZoneOffset offset : problem.zone().getRules().getValidOffsets(local)) {
                    LocalDateTime end = LocalDateTime.ofInstant(
                            Instant.ofEpochSecond(local.toEpochSecond(offset)).plus(type.length()), problem.zone());
                    if (agent.unavailable().stream().noneMatch(w -> w.overlaps(local, end))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long epoch(ScheduleProblem problem, LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, problem.zone(), null).toEpochSecond();
    }
}

package org.wfm.core.workforce;

import org.wfm.core.InputLimits;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a roster must cover: the requirement per interval over a horizon of whole days, the shift types, and
 * the agents with their contracts and time off. The input of scheduling and of the lower bound.
 *
 * <p>Conventions: times are wall-clock local times in {@code zone}; the horizon is the local days
 * {@code start .. start + days - 1}; intervals of the horizon absent from {@code requirements} require 0 agents,
 * and requirements outside the horizon are dropped. Shift starts, shift lengths, break lengths and break
 * windows lie on the {@code interval} grid, so coverage is counted in whole intervals.
 *
 * @param name               name of the problem, carried into the roster
 * @param zone               time zone of the contact centre
 * @param interval           planning interval (15 or 30 minutes)
 * @param start              first day of the horizon
 * @param days               number of days in the horizon (7 for a week), 1 to {@link InputLimits#MAX_HORIZON_DAYS}
 * @param requirements       agents needed on the phones per interval (net of breaks, before unplanned shrinkage),
 *                           0 to {@link InputLimits#MAX_AGENTS}
 * @param unplannedShrinkage expected share of absence (sick leave...), in [0, 1): the roster plans for
 *                           {@code required / (1 - unplannedShrinkage)} agents
 * @param shiftTypes         the shift types, unique ids
 * @param agents             the agents, unique ids, each allowed only known shift types
 */
public record ScheduleProblem(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                              IntervalSeries requirements, double unplannedShrinkage,
                              List<ShiftType> shiftTypes, List<Agent> agents) {

    public ScheduleProblem {
        name = name == null ? "roster" : name;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        checkInterval(interval);
        Objects.requireNonNull(start, "start");
        checkDays(days);
        checkUnplannedShrinkage(unplannedShrinkage);
        Objects.requireNonNull(requirements, "requirements");
        requirements = onGrid(requirements, zone, interval)
                .between(start.atStartOfDay(), start.plusDays(days).atStartOfDay());
        for (int i = 0; i < requirements.size(); i++) {
            double required = requirements.value(i);
            if (!(required >= 0 && required <= InputLimits.MAX_AGENTS)) {
                throw new IllegalArgumentException("requirement at " + requirements.start(i) + " must be 0 to "
                        + InputLimits.MAX_AGENTS + " agents, was " + required);
            }
        }
        shiftTypes = List.copyOf(shiftTypes);
        agents = List.copyOf(agents);
        if (agents.size() > InputLimits.MAX_AGENTS) {
            throw new IllegalArgumentException("the team has " + agents.size() + " agents; at most "
                    + InputLimits.MAX_AGENTS);
        }
        Set<String> typeIds = new HashSet<>();
        for (ShiftType type : shiftTypes) {
            if (!typeIds.add(type.id())) {
                throw new IllegalArgumentException("shift type " + type.id() + " is defined twice");
            }
            checkGrid(type, interval);
        }
        Set<String> agentIds = new HashSet<>();
        for (Agent agent : agents) {
            if (!agentIds.add(agent.id())) {
                throw new IllegalArgumentException("agent " + agent.id() + " is listed twice");
            }
            for (String type : agent.shiftTypes()) {
                if (!typeIds.contains(type)) {
                    throw new IllegalArgumentException("agent " + agent.id() + ": unknown shift type '" + type + "'");
                }
            }
        }
    }

    /**
     * Checks a planning interval: whole minutes that divide a day, so every day starts on the grid.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static void checkInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        long seconds = interval.getSeconds();
        if (interval.getNano() != 0 || seconds < 60 || seconds % 60 != 0 || 86_400 % seconds != 0) {
            throw new IllegalArgumentException("interval " + interval + " must be whole minutes that divide a day "
                    + "(PT5M, PT15M, PT30M, PT1H...)");
        }
    }

    /** Checks a horizon length: 1 to {@link InputLimits#MAX_HORIZON_DAYS} days. */
    public static void checkDays(int days) {
        if (days < 1 || days > InputLimits.MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("days must be 1 to " + InputLimits.MAX_HORIZON_DAYS + ", was " + days);
        }
    }

    /** Checks an unplanned shrinkage: a share in [0, 1). */
    public static void checkUnplannedShrinkage(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("unplannedShrinkage must be a share from 0 to below 1 (0.06 for 6 %), "
                    + "was " + share);
        }
    }

    /** A problem in UTC with no unplanned shrinkage. */
    public static ScheduleProblem of(String name, Duration interval, LocalDate start, int days,
                                     IntervalSeries requirements, List<ShiftType> shiftTypes, List<Agent> agents) {
        return new ScheduleProblem(name, requirements.zone(), interval, start, days, requirements, 0,
                shiftTypes, agents);
    }

    /** The same problem planning for this share of unplanned absence. */
    public ScheduleProblem withUnplannedShrinkage(double shrinkage) {
        return new ScheduleProblem(name, zone, interval, start, days, requirements, shrinkage, shiftTypes, agents);
    }

    /** The same problem with other agents (after a sick call, say). */
    public ScheduleProblem withAgents(List<Agent> newAgents) {
        return new ScheduleProblem(name, zone, interval, start, days, requirements, unplannedShrinkage,
                shiftTypes, newAgents);
    }

    /** The days of the horizon, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            dates.add(start.plusDays(d));
        }
        return List.copyOf(dates);
    }

    /** The local start of the horizon (midnight of the first day). */
    public LocalDateTime horizonStart() {
        return start.atStartOfDay();
    }

    /** The local end of the horizon, exclusive (midnight after the last day). */
    public LocalDateTime horizonEnd() {
        return start.plusDays(days).atStartOfDay();
    }

    /** The shift type with this id. */
    public Optional<ShiftType> shiftType(String id) {
        return shiftTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The agent with this id. */
    public Optional<Agent> agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Agents to plan on the phones in the {@code i}-th requirement interval: required / (1 - unplannedShrinkage). */
    public double plannedRequirement(int i) {
        return requirements.value(i) / (1 - unplannedShrinkage);
    }

    /** Total planned demand over the horizon, in agent-intervals (the denominator of the roster's gap). */
    public double plannedDemand() {
        return requirements.total() / (1 - unplannedShrinkage);
    }

    /** A one-line summary: name, zone, horizon, grid, team and demand (the full content is in the components). */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ScheduleProblem[%s, %s, %s + %d days, %s grid, %d agents, %d shift types, %d intervals required, "
                        + "planned demand %.1f agent-intervals, unplanned shrinkage %.1f%%]",
                name, zone, start, days, interval, agents.size(), shiftTypes.size(), requirements.size(),
                plannedDemand(), 100 * unplannedShrinkage);
    }

    private static IntervalSeries onGrid(IntervalSeries requirements, ZoneId zone, Duration interval) {
        if (!requirements.zone().equals(zone)) {
            throw new IllegalArgumentException("requirements are in zone " + requirements.zone()
                    + " but the problem is in " + zone);
        }
        if (requirements.interval().equals(interval)) {
            return requirements;
        }
        throw new IllegalArgumentException("requirements are on a " + requirements.interval()
                + " grid but the problem's interval is " + interval);
    }

    private static void checkGrid(ShiftType type, Duration interval) {
        long step = interval.getSeconds();
        String prefix = "shift type " + type.id() + ": ";
        if (type.earliestStart().toSecondOfDay() % step != 0 || type.startStep().getSeconds() % step != 0) {
            throw new IllegalArgumentException(prefix + "earliestStart and startStep must lie on the " + interval
                    + " grid");
        }
        if (type.length().getSeconds() % step != 0) {
            throw new IllegalArgumentException(prefix + "length " + type.length() + " is not a multiple of " + interval);
        }
        for (BreakRule b : type.breaks()) {
            if (b.length().getSeconds() % step != 0) {
                throw new IllegalArgumentException(prefix + "break '" + b.name() + "' length " + b.length()
                        + " is not a multiple of " + interval);
            }
            if (b.slots(interval).positions() == 0) {
                throw new IllegalArgumentException(prefix + "break '" + b.name() + "' window " + b.earliest() + ".."
                        + b.latest() + " holds no start on the " + interval + " grid");
            }
        }
    }
}

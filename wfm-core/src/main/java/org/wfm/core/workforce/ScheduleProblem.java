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
 * @param agents             the agents, unique ids, each allowed only known shift types and skilled only for
 *                           known queues
 * @param queues             the queues, unique ids, at most {@link #MAX_QUEUES}; {@code requirements} is their sum.
 *                           A problem built without queues has one, {@link QueueDemand#MAIN}, holding
 *                           {@code requirements}
 * @param previous           the previous roster's shifts of this team that started before the horizon (last week's,
 *                           for a week that follows it): the part of each inside the horizon is on the phones like any
 *                           shift (coverage counts it), an agent's first shift keeps the contract's rest after its
 *                           last one, and the days worked in a row up to the horizon count for maxConsecutiveDays.
 *                           They are not the roster's shifts: paid hours and days are those of the previous week.
 *                           Empty for a problem that follows nothing
 * @param activities         meetings, trainings and coaching the roster must make room for, unique ids, attendees
 *                           among the agents, lengths and windows on the grid and windows inside the horizon; at
 *                           most {@link #MAX_SESSIONS} sessions in all. Empty: none
 */
public record ScheduleProblem(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                              IntervalSeries requirements, double unplannedShrinkage,
                              List<ShiftType> shiftTypes, List<Agent> agents, List<QueueDemand> queues,
                              List<Shift> previous, List<Activity> activities) {

    /** Most queues in one problem: skill sets are sets of queues, and {@link RosterCheck} proves each interval's allocation optimal over every subset of queues. */
    public static final int MAX_QUEUES = 12;

    public ScheduleProblem {
        name = name == null ? "roster" : name;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        checkInterval(interval);
        Objects.requireNonNull(start, "start");
        checkDays(days);
        checkUnplannedShrinkage(unplannedShrinkage);
        Objects.requireNonNull(requirements, "requirements");
        requirements = inHorizon(requirements, zone, interval, start, days);
        queues = queues == null || queues.isEmpty() ? List.of(QueueDemand.of(QueueDemand.MAIN, requirements))
                : inHorizon(queues, zone, interval, start, days, requirements);
        checkRequired(requirements, "requirement");
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
        checkSkills(queues, agents);
        previous = previous == null ? List.of() : List.copyOf(previous);
        checkPrevious(previous, agentIds, start);
        activities = activities == null ? List.of() : List.copyOf(activities);
        checkActivities(activities, agents, agentIds, interval, start, days);
    }

    /** Most sessions of activities in one problem (a together activity is one, else one per attendee and session). */
    public static final int MAX_SESSIONS = 20_000;

    /** A problem without activities. */
    public ScheduleProblem(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                           IntervalSeries requirements, double unplannedShrinkage,
                           List<ShiftType> shiftTypes, List<Agent> agents, List<QueueDemand> queues,
                           List<Shift> previous) {
        this(name, zone, interval, start, days, requirements, unplannedShrinkage, shiftTypes, agents, queues,
                previous, List.of());
    }

    /** A problem that follows no previous roster. */
    public ScheduleProblem(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                           IntervalSeries requirements, double unplannedShrinkage,
                           List<ShiftType> shiftTypes, List<Agent> agents, List<QueueDemand> queues) {
        this(name, zone, interval, start, days, requirements, unplannedShrinkage, shiftTypes, agents, queues,
                List.of());
    }

    /** A problem with one queue, {@link QueueDemand#MAIN}. */
    public ScheduleProblem(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                           IntervalSeries requirements, double unplannedShrinkage,
                           List<ShiftType> shiftTypes, List<Agent> agents) {
        this(name, zone, interval, start, days, requirements, unplannedShrinkage, shiftTypes, agents, List.of());
    }

    /** Most previous shifts a problem takes: a week of the largest team, twice over. */
    public static final int MAX_PREVIOUS_SHIFTS = 2 * 7 * InputLimits.MAX_AGENTS;

    private static void checkPrevious(List<Shift> previous, Set<String> agentIds, LocalDate start) {
        if (previous.size() > MAX_PREVIOUS_SHIFTS) {
            throw new IllegalArgumentException(previous.size() + " previous shifts; at most " + MAX_PREVIOUS_SHIFTS);
        }
        Set<String> agentDays = new HashSet<>();
        for (Shift shift : previous) {
            if (!agentIds.contains(shift.agent())) {
                throw new IllegalArgumentException("previous shift of " + shift.agent() + " at " + shift.start()
                        + ": no agent of that id in the team");
            }
            if (!shift.start().isBefore(start.atStartOfDay())) {
                throw new IllegalArgumentException("previous shift of " + shift.agent() + " at " + shift.start()
                        + " starts in the horizon (from " + start + "); previous shifts start before it");
            }
            if (!agentDays.add(shift.agent() + "/" + shift.start().toLocalDate())) {
                throw new IllegalArgumentException("previous shifts of " + shift.agent() + ": two on "
                        + shift.start().toLocalDate());
            }
        }
    }

    /** The same problem following these shifts of the previous roster (see {@link #previous}). */
    public ScheduleProblem withPrevious(List<Shift> shifts) {
        return new ScheduleProblem(name, zone, interval, start, days, requirements, unplannedShrinkage, shiftTypes,
                agents, queues, shifts, activities);
    }

    /** The same problem with these activities (see {@link #activities}). */
    public ScheduleProblem withActivities(List<Activity> newActivities) {
        return new ScheduleProblem(name, zone, interval, start, days, requirements, unplannedShrinkage, shiftTypes,
                agents, queues, previous, newActivities);
    }

    /** The ids of an activity's attendees: its list, or every agent of the team in team order. */
    public List<String> attendees(Activity activity) {
        return activity.forAll() ? agents.stream().map(Agent::id).toList() : activity.attendees();
    }

    /** An activity's windows: its own, or the whole horizon. */
    public List<Activity.Window> windows(Activity activity) {
        return activity.windows().isEmpty() ? List.of(new Activity.Window(horizonStart(), horizonEnd()))
                : activity.windows();
    }

    /** The activity with this id. */
    public Optional<Activity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static void checkActivities(List<Activity> activities, List<Agent> agents, Set<String> agentIds,
                                        Duration interval, LocalDate start, int days) {
        Set<String> ids = new HashSet<>();
        long sessions = 0;
        long step = interval.getSeconds();
        LocalDateTime from = start.atStartOfDay();
        LocalDateTime to = start.plusDays(days).atStartOfDay();
        for (Activity activity : activities) {
            String what = "activity " + activity.id() + ": ";
            if (!ids.add(activity.id())) {
                throw new IllegalArgumentException("activity " + activity.id() + " is defined twice");
            }
            for (String attendee : activity.attendees()) {
                if (!agentIds.contains(attendee)) {
                    throw new IllegalArgumentException(what + "attendee " + attendee + " is not an agent of the team");
                }
            }
            if (activity.length().getSeconds() % step != 0) {
                throw new IllegalArgumentException(what + "length " + activity.length() + " is not a multiple of "
                        + interval);
            }
            for (Activity.Window w : activity.windows()) {
                if (w.start().isBefore(from) || w.end().isAfter(to)) {
                    throw new IllegalArgumentException(what + "window " + w.start() + ".." + w.end()
                            + " is not inside the horizon " + from + ".." + to);
                }
                if (w.start().toLocalTime().toSecondOfDay() % step != 0 || w.end().toLocalTime().toSecondOfDay() % step != 0) {
                    throw new IllegalArgumentException(what + "window " + w.start() + ".." + w.end()
                            + " does not lie on the " + interval + " grid");
                }
            }
            sessions += activity.together() ? 1
                    : (long) activity.perAgent() * (activity.forAll() ? agents.size() : activity.attendees().size());
        }
        if (sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("the activities hold " + sessions + " sessions; at most " + MAX_SESSIONS);
        }
    }

    /**
     * The days an agent worked in a row up to the horizon's start in {@link #previous}: 0 when it did not work the
     * day before.
     */
    public int previousRun(String agent) {
        Set<LocalDate> worked = new HashSet<>();
        for (Shift shift : previous) {
            if (shift.agent().equals(agent)) {
                worked.add(shift.start().toLocalDate());
            }
        }
        int run = 0;
        while (worked.contains(start.minusDays(run + 1L))) {
            run++;
        }
        return run;
    }

    /** A problem with several queues; its requirements are their sum. */
    public static ScheduleProblem ofQueues(String name, ZoneId zone, Duration interval, LocalDate start, int days,
                                           List<QueueDemand> queues, double unplannedShrinkage,
                                           List<ShiftType> shiftTypes, List<Agent> agents) {
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one queue");
        }
        IntervalSeries total = queues.get(0).requirements();
        for (int q = 1; q < queues.size(); q++) {
            total = total.plus(queues.get(q).requirements());
        }
        return new ScheduleProblem(name, zone, interval, start, days, total, unplannedShrinkage, shiftTypes, agents,
                queues);
    }

    /** Whether the problem has more than the one queue {@link QueueDemand#MAIN}. */
    public boolean hasQueues() {
        return queues.size() > 1 || !queues.get(0).id().equals(QueueDemand.MAIN);
    }

    /** The queue ids in order. */
    public List<String> queueIds() {
        return queues.stream().map(QueueDemand::id).toList();
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
        return new ScheduleProblem(name, zone, interval, start, days, requirements, shrinkage, shiftTypes, agents,
                queues, previous, activities);
    }

    /** The same problem with other agents (after a sick call, say). */
    public ScheduleProblem withAgents(List<Agent> newAgents) {
        return new ScheduleProblem(name, zone, interval, start, days, requirements, unplannedShrinkage,
                shiftTypes, newAgents, queues, previous, activities);
    }

    /**
     * Paid hours of a shift of this problem: its type's, or for a {@link Shift#cut cut} shift the time worked (elapsed,
     * in {@code zone}) less the unpaid breaks taken; 0 for a shift of an unknown type.
     */
    public double paidHours(Shift shift) {
        if (!shift.cut()) {
            return shiftType(shift.type()).map(ShiftType::paidHours).orElse(0.0);
        }
        long seconds = elapsedSeconds(shift.start(), shift.end());
        for (ShiftBreak b : shift.breaks()) {
            seconds -= b.paid() ? 0 : elapsedSeconds(b.start(), b.end());
        }
        return seconds / 3600.0;
    }

    private long elapsedSeconds(LocalDateTime from, LocalDateTime to) {
        return java.time.Duration.between(from.atZone(zone), to.atZone(zone)).getSeconds();
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
        return planned(requirements.value(i));
    }

    /** Agents to plan on the phones for a net requirement: {@code required / (1 - unplannedShrinkage)}. */
    public double planned(double required) {
        return required / (1 - unplannedShrinkage);
    }

    /**
     * Each agent's skills as a set of queue indexes (bit {@code q}: the problem's {@code q}-th queue), in agent
     * order; an agent without listed skills answers every queue.
     */
    public int[] skillMasks() {
        List<String> ids = queueIds();
        int[] masks = new int[agents.size()];
        for (int a = 0; a < masks.length; a++) {
            for (int q = 0; q < ids.size(); q++) {
                if (agents.get(a).hasSkill(ids.get(q))) {
                    masks[a] |= 1 << q;
                }
            }
        }
        return masks;
    }

    /** Total planned demand over the horizon, in agent-intervals (the denominator of the roster's gap). */
    public double plannedDemand() {
        return requirements.total() / (1 - unplannedShrinkage);
    }

    /** A one-line summary: name, zone, horizon, grid, team and demand (the full content is in the components). */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ScheduleProblem[%s, %s, %s + %d days, %s grid, %d agents, %d shift types, %s%s%d intervals "
                        + "required, planned demand %.1f agent-intervals, unplanned shrinkage %.1f%%]",
                name, zone, start, days, interval, agents.size(), shiftTypes.size(),
                hasQueues() ? queues.size() + " queues, " : "",
                activities.isEmpty() ? "" : activities.size() + " activities, ", requirements.size(),
                plannedDemand(), 100 * unplannedShrinkage);
    }

    private static IntervalSeries inHorizon(IntervalSeries requirements, ZoneId zone, Duration interval,
                                            LocalDate start, int days) {
        return onGrid(requirements, zone, interval).between(start.atStartOfDay(), start.plusDays(days).atStartOfDay());
    }

    private static List<QueueDemand> inHorizon(List<QueueDemand> queues, ZoneId zone, Duration interval,
                                               LocalDate start, int days, IntervalSeries total) {
        if (queues.size() > MAX_QUEUES) {
            throw new IllegalArgumentException("the problem has " + queues.size() + " queues; at most " + MAX_QUEUES);
        }
        Set<String> ids = new HashSet<>();
        List<QueueDemand> trimmed = new ArrayList<>(queues.size());
        IntervalSeries sum = null;
        for (QueueDemand queue : queues) {
            if (!ids.add(queue.id())) {
                throw new IllegalArgumentException("queue " + queue.id() + " is defined twice");
            }
            IntervalSeries r;
            try {
                r = inHorizon(queue.requirements(), zone, interval, start, days);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("queue " + queue.id() + ": " + e.getMessage(), e);
            }
            checkRequired(r, "queue " + queue.id() + ": requirement");
            trimmed.add(new QueueDemand(queue.id(), queue.weight(), r));
            sum = sum == null ? r : sum.plus(r);
        }
        for (int i = 0; i < Math.max(sum.size(), total.size()); i++) {
            if (sum.size() != total.size() || !sum.zonedStart(i).equals(total.zonedStart(i))
                    || Math.abs(sum.value(i) - total.value(i)) > 1e-9 * Math.max(1, total.value(i))) {
                throw new IllegalArgumentException("requirements must be the sum of the queues' requirements "
                        + "(ScheduleProblem.ofQueues computes it)");
            }
        }
        return List.copyOf(trimmed);
    }

    private static void checkRequired(IntervalSeries requirements, String what) {
        for (int i = 0; i < requirements.size(); i++) {
            double required = requirements.value(i);
            if (!(required >= 0 && required <= InputLimits.MAX_AGENTS)) {
                throw new IllegalArgumentException(what + " at " + requirements.start(i) + " must be 0 to "
                        + InputLimits.MAX_AGENTS + " agents, was " + required);
            }
        }
    }

    private static void checkSkills(List<QueueDemand> queues, List<Agent> agents) {
        Set<String> ids = new HashSet<>();
        queues.forEach(q -> ids.add(q.id()));
        for (Agent agent : agents) {
            for (String skill : agent.skills()) {
                if (!ids.contains(skill)) {
                    throw new IllegalArgumentException("agent " + agent.id() + ": skill '" + skill
                            + "' names no queue (queues: " + String.join(", ", ids.stream().sorted().toList()) + ")");
                }
            }
        }
        if (queues.size() == 1 && queues.get(0).id().equals(QueueDemand.MAIN)) {
            return; // every agent answers the one queue; a team of none is the problem's own business
        }
        for (QueueDemand queue : queues) {
            boolean demand = java.util.Arrays.stream(queue.requirements().values()).anyMatch(v -> v > 0);
            if (demand && agents.stream().noneMatch(a -> a.hasSkill(queue.id()))) {
                throw new IllegalArgumentException("queue " + queue.id() + " has requirements but no agent has the "
                        + "skill; add it to some agent's skills");
            }
        }
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

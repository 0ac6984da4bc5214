package org.wfm.scheduler;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Generated scheduling problems of any size, for tests, benchmarks and experiments. Deterministic: the same
 * size and seed give the same problem.
 *
 * <p>{@link #week} builds one week (Monday 2026-01-05 to Sunday, Europe/Amsterdam, no DST change) on a
 * 15-minute grid: a centre open 07:00-21:00 every day with a late-morning and an early-afternoon peak and
 * quieter weekends; 70 % full-time agents ({@link #FULL_TIME}: 8h30 with two paid 15-minute breaks and an
 * unpaid 30-minute lunch; 32-40 paid hours on at most 5 days) and 30 % part-time agents ({@link #PART_TIME}:
 * 4 hours with one paid 15-minute break; 16-24 paid hours on at most 6 days), minimum hours lowered where
 * vacation leaves too few days; about 8 % of agent-days on vacation; 5 % unplanned
 * shrinkage; and a demand of about 110 % of what the team can cover, so some understaffing is unavoidable.
 *
 * <p>{@link #coveredWeek} is the same week and team with demand at about 80 % of that capacity, so the team can
 * cover it and surplus is what minimum hours and shift lengths force. {@link #aroundTheClockWeek} is a 24/7
 * week across the autumn DST change (Monday 2026-10-19 to Sunday 25, a Sunday of 25 hours), with late and
 * night shift types for the full-time agents.
 *
 * <p>Capacity, here: the agent-intervals on the phones of every agent working as many shifts as its free days,
 * {@code maxDays} and {@code maxHours} allow.
 */
public final class SyntheticProblems {

    /** Id of the full-time shift type. */
    public static final String FULL_TIME = "FT8";
    /** Id of the part-time shift type. */
    public static final String PART_TIME = "PT4";
    /** Id of the full-time late shift type of {@link #aroundTheClockWeek} (starts 13:00-16:00, ends by 00:30). */
    public static final String LATE = "LT8";
    /** Id of the full-time night shift type of {@link #aroundTheClockWeek} (starts 21:00-23:00, crosses midnight). */
    public static final String NIGHT = "NT8";

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    /** Monday of the week whose Sunday, 2026-10-25, has 25 hours in Amsterdam (03:00 back to 02:00). */
    private static final LocalDate AUTUMN_MONDAY = LocalDate.of(2026, 10, 19);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final double VACATION_RATE = 0.08;
    private static final double DEMAND_OVER_CAPACITY = 1.10;
    private static final double COVERED_DEMAND = 0.80;
    private static final double AROUND_THE_CLOCK_DEMAND = 0.90;
    private static final LocalTime OPEN = LocalTime.of(7, 0);
    private static final LocalTime CLOSE = LocalTime.of(21, 0);

    private SyntheticProblems() {
    }

    /** The two shift types of the generated problems. */
    public static List<ShiftType> shiftTypes() {
        ShiftType fullTime = fullTime(FULL_TIME, LocalTime.of(6, 45), LocalTime.of(12, 30));
        ShiftType partTime = new ShiftType(PART_TIME, LocalTime.of(7, 0), LocalTime.of(17, 0), QUARTER,
                Duration.ofHours(4), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(150))));
        return List.of(fullTime, partTime);
    }

    /**
     * The shift types of {@link #aroundTheClockWeek}: those of {@link #shiftTypes}, then {@link #LATE} and
     * {@link #NIGHT}.
     */
    public static List<ShiftType> aroundTheClockShiftTypes() {
        List<ShiftType> types = new ArrayList<>(shiftTypes());
        types.add(fullTime(LATE, LocalTime.of(13, 0), LocalTime.of(16, 0)));
        types.add(fullTime(NIGHT, LocalTime.of(21, 0), LocalTime.of(23, 0)));
        return List.copyOf(types);
    }

    /** An 8h30 shift with two paid 15-minute breaks and an unpaid 30-minute lunch, starting every quarter. */
    private static ShiftType fullTime(String id, LocalTime earliest, LocalTime latest) {
        return new ShiftType(id, earliest, latest, QUARTER, Duration.ofMinutes(510), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(180)),
                BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofMinutes(210), Duration.ofMinutes(300)),
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(330), Duration.ofMinutes(420))));
    }

    /**
     * A one-week problem with {@code agents} agents and demand above capacity.
     *
     * @param agents number of agents, 1 or more
     * @param seed   seed of the vacation draw and of the demand noise
     */
    public static ScheduleProblem week(int agents, long seed) {
        return daytimeWeek("synthetic-", agents, seed, DEMAND_OVER_CAPACITY);
    }

    /**
     * The team of {@link #week week(agents, seed)} (the same agents, contracts and vacation) with demand of the
     * same shape at about 80 % of its capacity, so the least shortfall is 0 or near it and the surplus left is
     * what contract minimum hours and shift lengths force.
     *
     * @param agents number of agents, 1 or more
     * @param seed   seed of the vacation draw and of the demand noise
     */
    public static ScheduleProblem coveredWeek(int agents, long seed) {
        return daytimeWeek("synthetic-covered-", agents, seed, COVERED_DEMAND);
    }

    /**
     * The week with the activities of a usual week of a centre: a one-hour team meeting for 20 full-time agents
     * (Tuesday 09:00 to Thursday 17:00), a 30-minute coaching session for every agent (Monday 08:00 to Friday 18:00)
     * and a two-hour training for 6 other full-time agents (Wednesday 13:00-18:00). Meeting and training take agents
     * free on Wednesday, so some day holds each; coaching takes every agent with a free weekday.
     *
     * @param week a week of {@link #week} or {@link #coveredWeek}
     */
    public static ScheduleProblem withActivities(ScheduleProblem week) {
        LocalDate monday = week.start();
        LocalDate wednesday = monday.plusDays(2);
        List<String> fullTimers = week.agents().stream()
                .filter(a -> a.allows(FULL_TIME) && !a.isOff(wednesday)).map(Agent::id).toList();
        List<String> meeting = fullTimers.subList(0, Math.min(20, fullTimers.size()));
        List<String> training = fullTimers.subList(meeting.size(), Math.min(meeting.size() + 6, fullTimers.size()));
        List<String> coached = week.agents().stream()
                .filter(a -> java.util.stream.IntStream.range(0, 5).anyMatch(d -> !a.isOff(monday.plusDays(d))))
                .map(Agent::id).toList();
        List<Activity> activities = new ArrayList<>();
        activities.add(Activity.together("team-meeting", Duration.ofHours(1), meeting,
                new Activity.Window(monday.plusDays(1).atTime(9, 0), monday.plusDays(3).atTime(17, 0))));
        activities.add(Activity.perAgent("coaching", Duration.ofMinutes(30), coached,
                new Activity.Window(monday.atTime(8, 0), monday.plusDays(4).atTime(18, 0))));
        if (!training.isEmpty()) {
            activities.add(Activity.together("training", Duration.ofHours(2), training,
                    new Activity.Window(wednesday.atTime(13, 0), wednesday.atTime(18, 0))));
        }
        return week.withActivities(activities);
    }

    /**
     * A 24/7 week across the autumn DST change: Monday 2026-10-19 to Sunday 25 in Europe/Amsterdam, whose
     * Sunday has 100 quarter-hours. The team is built as in {@link #week}, but full-time agents may also work
     * {@link #LATE} and {@link #NIGHT} shifts (the same length and breaks as {@link #FULL_TIME}); demand runs
     * round the clock (a night level of about a tenth of the daytime peaks) at about 90 % of capacity. Monday's
     * first hours are before any shift of the horizon can start, so the least shortfall is not 0.
     *
     * @param agents number of agents, 1 or more
     * @param seed   seed of the vacation draw and of the demand noise
     */
    public static ScheduleProblem aroundTheClockWeek(int agents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ShiftType> types = aroundTheClockShiftTypes();
        Team team = team(agents, random, AUTUMN_MONDAY, List.of(FULL_TIME, LATE, NIGHT));
        List<LocalDateTime> starts = new ArrayList<>();
        ZonedDateTime end = AUTUMN_MONDAY.plusDays(7).atStartOfDay(ZONE);
        for (ZonedDateTime t = AUTUMN_MONDAY.atStartOfDay(ZONE); t.isBefore(end); t = t.plus(QUARTER)) {
            starts.add(t.toLocalDateTime());
        }
        return new ScheduleProblem("synthetic-24x7-" + agents + "-" + seed, ZONE, QUARTER, AUTUMN_MONDAY, 7,
                demand(starts, team.capacity() * AROUND_THE_CLOCK_DEMAND, random,
                        h -> 0.12 + 0.25 * Math.exp(-sq((h - 14) / 5)) + Math.exp(-sq((h - 10.5) / 1.6))
                                + 0.8 * Math.exp(-sq((h - 14.5) / 1.9))),
                0.05, types, team.agents());
    }

    private static ScheduleProblem daytimeWeek(String name, int agents, long seed, double demandOverCapacity) {
        SplittableRandom random = new SplittableRandom(seed);
        Team team = team(agents, random, MONDAY, List.of(FULL_TIME));
        return new ScheduleProblem(name + agents + "-" + seed, ZONE, QUARTER, MONDAY, 7,
                demand(daytimeStarts(), team.capacity() * demandOverCapacity, random, daytimeProfile(0)),
                0.05, shiftTypes(), team.agents());
    }

    /** The queue ids of {@link #multiSkillWeek}, in order; the third, {@code vip}, weighs 2. */
    public static final List<String> QUEUES = List.of("service", "sales", "vip", "language", "billing");

    /**
     * The week and team of {@link #week week(agents, seed)} answering {@code queues} queues ({@link #QUEUES}, the
     * first {@code queues} of them) of different shapes (each queue's peaks an hour later than the one before;
     * {@code service} holds twice the share of each other queue), the total demand at about 110 % of capacity.
     * Skills from single-skilled to fully cross-trained, by agent in turn: one queue, one queue, two queues,
     * every queue; so every queue has single-skilled agents and shares agents with its neighbours.
     *
     * @param agents number of agents, 1 or more
     * @param queues number of queues, 3 to 5
     * @param seed   seed of the vacation draw and of the demand noise
     */
    public static ScheduleProblem multiSkillWeek(int agents, int queues, long seed) {
        if (queues < 3 || queues > QUEUES.size()) {
            throw new IllegalArgumentException("queues must be 3 to " + QUEUES.size() + ", was " + queues);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Team team = team(agents, random, MONDAY, List.of(FULL_TIME));
        List<Agent> skilled = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            int home = (i / 4) % queues;
            Agent agent = team.agents().get(i);
            skilled.add(switch (i % 4) {
                case 0, 1 -> agent.withSkills(QUEUES.get(home));
                case 2 -> agent.withSkills(QUEUES.get(home), QUEUES.get((home + 1) % queues));
                default -> agent;
            });
        }
        double shares = queues + 1; // service counts twice
        List<QueueDemand> demands = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            double share = (q == 0 ? 2 : 1) / shares;
            demands.add(new QueueDemand(QUEUES.get(q), q == 2 ? 2 : 1,
                    demand(daytimeStarts(), team.capacity() * DEMAND_OVER_CAPACITY * share, random, daytimeProfile(q))));
        }
        return ScheduleProblem.ofQueues("synthetic-skills-" + agents + "x" + queues + "-" + seed, ZONE, QUARTER,
                MONDAY, 7, demands, 0.05, shiftTypes(), skilled);
    }

    /** Every quarter-hour of the daytime week, 07:00-21:00. */
    private static List<LocalDateTime> daytimeStarts() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (LocalTime t = OPEN; t.isBefore(CLOSE); t = t.plus(QUARTER)) {
                starts.add(MONDAY.plusDays(d).atTime(t));
            }
        }
        return starts;
    }

    /** The daytime shape: a late-morning and an early-afternoon peak, {@code shift} hours later. */
    private static DoubleUnaryOperator daytimeProfile(double shift) {
        return h -> 0.35 + Math.exp(-sq((h - 10.5 - shift) / 1.6)) + 0.8 * Math.exp(-sq((h - 14.5 - shift) / 1.9));
    }

    /**
     * The agents and their capacity in agent-intervals.
     *
     * @param agents the agents, in id order
     * @param capacity agent-intervals on the phones the team can give at most
     */
    private record Team(List<Agent> agents, double capacity) {
    }

    /**
     * 70 % full-time agents allowed {@code fullTimeTypes}, then part-time agents; vacation drawn per agent and
     * day from {@code random}. Every full-time type has the length and breaks of {@link #FULL_TIME}.
     */
    private static Team team(int agents, SplittableRandom random, LocalDate monday, List<String> fullTimeTypes) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be 1 or more, was " + agents);
        }
        List<ShiftType> types = shiftTypes();
        List<Agent> team = new ArrayList<>(agents);
        double capacity = 0;
        int fullTimers = (int) Math.round(agents * 0.7);
        for (int i = 0; i < agents; i++) {
            boolean fullTime = i < fullTimers;
            List<TimeOff> vacation = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                if (random.nextDouble() < VACATION_RATE) {
                    vacation.add(TimeOff.vacation(monday.plusDays(d)));
                }
            }
            ShiftType type = types.get(fullTime ? 0 : 1);
            int maxDays = fullTime ? 5 : 6;
            int workableDays = Math.min(maxDays, 7 - vacation.size());
            // a long vacation lowers the week's minimum to what the remaining days can hold
            Contract contract = Contract.hours(Math.min(fullTime ? 32 : 16, workableDays * type.paidHours()),
                    fullTime ? 40 : 24, maxDays).withMinRestHours(11).withMaxConsecutiveDays(maxDays);
            team.add(new Agent(String.format("A%03d", i + 1), fullTime ? fullTimeTypes : List.of(PART_TIME),
                    contract, vacation, List.of()));
            int shifts = Math.min(workableDays, (int) Math.floor(contract.maxHours() / type.paidHours()));
            capacity += shifts * onPhoneIntervals(type);
        }
        return new Team(List.copyOf(team), capacity);
    }

    private static long onPhoneIntervals(ShiftType type) {
        long seconds = type.length().getSeconds();
        for (BreakRule b : type.breaks()) {
            seconds -= b.length().getSeconds();
        }
        return seconds / QUARTER.getSeconds();
    }

    /**
     * Requirements at {@code starts} (local times in time order, an autumn overlap's twice) shaped by
     * {@code profile} (of the hour of day at the interval's middle), weekday effects and noise, scaled so the
     * planned total is {@code total}.
     */
    private static IntervalSeries demand(List<LocalDateTime> starts, double total, SplittableRandom random,
                                         DoubleUnaryOperator profile) {
        List<Double> shape = new ArrayList<>();
        double shapeTotal = 0;
        for (LocalDateTime start : starts) {
            double h = start.toLocalTime().toSecondOfDay() / 3600.0 + 0.125;
            double s = weekdayFactor(start.getDayOfWeek()) * profile.applyAsDouble(h)
                    * (0.9 + 0.2 * random.nextDouble());
            shape.add(s);
            shapeTotal += s;
        }
        // the requirement is net of unplanned shrinkage: planned = required / 0.95
        double scale = total * 0.95 / shapeTotal;
        IntervalSeries.Builder series = IntervalSeries.builder(ZONE, QUARTER);
        for (int i = 0; i < starts.size(); i++) {
            series.add(starts.get(i), Math.max(1, Math.round(shape.get(i) * scale)));
        }
        return series.build();
    }

    private static double weekdayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.2;
            case TUESDAY -> 1.05;
            case WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 0.95;
            case SATURDAY -> 0.6;
            case SUNDAY -> 0.45;
        };
    }

    private static double sq(double x) {
        return x * x;
    }
}

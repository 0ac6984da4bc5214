package org.wfm.examples.sample;

import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.core.workforce.Unavailability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A made-up but realistic inbound contact centre, generated deterministically from a seed: the sample data of
 * {@code wfm demo}, the JShell scripts and the example mains.
 *
 * <p>The centre works in {@link #ZONE} on 15-minute intervals. It is open 07:00-22:00 on weekdays, 08:00-18:00
 * on Saturdays and 09:00-17:00 on Sundays, and answers two queues, {@link #SERVICE} and {@link #SALES}. Calls
 * arrive at each as a Poisson process whose rate follows
 * <ul>
 *   <li>a daily volume: at service about {@value #WEDNESDAY_CALLS} calls on a Wednesday, Mondays 25 % busier,
 *       weekends quieter; at sales about 500, flatter over the week, busier on Saturdays; both with a slow growth
 *       of 0.3 % a week and a random day-to-day level (about 6 %, log-normal, drawn for each queue);</li>
 *   <li>an intraday shape: at service a late-morning and an early-afternoon peak and an evening shoulder on
 *       weekdays, a single midday hump at weekends; at sales a lunchtime and an after-work peak.</li>
 * </ul>
 * The handle time averages about 300 s at service and 420 s at sales, longer in the evening and at weekends; an
 * interval's recorded AHT is the mean of its calls' handle times (coefficient of variation 0.9), so quiet intervals
 * are noisier.
 *
 * <p>The team ({@link #team}) has 100 agents: 70 full-time (36-40 paid hours on at most 5 days, shift type
 * {@code FT8}: 8h30 with a paid 15-minute break, an unpaid 30-minute lunch and another paid break) and 30
 * part-time (20-24 paid hours, shift types {@code PT6} and {@code PT4} with one paid break; every fourth
 * part-timer is unavailable on weekday mornings). Six in ten answer service only, one in ten sales only, three in
 * ten both. About 8 % of agent-days are vacation, in blocks; a vacation day lowers the contract's weekly hours by
 * a day's worth. Sick leave is not known ahead: the problem plans for it as unplanned shrinkage of
 * {@value #SICK_LEAVE_RATE}.
 *
 * <p>The week has two activities off the phones ({@link #activities}): a one-hour {@value #TEAM_MEETING} of
 * {@value #MEETING_SIZE} agents together, between 09:00 and 17:00 on Tuesday, Wednesday or Thursday, and a
 * 30-minute {@value #COACHING} session for every agent who works a weekday, between 08:00 and 18:00 on a weekday.
 *
 * <p>Each day's calls depend only on the seed and the date, so any range of dates reads the same values.
 */
public final class SampleCentre {

    /** The centre's time zone: it has DST changes (last Sundays of March and October), while the centre is closed. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** The planning interval. */
    public static final Duration INTERVAL = Duration.ofMinutes(15);
    /** The default seed. */
    public static final long SEED = 20260601L;
    /** The week the demo plans: Monday 1 June 2026. */
    public static final LocalDate DEMO_WEEK = LocalDate.of(2026, 6, 1);
    /** Weeks of history before the demo week (the history crosses the DST change of 29 March 2026). */
    public static final int HISTORY_WEEKS = 13;
    /** Expected share of scheduled time lost to sick leave and other unplanned absence. */
    public static final double SICK_LEAVE_RATE = 0.06;
    /** Calls on an average Wednesday of the demo week at the service queue (before the random day level). */
    public static final int WEDNESDAY_CALLS = 3000;
    /** The service queue: most calls, most agents. */
    public static final String SERVICE = "service";
    /** The sales queue: fewer, longer calls, at lunchtime and after work. */
    public static final String SALES = "sales";
    /** The queues the centre answers, service first. */
    public static final List<String> QUEUES = List.of(SERVICE, SALES);

    /** Full-time agents of the team. */
    public static final int FULL_TIMERS = 70;
    /** Part-time agents of the team. */
    public static final int PART_TIMERS = 30;
    /** The week's team meeting: one hour, {@value #MEETING_SIZE} agents together ({@link #activities}). */
    public static final String TEAM_MEETING = "team-meeting";
    /** The week's coaching: 30 minutes for each agent ({@link #activities}). */
    public static final String COACHING = "coaching";
    /** Agents in the team meeting. */
    public static final int MEETING_SIZE = 10;
    private static final double WEEKLY_GROWTH = 0.003;
    private static final double DAY_LEVEL_SIGMA = 0.06;
    private static final double HANDLE_TIME_CV = 0.9;
    private static final double FULL_WEEK_VACATION = 0.05;
    private static final double SHORT_VACATION = 0.12;
    private static final Duration QUARTER = INTERVAL;

    private final long seed;

    private SampleCentre(long seed) {
        this.seed = seed;
    }

    /** The sample centre of the demo (seed {@value #SEED}). */
    public static SampleCentre standard() {
        return new SampleCentre(SEED);
    }

    /** A sample centre with another seed: same model, other random draws. */
    public static SampleCentre withSeed(long seed) {
        return new SampleCentre(seed);
    }

    /** The seed of every random draw. */
    public long seed() {
        return seed;
    }

    /** Opening hours of one weekday, {@code [open, close)}. */
    public record OpeningHours(LocalTime open, LocalTime close) {
    }

    /** The opening hours on a day of the week (the centre is open every day). */
    public static OpeningHours openingHours(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> new OpeningHours(LocalTime.of(8, 0), LocalTime.of(18, 0));
            case SUNDAY -> new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
            default -> new OpeningHours(LocalTime.of(7, 0), LocalTime.of(22, 0));
        };
    }

    /** The {@value #HISTORY_WEEKS} weeks of history of the service queue before {@link #DEMO_WEEK}. */
    public History history() {
        return history(SERVICE, DEMO_WEEK.minusWeeks(HISTORY_WEEKS), DEMO_WEEK);
    }

    /** The {@value #HISTORY_WEEKS} weeks of history of every queue before {@link #DEMO_WEEK}, in {@link #QUEUES} order. */
    public Map<String, History> histories() {
        Map<String, History> histories = new LinkedHashMap<>();
        for (String queue : QUEUES) {
            histories.put(queue, history(queue, DEMO_WEEK.minusWeeks(HISTORY_WEEKS), DEMO_WEEK));
        }
        return histories;
    }

    /** The service queue's history of the dates {@code [from, to)}: {@code history(SERVICE, from, to)}. */
    public History history(LocalDate from, LocalDate to) {
        return history(SERVICE, from, to);
    }

    /**
     * Calls offered and recorded AHT (seconds) of a queue per open 15-minute interval of the dates {@code [from, to)}.
     * An interval without calls has no AHT.
     *
     * @param queue {@link #SERVICE} or {@link #SALES}
     */
    public History history(String queue, LocalDate from, LocalDate to) {
        Line line = Line.of(queue);
        IntervalSeries.Builder offered = IntervalSeries.builder(ZONE, INTERVAL);
        IntervalSeries.Builder aht = IntervalSeries.builder(ZONE, INTERVAL);
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            SplittableRandom random = new SplittableRandom(seed ^ line.salt
                    ^ (date.toEpochDay() * 0x9E3779B97F4A7C15L));
            double dayCalls = line.expectedDailyCalls(date) * Math.exp(DAY_LEVEL_SIGMA * gaussian(random)
                    - DAY_LEVEL_SIGMA * DAY_LEVEL_SIGMA / 2);
            List<LocalDateTime> starts = openIntervals(date);
            double[] shape = new double[starts.size()];
            double shapeTotal = 0;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = line.intradayShape(date.getDayOfWeek(), starts.get(i).toLocalTime());
                shapeTotal += shape[i];
            }
            for (int i = 0; i < shape.length; i++) {
                long calls = Poisson.sample(random, dayCalls * shape[i] / shapeTotal);
                LocalDateTime start = starts.get(i);
                offered.add(start, calls);
                if (calls > 0) {
                    double mean = line.expectedAht(start);
                    double observed = mean * (1 + HANDLE_TIME_CV * gaussian(random) / Math.sqrt(calls));
                    aht.add(start, Math.round(Math.max(0.3 * mean, observed)));
                }
            }
        }
        return History.of(offered.build(), aht.build());
    }

    /** The open intervals of a date, by local start (both queues keep the centre's hours). */
    public static List<LocalDateTime> openIntervals(LocalDate date) {
        OpeningHours hours = openingHours(date.getDayOfWeek());
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalTime t = hours.open(); t.isBefore(hours.close()); t = t.plus(INTERVAL)) {
            starts.add(date.atTime(t));
        }
        return starts;
    }

    /** The service queue's expected calls of a date before the random day level: weekday effect times a slow growth. */
    public static double expectedDailyCalls(LocalDate date) {
        return Line.SERVICE.expectedDailyCalls(date);
    }

    /** The expected handle time in seconds of a service call in the interval starting at {@code start}. */
    public static double expectedAht(LocalDateTime start) {
        return Line.SERVICE.expectedAht(start);
    }

    /**
     * How a queue's calls arrive. Service: {@value #WEDNESDAY_CALLS} calls on a Wednesday, Mondays 25 % busier,
     * quiet weekends, a late-morning and an early-afternoon peak and an evening shoulder on weekdays, about 300 s.
     * Sales: about a sixth of that, flatter over the week and busier on Saturdays, at lunchtime and after work
     * (12:30 and 19:00 peaks), about 420 s.
     */
    private enum Line {
        SERVICE(0L, WEDNESDAY_CALLS, 300) {
            @Override
            double weekdayFactor(DayOfWeek day) {
                return switch (day) {
                    case MONDAY -> 1.25;
                    case TUESDAY -> 1.08;
                    case WEDNESDAY -> 1.0;
                    case THURSDAY -> 0.97;
                    case FRIDAY -> 0.9;
                    case SATURDAY -> 0.42;
                    case SUNDAY -> 0.28;
                };
            }

            @Override
            double intradayShape(DayOfWeek day, double h) {
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    return 0.3 + bump(h, 12.0, 2.5);
                }
                return 0.15 + bump(h, 10.5, 1.4) + 0.8 * bump(h, 14.25, 1.7) + 0.3 * bump(h, 19.5, 1.2)
                        + 0.25 * bump(h, 8.0, 0.6);
            }
        },
        SALES(0x5A1E5L, 500, 420) {
            @Override
            double weekdayFactor(DayOfWeek day) {
                return switch (day) {
                    case MONDAY -> 1.1;
                    case TUESDAY, WEDNESDAY, THURSDAY -> 1.0;
                    case FRIDAY -> 0.95;
                    case SATURDAY -> 0.75;
                    case SUNDAY -> 0.4;
                };
            }

            @Override
            double intradayShape(DayOfWeek day, double h) {
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    return 0.25 + bump(h, 13.0, 2.5);
                }
                return 0.2 + 0.8 * bump(h, 12.5, 1.3) + bump(h, 19.0, 1.4);
            }
        };

        /** Mixed into the seed so each queue draws its own days. */
        final long salt;
        final double wednesdayCalls;
        final double baseAht;

        Line(long salt, double wednesdayCalls, double baseAht) {
            this.salt = salt;
            this.wednesdayCalls = wednesdayCalls;
            this.baseAht = baseAht;
        }

        static Line of(String queue) {
            return switch (queue) {
                case SampleCentre.SERVICE -> SERVICE;
                case SampleCentre.SALES -> SALES;
                default -> throw new IllegalArgumentException("the sample centre has no queue '" + queue
                        + "'; its queues are " + QUEUES);
            };
        }

        abstract double weekdayFactor(DayOfWeek day);

        /** Relative arrival rate at hour {@code h} of the day (the middle of an interval). */
        abstract double intradayShape(DayOfWeek day, double h);

        double intradayShape(DayOfWeek day, LocalTime start) {
            return intradayShape(day, start.toSecondOfDay() / 3600.0 + INTERVAL.toMinutes() / 120.0);
        }

        double expectedDailyCalls(LocalDate date) {
            double weeks = ChronoUnit.DAYS.between(DEMO_WEEK, date) / 7.0;
            return wednesdayCalls * weekdayFactor(date.getDayOfWeek()) * Math.pow(1 + WEEKLY_GROWTH, weeks);
        }

        /** Longer in the evening, on Mondays and at weekends. */
        double expectedAht(LocalDateTime start) {
            double hour = start.getHour() + start.getMinute() / 60.0;
            double timeOfDay = hour < 8 ? 1.06 : hour >= 19 ? 1.1 : 1.0;
            DayOfWeek day = start.getDayOfWeek();
            double weekday = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 1.05
                    : day == DayOfWeek.MONDAY ? 1.03 : 1.0;
            return baseAht * timeOfDay * weekday;
        }

        private static double bump(double x, double centre, double width) {
            double z = (x - centre) / width;
            return Math.exp(-z * z);
        }
    }

    /** The shift types: full-time FT8 (07:00-13:30 starts), part-time PT6 and PT4. */
    public static List<ShiftType> shiftTypes() {
        ShiftType fullTime = new ShiftType("FT8", LocalTime.of(7, 0), LocalTime.of(13, 30), QUARTER,
                Duration.ofMinutes(510), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(180)),
                BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofMinutes(210), Duration.ofMinutes(300)),
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(330), Duration.ofMinutes(450))));
        ShiftType sixHours = new ShiftType("PT6", LocalTime.of(7, 0), LocalTime.of(16, 0), QUARTER,
                Duration.ofHours(6), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(120), Duration.ofMinutes(210))));
        ShiftType fourHours = new ShiftType("PT4", LocalTime.of(7, 0), LocalTime.of(18, 0), QUARTER,
                Duration.ofHours(4), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(150))));
        return List.of(fullTime, sixHours, fourHours);
    }

    /**
     * The team for the week starting {@code monday}: {@value #FULL_TIMERS} full-time and {@value #PART_TIMERS}
     * part-time agents with their vacation that week (deterministic in the seed and the week) and their skills
     * ({@link #skills}).
     */
    public List<Agent> team(LocalDate monday) {
        SplittableRandom random = new SplittableRandom(seed * 31 + monday.toEpochDay());
        List<Agent> team = new ArrayList<>(FULL_TIMERS + PART_TIMERS);
        for (int i = 0; i < FULL_TIMERS + PART_TIMERS; i++) {
            boolean fullTime = i < FULL_TIMERS;
            List<TimeOff> vacation = vacation(random, monday);
            int off = vacation.size();
            Contract contract = (fullTime
                    ? Contract.hours(Math.max(0, 36 - 8 * off), Math.max(0, 40 - 8 * off), 5)
                    : Contract.hours(Math.max(0, 20 - 4 * off), Math.max(0, 24 - 5 * off), 5))
                    .withMinRestHours(11).withMaxConsecutiveDays(5);
            List<Unavailability> unavailable = new ArrayList<>();
            if (!fullTime && (i - FULL_TIMERS) % 4 == 3) {
                for (int d = 0; d < 5; d++) {
                    LocalDate date = monday.plusDays(d);
                    unavailable.add(new Unavailability(date.atStartOfDay(), date.atTime(12, 0)));
                }
            }
            team.add(new Agent(String.format("A%03d", i + 1), fullTime ? List.of("FT8") : List.of("PT6", "PT4"),
                    contract, vacation, unavailable, skills(i)));
        }
        return team;
    }

    /**
     * The queues the {@code i}-th agent (from 0) answers: one in ten sales only, three in ten both queues
     * (cross-trained), the rest service only; full-timers and part-timers alike.
     */
    private static List<String> skills(int i) {
        return switch (i % 10) {
            case 9 -> List.of(SALES);
            case 2, 5, 7 -> List.of(SERVICE, SALES);
            default -> List.of(SERVICE);
        };
    }

    /** Whole-week vacation for 5 % of agents, a block of 1-3 days for 12 %: about 8 % of agent-days. */
    private static List<TimeOff> vacation(SplittableRandom random, LocalDate monday) {
        double draw = random.nextDouble();
        int first;
        int days;
        if (draw < FULL_WEEK_VACATION) {
            first = 0;
            days = 7;
        } else if (draw < FULL_WEEK_VACATION + SHORT_VACATION) {
            first = random.nextInt(7);
            days = Math.min(1 + random.nextInt(3), 7 - first);
        } else {
            return List.of();
        }
        List<TimeOff> off = new ArrayList<>(days);
        for (int d = first; d < first + days; d++) {
            off.add(TimeOff.vacation(monday.plusDays(d)));
        }
        return off;
    }

    /**
     * The activities of the week starting {@code monday}, deterministic in the seed and the week like the team:
     * <ul>
     *   <li>{@value #TEAM_MEETING}: one hour together for the first {@value #MEETING_SIZE} agents of the team who
     *       are free all of Tuesday, Wednesday and Thursday (no vacation, never unavailable), at a time between 09:00
     *       and 17:00 on one of those days, so whichever day the roster picks, every attendee can be there;</li>
     *   <li>{@value #COACHING}: 30 minutes for each agent with a weekday free of vacation (a whole week's vacation
     *       has no coaching), between 08:00 and 18:00 on a weekday ({@code "all"} in the problem JSON when that is
     *       every agent).</li>
     * </ul>
     */
    public List<Activity> activities(LocalDate monday) {
        return activities(monday, team(monday));
    }

    private static List<Activity> activities(LocalDate monday, List<Agent> team) {
        List<LocalDate> meetingDays = List.of(monday.plusDays(1), monday.plusDays(2), monday.plusDays(3));
        List<String> meeting = team.stream()
                .filter(a -> a.unavailable().isEmpty() && meetingDays.stream().noneMatch(a::isOff))
                .limit(MEETING_SIZE).map(Agent::id).toList();
        List<LocalDate> weekdays = monday.datesUntil(monday.plusDays(5)).toList();
        List<String> coached = team.stream().filter(a -> !weekdays.stream().allMatch(a::isOff)).map(Agent::id)
                .toList();
        return List.of(
                Activity.together(TEAM_MEETING, Duration.ofHours(1), meeting, windows(meetingDays, 9, 17)),
                Activity.perAgent(COACHING, Duration.ofMinutes(30), coached.size() == team.size() ? List.of() : coached,
                        windows(weekdays, 8, 18)));
    }

    /** A window from {@code fromHour} to {@code toHour} on each of the dates. */
    private static Activity.Window[] windows(List<LocalDate> dates, int fromHour, int toHour) {
        return dates.stream().map(d -> new Activity.Window(d.atTime(fromHour, 0), d.atTime(toHour, 0)))
                .toArray(Activity.Window[]::new);
    }

    /**
     * The one-week scheduling problem of the week starting {@code monday}: this centre's shift types and team,
     * the given requirements per queue (agents on the phones, 15-minute intervals in {@link #ZONE}; every queue of
     * {@link #QUEUES}, each with weight 1), sick leave planned as unplanned shrinkage, and the week's
     * {@link #activities}.
     */
    public ScheduleProblem problem(LocalDate monday, Map<String, IntervalSeries> requirements) {
        if (!requirements.keySet().equals(Set.copyOf(QUEUES))) {
            throw new IllegalArgumentException("the sample centre's problem needs requirements for " + QUEUES
                    + ", got " + requirements.keySet());
        }
        List<QueueDemand> queues = new ArrayList<>();
        for (String queue : QUEUES) {
            queues.add(QueueDemand.of(queue, requirements.get(queue)));
        }
        List<Agent> team = team(monday);
        return ScheduleProblem.ofQueues("sample-week-" + monday, ZONE, INTERVAL, monday, 7, queues,
                SICK_LEAVE_RATE, shiftTypes(), team).withActivities(activities(monday, team));
    }

    /** A standard normal draw (Box-Muller; one of the pair is enough here). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Override
    public String toString() {
        return "SampleCentre[seed " + seed + ", " + ZONE + ", " + QUEUES.size() + " queues, " + (FULL_TIMERS + PART_TIMERS) + " agents, demo week "
                + DEMO_WEEK + "]";
    }
}

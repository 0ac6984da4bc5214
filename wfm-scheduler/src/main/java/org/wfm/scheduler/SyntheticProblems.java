package org.wfm.scheduler;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
 */
public final class SyntheticProblems {

    /** Id of the full-time shift type. */
    public static final String FULL_TIME = "FT8";
    /** Id of the part-time shift type. */
    public static final String PART_TIME = "PT4";

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final double VACATION_RATE = 0.08;
    private static final double DEMAND_OVER_CAPACITY = 1.10;
    private static final LocalTime OPEN = LocalTime.of(7, 0);
    private static final LocalTime CLOSE = LocalTime.of(21, 0);

    private SyntheticProblems() {
    }

    /** The two shift types of the generated problems. */
    public static List<ShiftType> shiftTypes() {
        ShiftType fullTime = new ShiftType(FULL_TIME, LocalTime.of(6, 45), LocalTime.of(12, 30), QUARTER,
                Duration.ofMinutes(510), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(180)),
                BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofMinutes(210), Duration.ofMinutes(300)),
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(330), Duration.ofMinutes(420))));
        ShiftType partTime = new ShiftType(PART_TIME, LocalTime.of(7, 0), LocalTime.of(17, 0), QUARTER,
                Duration.ofHours(4), List.of(
                BreakRule.paid("break", QUARTER, Duration.ofMinutes(90), Duration.ofMinutes(150))));
        return List.of(fullTime, partTime);
    }

    /**
     * A one-week problem with {@code agents} agents.
     *
     * @param agents number of agents, 1 or more
     * @param seed   seed of the vacation draw and of the demand noise
     */
    public static ScheduleProblem week(int agents, long seed) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be 1 or more, was " + agents);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<ShiftType> types = shiftTypes();
        List<Agent> team = new ArrayList<>(agents);
        double capacity = 0; // agent-intervals on the phones the team can give at most
        int fullTimers = (int) Math.round(agents * 0.7);
        for (int i = 0; i < agents; i++) {
            boolean fullTime = i < fullTimers;
            List<TimeOff> vacation = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                if (random.nextDouble() < VACATION_RATE) {
                    vacation.add(TimeOff.vacation(MONDAY.plusDays(d)));
                }
            }
            ShiftType type = types.get(fullTime ? 0 : 1);
            int maxDays = fullTime ? 5 : 6;
            int workableDays = Math.min(maxDays, 7 - vacation.size());
            // a long vacation lowers the week's minimum to what the remaining days can hold
            Contract contract = Contract.hours(Math.min(fullTime ? 32 : 16, workableDays * type.paidHours()),
                    fullTime ? 40 : 24, maxDays).withMinRestHours(11).withMaxConsecutiveDays(maxDays);
            team.add(new Agent(String.format("A%03d", i + 1), List.of(fullTime ? FULL_TIME : PART_TIME), contract,
                    vacation, List.of()));
            int shifts = Math.min(workableDays, (int) Math.floor(contract.maxHours() / type.paidHours()));
            capacity += shifts * onPhoneIntervals(type);
        }
        return new ScheduleProblem("synthetic-" + agents + "-" + seed, ZONE, QUARTER, MONDAY, 7,
                demand(capacity * DEMAND_OVER_CAPACITY, random), 0.05, types, team);
    }

    private static long onPhoneIntervals(ShiftType type) {
        long seconds = type.length().getSeconds();
        for (BreakRule b : type.breaks()) {
            seconds -= b.length().getSeconds();
        }
        return seconds / QUARTER.getSeconds();
    }

    /** Requirements with a double intraday peak and weekday effects, scaled so the planned total is {@code total}. */
    private static IntervalSeries demand(double total, SplittableRandom random) {
        List<LocalDateTime> starts = new ArrayList<>();
        List<Double> shape = new ArrayList<>();
        double shapeTotal = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = MONDAY.plusDays(d);
            double day = weekdayFactor(date.getDayOfWeek());
            for (LocalTime t = OPEN; t.isBefore(CLOSE); t = t.plus(QUARTER)) {
                double h = t.toSecondOfDay() / 3600.0 + 0.125;
                double s = day * (0.35 + Math.exp(-sq((h - 10.5) / 1.6)) + 0.8 * Math.exp(-sq((h - 14.5) / 1.9)))
                        * (0.9 + 0.2 * random.nextDouble());
                starts.add(date.atTime(t));
                shape.add(s);
                shapeTotal += s;
            }
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

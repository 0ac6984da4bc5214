package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.wfm.core.workforce.Rule;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

import java.util.function.Function;

/**
 * The rules and the objective of a roster as constraint streams.
 *
 * <p>Score levels and units:
 * <ul>
 *   <li>hard: broken rules, weighted by how much (minutes of rest or paid time, days, intervals);</li>
 *   <li>medium: understaffing, per interval {@code (100 * max(0, planned - scheduled))^2}, i.e. the shortfall in
 *       hundredths of an agent squared; a reschedule also charges each changed shift here
 *       ({@link #CHANGE_WEIGHT});</li>
 *   <li>soft: overstaffing in hundredths of an agent per interval, paid minutes, fairness:
 *       {@link #FAIRNESS_WEIGHT} times the square of each agent's weekend shifts and late shifts, and
 *       {@link #MISSING_WEIGHT} per attendee a session goes without.</li>
 * </ul>
 * Coverage per interval is {@link IntervalCoverage#getScheduled()}, a shadow variable kept incrementally by
 * {@code CoverageListener}, so intervals nobody covers are penalized like any other and a move re-scores only
 * the intervals whose count it changes.
 *
 * <p>The break windows and "at most one shift a day" hold by construction of the model (clamped break
 * positions, one {@link ShiftAssignment} per agent-day) and need no constraint.
 */
public final class WfmConstraintProvider implements ConstraintProvider {

    /**
     * Medium penalty of one changed shift in a reschedule: as much as 4 intervals going from one agent short to
     * none. A colleague taking over the sick agent's shift (dozens of intervals) is worth it; shuffling shifts to
     * gain an interval or two is not. (At 100 intervals no single shift could ever pay for its change, and the
     * repair would leave the sick agent's hours uncovered.)
     */
    public static final long CHANGE_WEIGHT = 4 * 100 * 100;
    /** Medium penalty of a reschedule moving a break of an otherwise unchanged shift: 2 intervals one agent short. */
    public static final long BREAK_CHANGE_WEIGHT = CHANGE_WEIGHT / 2;
    /**
     * Soft penalty of an attendee a together session goes without, within its minAttendance: as much as an hour of
     * paid time, so a session gathers whom it can, but never at the price of a planned agent missing on the phones.
     */
    public static final long MISSING_WEIGHT = 60 * 100;
    /** Soft weight of the squared count of weekend (or late) shifts per agent. */
    public static final long FAIRNESS_WEIGHT = 60;

    // shared instances, so that constraints built on the same stream share its nodes
    private static final Function<ShiftAssignment, AgentRules> AGENT = ShiftAssignment::getAgent;
    private static final UniConstraintCollector<ShiftAssignment, ?, Long> DAY_MASK =
            ConstraintCollectors.sumLong(a -> 1L << a.getDay());
    private static final UniConstraintCollector<ShiftAssignment, ?, Long> PAID_MINUTES =
            ConstraintCollectors.sumLong(ShiftAssignment::paidMinutes);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                shiftTypeAllowed(factory),
                noWorkOnTimeOff(factory),
                noWorkWhenUnavailable(factory),
                breaksInOrderWithoutOverlap(factory),
                breakTimesUnambiguous(factory),
                minRestBetweenShifts(factory),
                maxDays(factory),
                maxConsecutiveDays(factory),
                minPaidHours(factory),
                maxPaidHours(factory),
                activityAttendance(factory),
                activityWithoutOverlap(factory),
                understaffing(factory),
                keepOriginalShifts(factory),
                overstaffing(factory),
                paidHours(factory),
                fairWeekends(factory),
                fairLateShifts(factory),
                activityMissing(factory),
        };
    }

    private static UniConstraintStream<ShiftAssignment> shifts(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class).filter(ShiftAssignment::isAssigned);
    }

    /** A shift of a type not in the agent's list: 1 per shift. */
    Constraint shiftTypeAllowed(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> !a.getAgent().allows(a.getStart().typeId()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(Rule.SHIFT_TYPE_ALLOWED.id());
    }

    /** A shift on a time-off day: 1 per shift. */
    Constraint noWorkOnTimeOff(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.getAgent().isOff(a.getStart().day()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(Rule.NO_WORK_ON_TIME_OFF.id());
    }

    /** A shift touching an unavailable window: 1 per shift. */
    Constraint noWorkWhenUnavailable(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.getAgent().unavailableDuring(a.getStart().startEpoch(), a.getStart().endEpoch()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(Rule.NO_WORK_WHEN_UNAVAILABLE.id());
    }

    /** Breaks out of order or overlapping: the overlapping intervals. */
    Constraint breaksInOrderWithoutOverlap(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.breakOverlapIntervals() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ShiftAssignment::breakOverlapIntervals)
                .asConstraint(Rule.BREAKS_IN_ORDER_WITHOUT_OVERLAP.id());
    }

    /**
     * A break starting or ending in the second pass of the autumn's repeated hour: 1 per break. The roster writes
     * breaks in local time, which there means the first pass, so such a break could not be read back.
     */
    Constraint breakTimesUnambiguous(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.unwritableBreaks() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ShiftAssignment::unwritableBreaks)
                .asConstraint(Rule.BREAK_TIMES_UNAMBIGUOUS.id());
    }

    /** Two shifts of an agent closer than the contract's rest (or overlapping): the missing minutes. */
    Constraint minRestBetweenShifts(ConstraintFactory factory) {
        return shifts(factory)
                .join(shifts(factory), Joiners.equal(AGENT), Joiners.lessThan(ShiftAssignment::getDay))
                .filter((a, b) -> restDeficitMinutes(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, WfmConstraintProvider::restDeficitMinutes)
                .asConstraint(Rule.MIN_REST_BETWEEN_SHIFTS.id());
    }

    private static long restDeficitMinutes(ShiftAssignment earlier, ShiftAssignment later) {
        long rest = later.getStart().startEpoch() - earlier.getStart().endEpoch();
        long required = earlier.getAgent().minRestSeconds();
        // overlapping shifts (negative rest) break the rule even without a minimum rest
        return rest >= required ? 0 : Math.max(1, (required - rest + 59) / 60);
    }

    /** More working days than the contract's maxDays: the excess days. */
    Constraint maxDays(ConstraintFactory factory) {
        return workedDays(factory)
                .filter((agent, mask) -> Long.bitCount(agent.workedDays(mask)) > agent.maxDays())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (agent, mask) -> Long.bitCount(agent.workedDays(mask)) - agent.maxDays())
                .asConstraint(Rule.MAX_DAYS.id());
    }

    /**
     * A run of working days longer than maxConsecutiveDays, the days worked in a row up to the horizon in the previous
     * roster included: the excess days of each such run.
     */
    Constraint maxConsecutiveDays(ConstraintFactory factory) {
        return workedDays(factory)
                .filter((agent, mask) -> excessConsecutive(agent.consecutiveMask(mask), agent.maxConsecutiveDays()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (agent, mask) -> excessConsecutive(agent.consecutiveMask(mask), agent.maxConsecutiveDays()))
                .asConstraint(Rule.MAX_CONSECUTIVE_DAYS.id());
    }

    /** Per agent, the worked days as a bit mask (bit d = day d): one entity per agent-day, so a sum is an or. */
    private static BiConstraintStream<AgentRules, Long> workedDays(ConstraintFactory factory) {
        return shifts(factory).groupBy(AGENT, DAY_MASK);
    }

    /** Sum over runs of consecutive set bits of {@code max(0, run - limit)}. */
    static long excessConsecutive(long mask, int limit) {
        long excess = 0;
        int run = 0;
        for (long m = mask; m != 0 || run > 0; m >>>= 1) {
            if ((m & 1) != 0) {
                run++;
            } else {
                excess += Math.max(0, run - limit);
                run = 0;
                if (m == 0) {
                    break;
                }
            }
        }
        return excess;
    }

    /** Paid time below the contract's minHours: the missing minutes. */
    Constraint minPaidHours(ConstraintFactory factory) {
        return paidMinutesPerAgent(factory)
                .filter((agent, minutes) -> agent.paidMinutes(minutes) < agent.minPaidMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (agent, minutes) -> agent.minPaidMinutes() - agent.paidMinutes(minutes))
                .asConstraint(Rule.MIN_PAID_HOURS.id());
    }

    /** Paid time above the contract's maxHours: the excess minutes. */
    Constraint maxPaidHours(ConstraintFactory factory) {
        return paidMinutesPerAgent(factory)
                .filter((agent, minutes) -> agent.paidMinutes(minutes) > agent.maxPaidMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (agent, minutes) -> agent.paidMinutes(minutes) - agent.maxPaidMinutes())
                .asConstraint(Rule.MAX_PAID_HOURS.id());
    }

    /** Per agent, paid minutes over the horizon; days off included so that an agent with no shift shows 0. */
    private static BiConstraintStream<AgentRules, Long> paidMinutesPerAgent(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .groupBy(AGENT, PAID_MINUTES);
    }

    /**
     * A session without the attendees it needs (minAttendance of a together session, the one attendee of any other):
     * the missing attendees beyond those allowed, times the session's intervals.
     */
    Constraint activityAttendance(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(s -> s.missingBeyondAllowed() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, s -> (long) s.missingBeyondAllowed() * s.length())
                .asConstraint(Rule.ACTIVITY_ATTENDANCE.id());
    }

    /** Two sessions of the same agent at overlapping times: the shared attendees times the intervals of overlap. */
    Constraint activityWithoutOverlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(Session.class, Joiners.overlapping(Session::getStart, Session::end))
                .filter((a, b) -> a.sharedAttendees(b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> (long) a.sharedAttendees(b)
                        * (Math.min(a.end(), b.end()) - Math.max(a.getStart(), b.getStart())))
                .asConstraint(Rule.ACTIVITY_WITHOUT_OVERLAP.id());
    }

    /** Attendees a together session goes without within its minAttendance: {@link #MISSING_WEIGHT} each. */
    Constraint activityMissing(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(s -> Math.min(s.getMissing(), s.allowedMissing()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        s -> MISSING_WEIGHT * Math.min(s.getMissing(), s.allowedMissing()))
                .asConstraint(Rule.ACTIVITY_MISSING.id());
    }

    /** Per interval, the planned requirement not on the phones, in hundredths of an agent, squared. */
    Constraint understaffing(ConstraintFactory factory) {
        return factory.forEach(IntervalCoverage.class)
                .filter(d -> d.understaffingPenalty() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, IntervalCoverage::understaffingPenalty)
                .asConstraint(Rule.UNDERSTAFFING.id());
    }

    /** In a reschedule, each shift that differs from the original roster, and each shift whose breaks moved. */
    Constraint keepOriginalShifts(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .filter(a -> a.changedFromOriginal() || a.breaksMovedFromOriginal())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        a -> a.changedFromOriginal() ? CHANGE_WEIGHT : BREAK_CHANGE_WEIGHT)
                .asConstraint(Rule.KEEP_ORIGINAL_SHIFTS.id());
    }

    /** Agents beyond the planned requirement, in hundredths of an agent per interval. */
    Constraint overstaffing(ConstraintFactory factory) {
        return factory.forEach(IntervalCoverage.class)
                .filter(d -> d.surplusCenti() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, IntervalCoverage::surplusCenti)
                .asConstraint(Rule.OVERSTAFFING.id());
    }

    /** Paid minutes of every shift: no paid time without need. */
    Constraint paidHours(ConstraintFactory factory) {
        return shifts(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ShiftAssignment::paidMinutes)
                .asConstraint(Rule.PAID_HOURS.id());
    }

    /** Weekend shifts spread across agents: the square of each agent's count. */
    Constraint fairWeekends(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.getStart().weekend())
                .groupBy(AGENT, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (agent, n) -> FAIRNESS_WEIGHT * n * n)
                .asConstraint(Rule.FAIR_WEEKENDS.id());
    }

    /** Late and night shifts (running past 20:00) spread across agents: the square of each agent's count. */
    Constraint fairLateShifts(ConstraintFactory factory) {
        return shifts(factory)
                .filter(a -> a.getStart().late())
                .groupBy(AGENT, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (agent, n) -> FAIRNESS_WEIGHT * n * n)
                .asConstraint(Rule.FAIR_LATE_SHIFTS.id());
    }
}

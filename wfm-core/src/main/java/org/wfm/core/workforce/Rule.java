package org.wfm.core.workforce;

/**
 * The rules a roster is judged by, one name each for the scheduler's constraints, {@link RosterCheck}'s
 * violations and the report. {@link #id()} is the name as printed (and as OptaPlanner's constraint name).
 * Hard rules make a roster infeasible; {@link #UNDERSTAFFING} is the medium level (the objective); the rest
 * are soft preferences.
 */
public enum Rule {
    /** A shift names an agent and shift type of the problem. */
    KNOWN_AGENT_AND_TYPE("knownAgentAndType", Level.HARD),
    /** An agent works only the shift types its contract allows. */
    SHIFT_TYPE_ALLOWED("shiftTypeAllowed", Level.HARD),
    /** A shift starts inside the horizon. */
    SHIFT_IN_HORIZON("shiftInHorizon", Level.HARD),
    /** A shift starts at one of its type's start times. */
    SHIFT_START_ALLOWED("shiftStartAllowed", Level.HARD),
    /** A shift lasts its type's length in elapsed time. */
    SHIFT_LENGTH("shiftLength", Level.HARD),
    /** A shift takes every break of its type. */
    BREAKS_TAKEN("breaksTaken", Level.HARD),
    /** A break has its rule's name and paid flag. */
    BREAK_MATCHES_RULE("breakMatchesRule", Level.HARD),
    /** A break starts inside its window. */
    BREAK_IN_WINDOW("breakInWindow", Level.HARD),
    /** A break lasts its rule's length. */
    BREAK_LENGTH("breakLength", Level.HARD),
    /** Breaks come in their rule order and do not overlap. */
    BREAKS_IN_ORDER_WITHOUT_OVERLAP("breaksInOrderWithoutOverlap", Level.HARD),
    /** No break starts or ends in the second pass of the autumn's repeated hour (its local time is ambiguous). */
    BREAK_TIMES_UNAMBIGUOUS("breakTimesUnambiguous", Level.HARD),
    /** At most one shift per agent and day. */
    ONE_SHIFT_PER_DAY("oneShiftPerDay", Level.HARD),
    /** No shift on a day of time off. */
    NO_WORK_ON_TIME_OFF("noWorkOnTimeOff", Level.HARD),
    /** No shift touching an unavailable window. */
    NO_WORK_WHEN_UNAVAILABLE("noWorkWhenUnavailable", Level.HARD),
    /** The contract's minimum rest between two shifts. */
    MIN_REST_BETWEEN_SHIFTS("minRestBetweenShifts", Level.HARD),
    /** The contract's maximum number of working days in the horizon. */
    MAX_DAYS("maxDays", Level.HARD),
    /** The contract's maximum run of consecutive working days. */
    MAX_CONSECUTIVE_DAYS("maxConsecutiveDays", Level.HARD),
    /** The contract's minimum paid hours. */
    MIN_PAID_HOURS("minPaidHours", Level.HARD),
    /** The contract's maximum paid hours. */
    MAX_PAID_HOURS("maxPaidHours", Level.HARD),
    /** A shift's activity names an activity of the problem that its agent attends. */
    ACTIVITY_ATTENDEE("activityAttendee", Level.HARD),
    /** A session of an activity lies on the grid, lasts the activity's length, inside one window and its shift. */
    ACTIVITY_PLACED("activityPlaced", Level.HARD),
    /** A session overlaps no break and no other session of the same agent. */
    ACTIVITY_WITHOUT_OVERLAP("activityWithoutOverlap", Level.HARD),
    /** A together activity is one session: all its attendees at the same time. */
    ACTIVITY_TOGETHER("activityTogether", Level.HARD),
    /** Every attendee gets its sessions; a together session has at least minAttendance of its attendees. */
    ACTIVITY_ATTENDANCE("activityAttendance", Level.HARD),
    /** The roster's coverage rows agree with its shifts. */
    COVERAGE_REPORTED("coverageReported", Level.HARD),
    /** The roster's summary agrees with its shifts. */
    SUMMARY_REPORTED("summaryReported", Level.HARD),
    /** Planned agents missing on the phones, squared per interval so shortfall spreads. */
    UNDERSTAFFING("understaffing", Level.MEDIUM),
    /** Attendees a together session goes without, within its minAttendance. */
    ACTIVITY_MISSING("activityMissing", Level.SOFT),
    /** When repairing a roster, each shift changed from the original. */
    KEEP_ORIGINAL_SHIFTS("keepOriginalShifts", Level.SOFT),
    /** Agents on the phones beyond the planned requirement. */
    OVERSTAFFING("overstaffing", Level.SOFT),
    /** Paid hours, so that ties go to the cheaper roster. */
    PAID_HOURS("paidHours", Level.SOFT),
    /** Weekend shifts shared out evenly. */
    FAIR_WEEKENDS("fairWeekends", Level.SOFT),
    /** Late shifts shared out evenly. */
    FAIR_LATE_SHIFTS("fairLateShifts", Level.SOFT);

    /** How much a rule weighs: hard rules make a roster infeasible, medium is coverage, soft are preferences. */
    public enum Level { HARD, MEDIUM, SOFT }

    private final String id;
    private final Level level;

    Rule(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    /** The rule's printed name, e.g. {@code maxPaidHours}. */
    public String id() {
        return id;
    }

    /** Whether breaking the rule makes a roster infeasible. */
    public Level level() {
        return level;
    }

    @Override
    public String toString() {
        return id;
    }
}

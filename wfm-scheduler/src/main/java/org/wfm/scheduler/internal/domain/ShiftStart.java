package org.wfm.scheduler.internal.domain;

import org.wfm.core.workforce.Timeline;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.ShiftType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One possible shift: a shift type started at one local time on one day of the horizon, with everything the
 * constraints need precomputed as integers (interval indexes, epoch seconds, paid minutes, break windows).
 * The planning value of {@link ShiftAssignment}.
 */
public final class ShiftStart {

    /** A shift that runs past 20:00 local time of its day (or past midnight) counts as late work. */
    private static final int LATE_END_HOUR = 20;

    private final ShiftType type;
    private final int day;
    private final LocalDateTime localStart;
    private final LocalDateTime localEnd;
    private final long startEpoch;
    private final long endEpoch;
    private final int startIndex;
    private final int lengthIntervals;
    private final int paidMinutes;
    private final boolean weekend;
    private final boolean late;
    private final int[] breakEarliest;   // intervals from the shift start, first on-grid start in the window
    private final int[] breakPositions;  // number of grid starts in each break's window
    private final int[] breakLength;     // intervals
    private final boolean[][] breakUnwritable; // per break and position: start or end in the repeated hour's 2nd pass

    /**
     * @param type       the shift type
     * @param day        index of the day in the horizon (0 = first day)
     * @param localStart local start, an existing local time in the timeline's zone
     * @param timeline   the horizon's intervals
     */
    public ShiftStart(ShiftType type, int day, LocalDateTime localStart, Timeline timeline) {
        this.type = type;
        this.day = day;
        this.localStart = localStart;
        this.startEpoch = timeline.epochOf(localStart);
        this.endEpoch = startEpoch + type.length().getSeconds();
        this.localEnd = timeline.localOf(endEpoch);
        this.startIndex = timeline.indexAt(startEpoch);
        int step = timeline.step();
        this.lengthIntervals = (int) (type.length().getSeconds() / step);
        this.paidMinutes = (int) type.paidLength().toMinutes();
        DayOfWeek dow = localStart.getDayOfWeek();
        this.weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        this.late = endEpoch > timeline.epochOf(localStart.toLocalDate().atTime(LATE_END_HOUR, 0));
        int n = type.breaks().size();
        breakEarliest = new int[n];
        breakPositions = new int[n];
        breakLength = new int[n];
        breakUnwritable = new boolean[n][];
        for (int k = 0; k < n; k++) {
            BreakRule.Slots slots = type.breaks().get(k).slots(Duration.ofSeconds(step));
            breakEarliest[k] = slots.first();
            breakPositions[k] = slots.positions();
            breakLength[k] = slots.length();
            breakUnwritable[k] = new boolean[slots.positions()];
            for (int p = 0; p < slots.positions(); p++) {
                long from = startEpoch + (long) (slots.first() + p) * step;
                breakUnwritable[k][p] = !timeline.readsBack(from) || !timeline.readsBack(from + (long) slots.length() * step);
            }
        }
    }

    public ShiftType type() {
        return type;
    }

    public String typeId() {
        return type.id();
    }

    /** Day of the horizon the shift belongs to (the day it starts). */
    public int day() {
        return day;
    }

    public LocalDateTime localStart() {
        return localStart;
    }

    /** Local end: start + length in elapsed time, so it moves across a DST change. */
    public LocalDateTime localEnd() {
        return localEnd;
    }

    public long startEpoch() {
        return startEpoch;
    }

    public long endEpoch() {
        return endEpoch;
    }

    /** Index of the first interval of the shift in the timeline. */
    public int startIndex() {
        return startIndex;
    }

    /** Length in intervals. */
    public int lengthIntervals() {
        return lengthIntervals;
    }

    /** Paid minutes: length less unpaid breaks. */
    public int paidMinutes() {
        return paidMinutes;
    }

    /** Whether the shift starts on a Saturday or Sunday. */
    public boolean weekend() {
        return weekend;
    }

    /** Whether the shift ends after 20:00 local time or past midnight. */
    public boolean late() {
        return late;
    }

    /** Number of breaks of the type. */
    public int breakCount() {
        return breakLength.length;
    }

    /** Number of on-grid starts in break {@code k}'s window. */
    public int breakPositions(int k) {
        return breakPositions[k];
    }

    /**
     * Whether break {@code k} at window position {@code position} would start or end in the second pass of the
     * autumn's repeated hour, where the roster's local times cannot say which pass is meant.
     */
    public boolean breakUnwritable(int k, int position) {
        return breakUnwritable[k][Math.min(Math.max(position, 0), breakPositions[k] - 1)];
    }

    /** Break {@code k}'s length in intervals. */
    public int breakLength(int k) {
        return breakLength[k];
    }

    /**
     * Offset in intervals from the shift start of break {@code k} at window position {@code position}; positions
     * past the window's last start clamp to it, so every break always lies in its window.
     */
    public int breakOffset(int k, int position) {
        return breakEarliest[k] + Math.min(Math.max(position, 0), breakPositions[k] - 1);
    }

    /** Whether the intervals {@code [at, at + length)} of the timeline lie inside this shift. */
    public boolean holds(int at, int length) {
        return at >= startIndex && at + length <= startIndex + lengthIntervals;
    }

    /**
     * Whether break {@code k} at window position {@code position} stays clear of the offsets {@code [from, to)} from
     * the shift start (a session's).
     */
    public boolean breakClearOf(int k, int position, int from, int to) {
        int b = breakOffset(k, position);
        return b + breakLength[k] <= from || b >= to;
    }

    @Override
    public String toString() {
        return type.id() + "@" + localStart;
    }
}

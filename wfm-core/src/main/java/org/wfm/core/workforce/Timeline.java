package org.wfm.core.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The horizon of a {@link ScheduleProblem} as a row of equal intervals of elapsed time, numbered from 0 at local
 * midnight of the first day: the one implementation of the planning grid that the scheduler, the lower bound
 * and the problem's own checks share ({@link RosterCheck} recomputes it on purpose, as an independent oracle).
 *
 * <p>Index {@code i} starts at {@code startEpoch + i * step} seconds; a DST week has 4 quarter-hours more or
 * fewer, so lengths and rest periods are plain index and epoch arithmetic. A local time in the autumn overlap
 * means its earlier occurrence (as {@link ZonedDateTime#ofLocal} with no preferred offset); a local time in the
 * spring gap does not exist as a shift start.
 */
public final class Timeline {

    private final ZoneId zone;
    private final LocalDate firstDay;
    private final long startEpoch;
    private final int step;
    private final int size;

    private Timeline(ZoneId zone, LocalDate firstDay, long startEpoch, int step, int size) {
        this.zone = zone;
        this.firstDay = firstDay;
        this.startEpoch = startEpoch;
        this.step = step;
        this.size = size;
    }

    /** The intervals of a problem's horizon. */
    public static Timeline of(ScheduleProblem problem) {
        long start = epochOf(problem.horizonStart(), problem.zone());
        long end = epochOf(problem.horizonEnd(), problem.zone());
        int step = (int) problem.interval().getSeconds();
        return new Timeline(problem.zone(), problem.start(), start, step, (int) ((end - start) / step));
    }

    /** Epoch seconds of a local time; the earlier offset in an autumn overlap, shifted forward in a gap. */
    public static long epochOf(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
    }

    /** Epoch seconds of a local time in this timeline's zone. */
    public long epochOf(LocalDateTime local) {
        return epochOf(local, zone);
    }

    /**
     * The local starts of a shift type on one day, in the type's order (none on a weekday the type does not start
     * on): every start time that exists on that day (none in the spring gap), once (the earlier occurrence in the autumn overlap, as a roster names a shift
     * by its local start).
     */
    public List<LocalDateTime> shiftStarts(ShiftType type, LocalDate date) {
        List<LocalTime> times = type.startTimes(date.getDayOfWeek());
        List<LocalDateTime> starts = new ArrayList<>(times.size());
        for (var time : times) {
            LocalDateTime local = date.atTime(time);
            if (!zone.getRules().getValidOffsets(local).isEmpty()) {
                starts.add(local);
            }
        }
        return starts;
    }

    /**
     * Whether the instant, written as its local time (as rosters write shifts and breaks), reads back as the same
     * instant: false only in the second occurrence of the autumn's repeated hour, whose local times mean the
     * first occurrence.
     */
    public boolean readsBack(long epochSecond) {
        return epochOf(localOf(epochSecond)) == epochSecond;
    }

    /** The number of intervals in the horizon. */
    public int size() {
        return size;
    }

    /** Interval length in seconds. */
    public int step() {
        return step;
    }

    /** Epoch seconds of the horizon's start. */
    public long startEpoch() {
        return startEpoch;
    }

    /** The time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The first day of the horizon. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The interval index holding an instant (may lie outside {@code [0, size)}). */
    public int indexAt(long epochSecond) {
        return (int) Math.floorDiv(epochSecond - startEpoch, step);
    }

    /** The interval index holding a local time (see the class comment for overlaps and gaps). */
    public int indexAt(LocalDateTime local) {
        return indexAt(epochOf(local));
    }

    /** Epoch seconds at which interval {@code i} starts. */
    public long epochAt(int i) {
        return startEpoch + (long) i * step;
    }

    /** Local start of interval {@code i}. */
    public LocalDateTime localAt(int i) {
        return localOf(epochAt(i));
    }

    /** Local time of an instant. */
    public LocalDateTime localOf(long epochSecond) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    /**
     * Calls {@code action} with the index of every interval the shift is on the phones in: the interval's start lies
     * in the shift and not in one of its breaks or activities (so a shift or break off the grid counts the intervals
     * starting in it).
     */
    public void forEachOnThePhones(Shift shift, IntConsumer action) {
        long from = epochOf(shift.start());
        long to = epochOf(shift.end());
        int nb = shift.breaks().size();
        long[] breaks = new long[2 * (nb + shift.activities().size())];
        for (int k = 0; k < nb; k++) {
            breaks[2 * k] = epochOf(shift.breaks().get(k).start());
            breaks[2 * k + 1] = epochOf(shift.breaks().get(k).end());
        }
        for (int k = 0; k < shift.activities().size(); k++) {
            breaks[2 * (nb + k)] = epochOf(shift.activities().get(k).start());
            breaks[2 * (nb + k) + 1] = epochOf(shift.activities().get(k).end());
        }
        long first = Math.max(0, Math.floorDiv(from - startEpoch + step - 1, step)); // the first start at or after
        for (int i = (int) Math.min(first, size()); i < size() && epochAt(i) < to; i++) {
            long at = epochAt(i);
            boolean onBreak = false;
            for (int k = 0; k < breaks.length; k += 2) {
                onBreak |= at >= breaks[k] && at < breaks[k + 1];
            }
            if (!onBreak) {
                action.accept(i);
            }
        }
    }

    /**
     * The intervals a session of {@code length} may start in so that it lies inside one of {@code windows} and inside
     * the horizon, ascending, each once.
     */
    public int[] sessionStarts(List<Activity.Window> windows, Duration length) {
        int intervals = (int) (length.getSeconds() / step);
        BitSet starts = new BitSet(size);
        for (Activity.Window w : windows) {
            int last = Math.min(indexAt(epochOf(w.end())), size) - intervals;
            for (int i = Math.max(0, indexAt(epochOf(w.start()))); i <= last; i++) {
                starts.set(i);
            }
        }
        return starts.stream().toArray();
    }

    @Override
    public String toString() {
        return "Timeline[" + zone + ", " + firstDay + ", " + size + " intervals of " + step + " s]";
    }
}

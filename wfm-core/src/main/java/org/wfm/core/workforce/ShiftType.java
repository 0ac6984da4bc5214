package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of shift: its length (elapsed time, paid and unpaid), the window of allowed local start times on a
 * step, and the breaks it carries, in order.
 *
 * <p>A shift across a DST change keeps its length; its local end moves. A shift may cross midnight and
 * belongs to the day on which it starts.
 *
 * @param id            unique name of the type ("FT8")
 * @param earliestStart earliest local start time
 * @param latestStart   latest local start time, not before {@code earliestStart}
 * @param startStep     step between allowed starts from {@code earliestStart} (e.g. 15 minutes)
 * @param length        elapsed length of the shift, breaks included
 * @param breaks        the breaks every shift of this type carries, in the order they are taken
 * @param days          the weekdays a shift of this type may start on; empty: every day (a centre closed on Sunday
 *                      mornings gives its morning types MON..SAT)
 * @param startsByDay   other start windows on some weekdays (a Saturday opening later), each weekday in at most one,
 *                      each a day the type starts on; on the other days {@code earliestStart..latestStart}
 */
public record ShiftType(String id, LocalTime earliestStart, LocalTime latestStart, Duration startStep,
                        Duration length, List<BreakRule> breaks,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DayOfWeek> days,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StartWindow> startsByDay) {

    /**
     * The start window of a shift type on some weekdays, in place of its own.
     *
     * @param days          the weekdays, at least one
     * @param earliestStart earliest local start time on those days
     * @param latestStart   latest local start time on those days, not before {@code earliestStart}
     */
    public record StartWindow(List<DayOfWeek> days, LocalTime earliestStart, LocalTime latestStart) {
        public StartWindow {
            days = days == null ? List.of() : List.copyOf(days);
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a start window names at least one day");
            }
            Objects.requireNonNull(earliestStart, "start window earliestStart");
            Objects.requireNonNull(latestStart, "start window latestStart");
            if (latestStart.isBefore(earliestStart)) {
                throw new IllegalArgumentException("start window of " + days + ": latestStart " + latestStart
                        + " is before earliestStart " + earliestStart);
            }
        }
    }

    public ShiftType {
        Objects.requireNonNull(id, "shift type id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a shift type needs an id");
        }
        Objects.requireNonNull(earliestStart, "shift type " + id + ": earliestStart");
        Objects.requireNonNull(latestStart, "shift type " + id + ": latestStart");
        if (latestStart.isBefore(earliestStart)) {
            throw new IllegalArgumentException("shift type " + id + ": latestStart " + latestStart
                    + " is before earliestStart " + earliestStart);
        }
        BreakRule.positive(startStep, "shift type " + id + ": startStep");
        BreakRule.positive(length, "shift type " + id + ": length");
        if (length.compareTo(Duration.ofHours(24)) >= 0) {
            throw new IllegalArgumentException("shift type " + id + ": length " + length + " must be under 24 hours");
        }
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        days = days == null ? List.of() : List.copyOf(days);
        Set<DayOfWeek> distinct = EnumSet.noneOf(DayOfWeek.class);
        distinct.addAll(days);
        if (distinct.size() != days.size()) {
            throw new IllegalArgumentException("shift type " + id + ": a day is listed twice in days " + days);
        }
        startsByDay = startsByDay == null ? List.of() : List.copyOf(startsByDay);
        Set<DayOfWeek> windowed = EnumSet.noneOf(DayOfWeek.class);
        for (StartWindow window : startsByDay) {
            for (DayOfWeek day : window.days()) {
                if (!windowed.add(day)) {
                    throw new IllegalArgumentException("shift type " + id + ": " + day + " is in two start windows of"
                            + " startsByDay");
                }
                if (!days.isEmpty() && !days.contains(day)) {
                    throw new IllegalArgumentException("shift type " + id + ": startsByDay names " + day
                            + ", a day it does not start on (days " + days + ")");
                }
            }
        }
        Duration earliestFree = Duration.ZERO;
        for (BreakRule b : breaks) {
            if (b.latest().plus(b.length()).compareTo(length) > 0) {
                throw new IllegalArgumentException("shift type " + id + ": break '" + b.name() + "' window ends at "
                        + b.latest().plus(b.length()) + " after the shift's length " + length);
            }
            Duration start = b.earliest().compareTo(earliestFree) >= 0 ? b.earliest() : earliestFree;
            if (start.compareTo(b.latest()) > 0) {
                throw new IllegalArgumentException("shift type " + id + ": break '" + b.name()
                        + "' cannot start by " + b.latest() + " after the breaks before it");
            }
            earliestFree = start.plus(b.length());
        }
    }

    /** A shift type with the same start window on every day it starts. */
    public ShiftType(String id, LocalTime earliestStart, LocalTime latestStart, Duration startStep, Duration length,
                     List<BreakRule> breaks, List<DayOfWeek> days) {
        this(id, earliestStart, latestStart, startStep, length, breaks, days, List.of());
    }

    /** A shift type that may start on every day. */
    public ShiftType(String id, LocalTime earliestStart, LocalTime latestStart, Duration startStep, Duration length,
                     List<BreakRule> breaks) {
        this(id, earliestStart, latestStart, startStep, length, breaks, List.of());
    }

    /** A shift type without breaks. */
    public static ShiftType of(String id, LocalTime earliestStart, LocalTime latestStart, Duration startStep,
                               Duration length) {
        return new ShiftType(id, earliestStart, latestStart, startStep, length, List.of());
    }

    /** The same type carrying these breaks, in order. */
    public ShiftType withBreaks(BreakRule... rules) {
        return new ShiftType(id, earliestStart, latestStart, startStep, length, List.of(rules), days, startsByDay);
    }

    /** The same type starting only on these weekdays (none: every day). */
    public ShiftType withDays(DayOfWeek... weekdays) {
        return new ShiftType(id, earliestStart, latestStart, startStep, length, breaks, List.of(weekdays), startsByDay);
    }

    /** The same type starting between {@code earliest} and {@code latest} on these weekdays. */
    public ShiftType withStartWindow(LocalTime earliest, LocalTime latest, DayOfWeek... weekdays) {
        List<StartWindow> windows = new ArrayList<>(startsByDay);
        windows.add(new StartWindow(List.of(weekdays), earliest, latest));
        return new ShiftType(id, earliestStart, latestStart, startStep, length, breaks, days, windows);
    }

    /** Whether a shift of this type may start on this weekday. */
    public boolean startsOn(DayOfWeek day) {
        return days.isEmpty() || days.contains(day);
    }

    /** Paid time of one shift: the length less the unpaid breaks. */
    public Duration paidLength() {
        Duration paid = length;
        for (BreakRule b : breaks) {
            if (!b.paid()) {
                paid = paid.minus(b.length());
            }
        }
        return paid;
    }

    /** Paid hours of one shift, as a decimal number of hours. */
    public double paidHours() {
        return paidLength().getSeconds() / 3600.0;
    }

    /** The allowed local start times of the type's own window, from earliest to latest on the step. */
    public List<LocalTime> startTimes() {
        return startTimes(earliestStart, latestStart);
    }

    /**
     * The allowed local start times on a weekday: those of its window in {@link #startsByDay}, else the type's own;
     * none on a day the type does not start on.
     */
    public List<LocalTime> startTimes(DayOfWeek day) {
        if (!startsOn(day)) {
            return List.of();
        }
        for (StartWindow window : startsByDay) {
            if (window.days().contains(day)) {
                return startTimes(window.earliestStart(), window.latestStart());
            }
        }
        return startTimes();
    }

    private List<LocalTime> startTimes(LocalTime earliest, LocalTime latest) {
        List<LocalTime> times = new ArrayList<>();
        long step = startStep.getSeconds();
        long last = latest.toSecondOfDay();
        for (long s = earliest.toSecondOfDay(); s <= last; s += step) {
            times.add(LocalTime.ofSecondOfDay(s));
        }
        return List.copyOf(times);
    }
}

package org.wfm.examples.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The horizontal axis of the report's charts: days side by side, each showing the same span of the day
 * ({@code fromMinute..toMinute} after local midnight, possibly past 24:00 for shifts after midnight), so closed
 * nights take no room.
 */
record DayColumns(List<LocalDate> dates, int fromMinute, int toMinute, double left, double width) {

    /** How the charts show a time of day, e.g. "08:15". */
    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    DayColumns {
        dates = List.copyOf(dates);
        if (toMinute <= fromMinute) {
            toMinute = fromMinute + 60;
        }
    }

    double dayWidth() {
        return width / Math.max(1, dates.size());
    }

    /** The x of a day's left edge. */
    double dayLeft(int day) {
        return left + day * dayWidth();
    }

    /** The x of a local time on the day it belongs to ({@code day} index), clamped to the day's column. */
    double x(int day, LocalDateTime time) {
        double minute = Duration.between(dates.get(day).atStartOfDay(), time).toSeconds() / 60.0;
        double share = (minute - fromMinute) / (toMinute - fromMinute);
        return dayLeft(day) + Math.max(0, Math.min(1, share)) * dayWidth();
    }

    /** The index of the day of a local time, or -1 when it is not shown. */
    int day(LocalDateTime time) {
        return dates.indexOf(time.toLocalDate());
    }

    /** A column heading: "Mon 2026-06-01" when {@code wide}, else "Mon 1/6". */
    static String label(LocalDate date, boolean wide) {
        String day = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return wide ? day + " " + date : day + " " + date.getDayOfMonth() + "/" + date.getMonthValue();
    }

    /** Minutes after midnight of a local time on {@code date} (past 1440 on later days). */
    static int minuteOf(LocalDate date, LocalDateTime time) {
        return (int) Duration.between(date.atStartOfDay(), time).toMinutes();
    }

    /** Whole hours between the span's ends where the axis gets a tick. */
    int[] tickHours(int step) {
        int first = (fromMinute + 59) / 60;
        int last = toMinute / 60;
        int firstTick = (first + step - 1) / step * step;
        int count = firstTick > last ? 0 : (last - firstTick) / step + 1;
        int[] hours = new int[count];
        for (int i = 0; i < count; i++) {
            hours[i] = firstTick + i * step;
        }
        return hours;
    }

    /** The x of an hour after midnight on a day column. */
    double xOfHour(int day, int hour) {
        double share = (hour * 60.0 - fromMinute) / (toMinute - fromMinute);
        return dayLeft(day) + share * dayWidth();
    }
}

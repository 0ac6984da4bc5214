package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The frame the interval charts share: days side by side across the page, a linear scale from 0 at
 * {@code bottom} up to {@code max} at {@code top} (agents or calls), and the grid, axes and day labels around
 * them. It draws series into an {@link Svg} as lines, steps and areas, one run of consecutive intervals per day,
 * so a closed night never joins two days.
 *
 * @param columns  the days across
 * @param interval the length of one interval
 * @param top      y of the scale's maximum, in pixels
 * @param bottom   y of 0, in pixels
 * @param max      the value at the top: a round number that splits into 4 round steps
 */
record ChartFrame(DayColumns columns, Duration interval, double top, double bottom, double max) {

    /** Width of every chart, in pixels. */
    static final double WIDTH = 1300;
    private static final double LEFT = 48;
    private static final double RIGHT = WIDTH - 8;

    /**
     * A frame whose days span the earliest to the latest interval of {@code span} (whole hours; the whole day when
     * {@code span} is empty) and whose scale reaches at least {@code largest}.
     */
    static ChartFrame of(List<LocalDate> dates, Duration interval, List<IntervalSeries> span, double largest,
                         double top, double bottom) {
        int from = 24 * 60;
        int to = 0;
        for (IntervalSeries s : span) {
            for (LocalDateTime start : s.starts()) {
                int minute = start.getHour() * 60 + start.getMinute();
                from = Math.min(from, minute);
                to = Math.max(to, minute + (int) interval.toMinutes());
            }
        }
        if (from >= to) {
            from = 0;
            to = 24 * 60;
        }
        DayColumns columns = new DayColumns(dates, from / 60 * 60, (to + 59) / 60 * 60, LEFT, RIGHT - LEFT);
        return new ChartFrame(columns, interval, top, bottom, axisMax(largest));
    }

    /** The largest value of the series, and at least 1 (an empty or all-zero chart still has a scale). */
    static double largest(List<IntervalSeries> series) {
        double largest = 1;
        for (IntervalSeries s : series) {
            for (double v : s.values()) {
                largest = Math.max(largest, v);
            }
        }
        return largest;
    }

    /** A round axis maximum at or above {@code max} that splits into 4 round steps. */
    static double axisMax(double max) {
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return 4 * m * magnitude;
            }
        }
        return 40 * magnitude;
    }

    /** The y of a value on the scale. */
    double y(double value) {
        return bottom - (bottom - top) * value / max;
    }

    /** The x where an interval starting at {@code start} on day {@code day} begins. */
    double x(int day, LocalDateTime start) {
        return columns.x(day, start);
    }

    /** The x where an interval starting at {@code start} on day {@code day} ends. */
    double xEnd(int day, LocalDateTime start) {
        return columns.x(day, start.plus(interval));
    }

    /**
     * The grid at the scale's 4 steps, a day's column edge and label for each day, hour ticks when the days are wide
     * enough, and a shaded background from {@code aheadFrom} on (the forecast horizon; {@code null} for none).
     */
    void draw(Svg svg, LocalDate aheadFrom) {
        double step = max / 4;
        for (int k = 0; k <= 4; k++) {
            double v = k == 4 ? max : k * step;
            svg.line(LEFT, y(v), RIGHT, y(v), "grid");
            svg.text(LEFT - 6, y(v) + 4, Svg.decimals(v, 0), "num");
        }
        boolean wide = columns.dayWidth() > 120;
        for (int d = 0; d < columns.dates().size(); d++) {
            double x = columns.dayLeft(d);
            LocalDate date = columns.dates().get(d);
            if (date.equals(aheadFrom)) {
                svg.rect(x, top, RIGHT - x, bottom - top, "ahead", null);
            }
            svg.line(x, top, x, bottom + 4, "axis");
            svg.text(x + 3, bottom + (wide ? 24 : 16), DayColumns.label(date, wide), "lbl");
            if (wide) {
                for (int hour : columns.tickHours(3)) {
                    double hx = columns.xOfHour(d, hour);
                    svg.line(hx, bottom, hx, bottom + 3, "axis");
                    svg.text(hx + 4, bottom + 12, String.valueOf(hour % 24), "num small");
                }
            }
        }
        svg.line(LEFT, bottom, RIGHT, bottom, "axis");
    }

    /** A horizontal line across every day at {@code value}, e.g. a goal. */
    void rule(Svg svg, double value, String cssClass) {
        svg.line(LEFT, y(value), RIGHT, y(value), cssClass);
    }

    /** A line through the middle of each interval. */
    void line(Svg svg, IntervalSeries series, String cssClass) {
        forEachRun(series, (day, from, to) -> {
            double[] points = new double[2 * (to - from)];
            for (int i = from; i < to; i++) {
                points[2 * (i - from)] = mid(day, series.start(i));
                points[2 * (i - from) + 1] = y(series.value(i));
            }
            svg.path(points, to - from, false, cssClass);
        });
    }

    /** The area between two series through the middle of each interval of {@code lower}. */
    void band(Svg svg, IntervalSeries lower, IntervalSeries upper, String cssClass) {
        forEachRun(lower, (day, from, to) -> {
            int n = to - from;
            double[] points = new double[4 * n];
            for (int k = 0; k < n; k++) {
                int i = from + k;
                double x = mid(day, lower.start(i));
                points[2 * k] = x;
                points[2 * k + 1] = y(upper.get(lower.start(i)).orElse(lower.value(i)));
                int back = 2 * n - 1 - k;
                points[2 * back] = x;
                points[2 * back + 1] = y(lower.value(i));
            }
            svg.path(points, 2 * n, true, cssClass);
        });
    }

    /** A step line, flat across each interval. */
    void steps(Svg svg, IntervalSeries series, String cssClass) {
        forEachRun(series, (day, from, to) -> {
            double[] points = outline(day, series, from, to, false);
            svg.path(points, points.length / 2, false, cssClass);
        });
    }

    /** The area under a step line. */
    void stepArea(Svg svg, IntervalSeries series, String cssClass) {
        forEachRun(series, (day, from, to) -> {
            double[] points = outline(day, series, from, to, true);
            svg.path(points, points.length / 2, true, cssClass);
        });
    }

    /** A step outline of intervals {@code [from, to)}; closed down to 0 when {@code area}. */
    private double[] outline(int day, IntervalSeries series, int from, int to, boolean area) {
        int n = to - from;
        double[] points = new double[4 * n + (area ? 4 : 0)];
        int p = 0;
        for (int i = from; i < to; i++) {
            double v = y(series.value(i));
            points[p++] = x(day, series.start(i));
            points[p++] = v;
            points[p++] = xEnd(day, series.start(i));
            points[p++] = v;
        }
        if (area) {
            double lastX = points[p - 2];
            points[p++] = lastX;
            points[p++] = y(0);
            points[p++] = points[0];
            points[p] = y(0);
        }
        return points;
    }

    private double mid(int day, LocalDateTime start) {
        return columns.x(day, start.plus(interval.dividedBy(2)));
    }

    /** Runs of consecutive intervals within one shown day: {@code [from, to)} indexes into the series. */
    private interface Run {
        void accept(int day, int from, int to);
    }

    private void forEachRun(IntervalSeries series, Run run) {
        int from = 0;
        for (int i = 1; i <= series.size(); i++) {
            boolean breaks = i == series.size()
                    || !series.start(i - 1).plus(interval).equals(series.start(i))
                    || !series.start(i).toLocalDate().equals(series.start(from).toLocalDate());
            if (breaks) {
                int day = columns.day(series.start(from));
                if (day >= 0) {
                    run.accept(day, from, i);
                }
                from = i;
            }
        }
    }
}

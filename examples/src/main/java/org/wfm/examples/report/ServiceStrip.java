package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.LocalDateTime;

/**
 * A service level per interval as a strip of colours under a chart: met (at or above the target), close (less
 * than 20 percentage points below it) or missed. The roster report shows the expected level under its coverage
 * chart, the KPI report the measured one.
 *
 * @param levels service level per interval, in [0, 1]
 * @param target the service level to meet, in [0, 1]: the goal's target
 *               ({@link ReportFigures#serviceTarget(java.util.Optional)})
 * @param name   what the levels are, for the tooltips and the legend: "expected SL" or "SL"
 */
record ServiceStrip(IntervalSeries levels, double target, String name) {

    /** A strip of the expected service level. */
    ServiceStrip(IntervalSeries levels, double target) {
        this(levels, target, "expected SL");
    }

    /** Height of the strip, in pixels. */
    static final double HEIGHT = 14;
    private static final int CLOSE_POINTS = 20;

    /** The lowest service level still close to the target, in [0, 1]. */
    double closeFloor() {
        // in tenths of a point, so an 80 % target gives exactly 0.6 rather than 0.6000000000000001
        return Math.max(0, Math.round(1000 * target) - 10 * CLOSE_POINTS) / 1000.0;
    }

    /** Draws the strip with its top at {@code top}, one bar per interval the frame shows. */
    void draw(Svg svg, ChartFrame frame, double top) {
        double close = closeFloor();
        svg.text(4, top + 11, "SL", "lbl");
        for (int i = 0; i < levels.size(); i++) {
            LocalDateTime start = levels.start(i);
            int day = frame.columns().day(start);
            if (day < 0) {
                continue;
            }
            double level = levels.value(i);
            double x0 = frame.x(day, start);
            String css = level >= target ? "sl-good" : level >= close ? "sl-ok" : "sl-bad";
            svg.rect(x0, top, frame.xEnd(day, start) - x0, HEIGHT, css, start.toLocalDate() + " "
                    + start.format(DayColumns.HOUR_MINUTE) + ": " + name + " " + Svg.decimals(100 * level, 1) + "%");
        }
    }

    /** The legend's note on the strip's colours, e.g. "&ge; 80%, 60-80%, &lt; 60%". */
    String legendNote() {
        String met = percent(target);
        String close = percent(closeFloor());
        return name + " strip: " + Legend.swatch(Palette.SL_MET) + "&ge; " + met + "% "
                + Legend.swatch(Palette.SL_CLOSE) + close + "-" + met + "% "
                + Legend.swatch(Palette.SL_MISSED) + "&lt; " + close + "%";
    }

    /** A share as percent to at most one decimal, without trailing zeros: 0.8 as "80", 0.825 as "82.5". */
    static String percent(double share) {
        return Svg.n(Math.round(1000 * share) / 10.0);
    }
}

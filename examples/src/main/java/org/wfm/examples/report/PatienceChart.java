package org.wfm.examples.report;

import org.wfm.core.calls.Patience;

import java.util.OptionalDouble;

/**
 * Caller patience: the Kaplan-Meier curve of the share of callers still willing to wait against the seconds they
 * have waited, as a step line down at every wait with abandons, flat on to the longest wait, with the median
 * marked where the curve reaches one half.
 *
 * @param patience    the curve, from the offered calls
 * @param longestWait the longest wait of an offered call, seconds (0 without any)
 */
record PatienceChart(Patience patience, double longestWait) {

    private static final double WIDTH = 650;
    private static final double HEIGHT = 250;
    private static final double LEFT = 48;
    private static final double RIGHT = WIDTH - 14;
    private static final double TOP = 12;
    private static final double BOTTOM = HEIGHT - 36;
    /** Width the median's label takes right of its line, in pixels; left of it when the curve leaves less. */
    private static final double LABEL_ROOM = 80;

    /** The legend and the chart. */
    String html() {
        double lastStep = patience.curve().isEmpty() ? 0 : patience.curve().get(patience.curve().size() - 1).seconds();
        double maxSeconds = ChartFrame.axisMax(Math.max(1, Math.max(lastStep, longestWait)));
        Svg svg = new Svg(WIDTH, HEIGHT, "Caller patience: share of callers still waiting against seconds of wait");
        for (int k = 0; k <= 4; k++) {
            svg.line(LEFT, y(k * 25), RIGHT, y(k * 25), "grid");
            svg.text(LEFT - 6, y(k * 25) + 4, k * 25 + "%", "num");
            double seconds = k * maxSeconds / 4;
            svg.line(x(seconds, maxSeconds), BOTTOM, x(seconds, maxSeconds), BOTTOM + 4, "axis");
            svg.text(x(seconds, maxSeconds) + (k == 4 ? 0 : 4), BOTTOM + 16, Svg.n(seconds), k == 4 ? "num" : "lbl");
        }
        svg.line(LEFT, TOP, LEFT, BOTTOM, "axis").line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis");
        svg.text((LEFT + RIGHT) / 2, BOTTOM + 30, "seconds of wait", "lbl");
        double[] points = new double[4 * patience.curve().size() + 4];
        int p = 0;
        double survival = 1;
        points[p++] = x(0, maxSeconds);
        points[p++] = y(100);
        for (Patience.Step step : patience.curve()) {
            points[p++] = x(step.seconds(), maxSeconds);
            points[p++] = y(100 * survival);
            survival = step.survival();
            points[p++] = x(step.seconds(), maxSeconds);
            points[p++] = y(100 * survival);
        }
        points[p++] = x(Math.max(lastStep, longestWait), maxSeconds);
        points[p++] = y(100 * survival);
        svg.path(points, p / 2, false, "km");
        OptionalDouble median = patience.medianSeconds();
        Legend legend = new Legend().key(Palette.PATIENCE, "callers still waiting (Kaplan-Meier)");
        if (median.isPresent()) {
            double mx = x(median.getAsDouble(), maxSeconds);
            svg.line(LEFT, y(50), mx, y(50), "median").line(mx, y(50), mx, BOTTOM, "median");
            boolean roomRight = mx + LABEL_ROOM < RIGHT;
            svg.text(roomRight ? mx + 4 : mx - 4, y(50) - 5, "median " + Svg.decimals(median.getAsDouble(), 0)
                    + " s", roomRight ? "lbl" : "num");
            legend.note("median: half the callers hang up by " + Svg.decimals(median.getAsDouble(), 0) + " s");
        } else {
            legend.note("no median: more than half the callers would still wait at the longest wait with abandons");
        }
        legend.note(patience.abandoned() + " abandoned calls");
        return legend.html() + svg.end();
    }

    private static double x(double seconds, double maxSeconds) {
        return LEFT + (RIGHT - LEFT) * seconds / maxSeconds;
    }

    private static double y(double percent) {
        return BOTTOM - (BOTTOM - TOP) * percent / 100;
    }
}

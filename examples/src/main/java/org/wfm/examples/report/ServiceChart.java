package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.util.List;

/**
 * The service level and the abandon rate per interval in percent, day by day on one time axis, with the goal as a
 * dashed line and the service level again as a strip of colours below: met, close or missed
 * ({@link ServiceStrip}).
 *
 * @param offered      calls offered per interval: the days and hours the axis spans, as in {@link AnsweredChart}
 * @param levels       service level per interval, in [0, 1], where it is defined
 * @param abandonRates abandoned / offered calls per interval, in [0, 1], where it is defined
 * @param target       the service level to meet, in [0, 1]
 */
record ServiceChart(IntervalSeries offered, IntervalSeries levels, IntervalSeries abandonRates, double target) {

    private static final double TOP = 12;
    private static final double BOTTOM = 202;
    /** Room under the axis for the day labels, in pixels. */
    private static final double LABELS = 30;

    /** The legend and the chart. */
    String html() {
        Duration interval = levels.interval();
        IntervalSeries slPercent = levels.map(v -> 100 * v);
        IntervalSeries abandonPercent = abandonRates.map(v -> 100 * v);
        ServiceStrip strip = new ServiceStrip(levels, target, "SL");
        ChartFrame frame = ChartFrame.of(offered.dates(), interval, List.of(offered), 100, TOP, BOTTOM);
        Svg svg = new Svg(ChartFrame.WIDTH, BOTTOM + LABELS + ServiceStrip.HEIGHT + 8,
                "Service level and abandon rate per interval, percent");
        frame.draw(svg, null);
        frame.rule(svg, 100 * target, "goal");
        frame.steps(svg, slPercent, "sl");
        frame.steps(svg, abandonPercent, "aband");
        strip.draw(svg, frame, BOTTOM + LABELS);
        return new Legend().key(Palette.SERVICE_LEVEL, "service level")
                .key(Palette.GOAL, "goal " + ServiceStrip.percent(target) + "%")
                .key(Palette.ABANDON_RATE, "abandon rate")
                .note("percent, per " + interval.toMinutes() + "-minute interval")
                .note(strip.legendNote()).html() + svg.end();
    }
}

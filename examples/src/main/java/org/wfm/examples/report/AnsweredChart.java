package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.util.List;

/**
 * Calls offered and answered per interval, day by day on one time axis; the gap between the lines is the calls
 * abandoned or sent to voicemail.
 *
 * @param offered  calls offered per interval (0 in the intervals of a day without calls)
 * @param answered calls answered per interval, in the intervals of {@code offered}
 */
record AnsweredChart(IntervalSeries offered, IntervalSeries answered) {

    private static final double HEIGHT = 240;

    /** The legend and the chart. */
    String html() {
        Duration interval = offered.interval();
        List<IntervalSeries> shown = List.of(offered, answered);
        ChartFrame frame = ChartFrame.of(offered.dates(), interval, shown, ChartFrame.largest(shown), 12,
                HEIGHT - 34);
        Svg svg = new Svg(ChartFrame.WIDTH, HEIGHT, "Calls offered and answered per interval");
        frame.draw(svg, null);
        frame.line(svg, offered, "hist");
        frame.line(svg, answered, "answered");
        return new Legend().key(Palette.HISTORY, "offered").key(Palette.ANSWERED, "answered")
                .note("calls per " + interval.toMinutes() + " minutes").html() + svg.end();
    }
}

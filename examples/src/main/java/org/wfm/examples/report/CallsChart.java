package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls per interval: the calls offered on the last days of history, then the forecast of the horizon with its
 * prediction interval on a shaded background.
 *
 * @param calls        the series drawn
 * @param interval     the length of one interval
 * @param horizonStart the first day of the horizon, where the shading begins
 */
record CallsChart(ReportFigures.CallSeries calls, Duration interval, LocalDate horizonStart) {

    private static final double HEIGHT = 240;

    /** The legend and the chart. */
    String html() {
        List<IntervalSeries> shown = new ArrayList<>();
        calls.history().ifPresent(shown::add);
        calls.forecast().ifPresent(fc -> {
            shown.add(fc.calls());
            fc.upper().ifPresent(shown::add);
        });
        ChartFrame frame = ChartFrame.of(calls.dates(), interval, shown, ChartFrame.largest(shown), 12, HEIGHT - 34);
        Svg svg = new Svg(ChartFrame.WIDTH, HEIGHT, "Calls per interval: history and forecast");
        frame.draw(svg, horizonStart);
        calls.forecast().ifPresent(fc -> fc.lower()
                .ifPresent(lower -> frame.band(svg, lower, fc.upper().orElseThrow(), "band")));
        calls.history().ifPresent(history -> frame.line(svg, history, "hist"));
        calls.forecast().ifPresent(fc -> frame.line(svg, fc.calls(), "fc"));
        Legend legend = new Legend();
        calls.history().ifPresent(h -> legend.key(Palette.HISTORY, "calls offered (history)"));
        calls.forecast().ifPresent(fc -> {
            legend.key(Palette.FORECAST, "forecast");
            fc.lower().ifPresent(l -> legend.key(Palette.PREDICTION_INTERVAL, "prediction interval"));
        });
        legend.note("calls per " + interval.toMinutes() + " minutes");
        return legend.html() + svg.end();
    }
}

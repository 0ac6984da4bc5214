package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Agents on the phones per interval: the planned agents as an area, the required (net) and compared requirements
 * and the scheduled agents as step lines, the shortfall in red, and the expected service level as a strip below.
 *
 * @param dates              the days of the horizon
 * @param interval           the length of one interval
 * @param unplannedShrinkage the share of agents expected absent, in [0, 1), for the legend
 * @param coverage           the series drawn
 * @param strip              the service-level strip, when the report has a service level
 */
record CoverageChart(List<LocalDate> dates, Duration interval, double unplannedShrinkage,
                     ReportFigures.CoverageSeries coverage, Optional<ServiceStrip> strip) {

    private static final double TOP = 12;
    private static final double BOTTOM = 232;
    /** Room under the axis for the day labels, in pixels. */
    private static final double LABELS = 30;

    /** The legend and the chart. */
    String html() {
        IntervalSeries planned = coverage.planned();
        IntervalSeries scheduled = coverage.scheduled();
        double largest = 1;
        for (int i = 0; i < planned.size(); i++) {
            largest = Math.max(largest, Math.max(planned.value(i), scheduled.value(i)));
        }
        ChartFrame frame = ChartFrame.of(dates, interval, List.of(planned), largest, TOP, BOTTOM);
        double height = BOTTOM + LABELS + strip.map(s -> ServiceStrip.HEIGHT + 8).orElse(0.0);
        Svg svg = new Svg(ChartFrame.WIDTH, height, "Agents required and scheduled per interval");
        frame.draw(svg, null);
        frame.stepArea(svg, planned, "planned");
        shortfall(svg, frame, planned, scheduled);
        frame.steps(svg, coverage.required(), "need");
        coverage.comparison().ifPresent(c -> frame.steps(svg, c.required(), "alt"));
        frame.steps(svg, scheduled, "sched");
        strip.ifPresent(s -> s.draw(svg, frame, BOTTOM + LABELS));
        Legend legend = new Legend()
                .key(Palette.PLANNED, "planned (required / (1 - " + Svg.decimals(unplannedShrinkage, 2) + "))")
                .key(Palette.REQUIRED, "required (net)");
        coverage.comparison().ifPresent(c -> legend.key(Palette.COMPARED, c.label() + " (net)"));
        legend.key(Palette.SCHEDULED, "scheduled on the phones").key(Palette.SHORT, "short");
        strip.ifPresent(s -> legend.note(s.legendNote()));
        return legend.html() + svg.end();
    }

    /** A red bar from the scheduled up to the planned agents in every interval short of agents. */
    private static void shortfall(Svg svg, ChartFrame frame, IntervalSeries planned, IntervalSeries scheduled) {
        for (int i = 0; i < planned.size(); i++) {
            LocalDateTime start = planned.start(i);
            int day = frame.columns().day(start);
            double have = scheduled.get(start).orElse(0);
            if (day < 0 || have >= planned.value(i)) {
                continue;
            }
            double x0 = frame.x(day, start);
            svg.rect(x0, frame.y(planned.value(i)), frame.xEnd(day, start) - x0,
                    frame.y(have) - frame.y(planned.value(i)), "short",
                    start.format(DayColumns.HOUR_MINUTE) + ": " + Svg.decimals(have, 0) + " scheduled, "
                            + Svg.decimals(planned.value(i), 1) + " planned");
        }
    }
}

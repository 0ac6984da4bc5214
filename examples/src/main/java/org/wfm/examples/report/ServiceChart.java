package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service levels and rates per interval in percent, day by day on one time axis, with the goal as a dashed line:
 * step lines of shares (a measured or expected service level, an abandon rate), a simulated service level as its
 * mean through the middle of each interval with its 95 % interval shaded, and a service level again as a strip of
 * colours below ({@link ServiceStrip}), each when given.
 *
 * @param label     what the chart shows, for screen readers
 * @param dates     the days across
 * @param span      the intervals whose hours the axis spans (as in {@link ChartFrame#of})
 * @param curves    the step lines, in the order they are drawn and named in the legend
 * @param simulated the simulated service level, if any
 * @param target    the service level to meet, in [0, 1]
 * @param strip     the strip below the chart, if any
 */
record ServiceChart(String label, List<LocalDate> dates, IntervalSeries span, List<Curve> curves,
                    Optional<ReportFigures.SimulatedService> simulated, double target, Optional<ServiceStrip> strip) {

    /**
     * One step line of the chart.
     *
     * @param shares   the values per interval, in [0, 1], where defined; drawn in percent
     * @param cssClass the line's class in the page's style sheet
     * @param colour   the line's colour in the legend, the one its class draws it in
     * @param name     what the line is, for the legend
     */
    record Curve(IntervalSeries shares, String cssClass, Palette colour, String name) {
    }

    private static final double TOP = 12;
    private static final double BOTTOM = 202;
    /** Room under the axis for the day labels, in pixels. */
    private static final double LABELS = 30;

    ServiceChart {
        curves = List.copyOf(curves);
    }

    /**
     * The measured service level and abandon rate of call records, with the service level as a strip below.
     *
     * @param offered      calls offered per interval: the days and hours the axis spans, as in {@link AnsweredChart}
     * @param levels       service level per interval, in [0, 1], where it is defined
     * @param abandonRates abandoned / offered calls per interval, in [0, 1], where it is defined
     * @param target       the service level to meet, in [0, 1]
     */
    static ServiceChart measured(IntervalSeries offered, IntervalSeries levels, IntervalSeries abandonRates,
                                 double target) {
        return new ServiceChart("Service level and abandon rate per interval, percent", offered.dates(), offered,
                List.of(new Curve(levels, "sl", Palette.SERVICE_LEVEL, "service level"),
                        new Curve(abandonRates, "aband", Palette.ABANDON_RATE, "abandon rate")),
                Optional.empty(), target, Optional.of(new ServiceStrip(levels, target, "SL")));
    }

    /**
     * A roster's service level per interval: the expected one (from a queueing model) and the simulated one, each
     * when given, on the axis of the roster's coverage chart.
     *
     * @param dates     the days of the horizon
     * @param span      the intervals the coverage chart spans, so that both charts line up
     * @param expected  the expected service level per interval, in [0, 1], if any
     * @param name      what the expected service level is, for the legend
     * @param simulated the simulated service level, if any
     * @param target    the service level to meet, in [0, 1]
     */
    static ServiceChart roster(List<LocalDate> dates, IntervalSeries span, Optional<IntervalSeries> expected,
                               String name, Optional<ReportFigures.SimulatedService> simulated, double target) {
        return new ServiceChart("Service level per interval, expected and simulated, percent", dates, span,
                expected.map(levels -> List.of(new Curve(levels, "sl", Palette.SERVICE_LEVEL, name)))
                        .orElse(List.of()), simulated, target, Optional.empty());
    }

    /** The legend and the chart. */
    String html() {
        Duration interval = span.interval();
        ChartFrame frame = ChartFrame.of(dates, interval, List.of(span), 100, TOP, BOTTOM);
        double height = BOTTOM + LABELS + strip.map(s -> ServiceStrip.HEIGHT + 8).orElse(0.0);
        Svg svg = new Svg(ChartFrame.WIDTH, height, label);
        frame.draw(svg, null);
        simulated.ifPresent(s -> frame.band(svg, percent(s.low()), percent(s.high()), "sim-band"));
        frame.rule(svg, 100 * target, "goal");
        Legend legend = new Legend();
        for (Curve curve : curves) {
            frame.steps(svg, percent(curve.shares()), curve.cssClass());
            legend.key(curve.colour(), curve.name());
        }
        simulated.ifPresent(s -> {
            frame.line(svg, percent(s.mean()), "sim");
            legend.key(Palette.SIMULATED, "simulated mean (" + s.absent() + ")")
                    .key(Palette.SIMULATED_BAND, "simulated, " + s.replicationsRun() + ", 95 % band");
        });
        strip.ifPresent(s -> s.draw(svg, frame, BOTTOM + LABELS));
        legend.key(Palette.GOAL, "goal " + ServiceStrip.percent(target) + "%")
                .note("percent, per " + interval.toMinutes() + "-minute interval");
        strip.ifPresent(s -> legend.note(s.legendNote()));
        return legend.html() + svg.end();
    }

    private static IntervalSeries percent(IntervalSeries shares) {
        return shares.map(v -> 100 * v);
    }
}

package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.core.workforce.Unavailability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A roster as one self-contained HTML page a planner reads at a glance: key figures, calls (history and forecast
 * with its prediction interval), agents required and scheduled per interval with the expected service level, a
 * day-by-day table, and a Gantt chart of every agent's shifts and breaks with their paid hours against the
 * contract. Inline SVG and CSS only: the page loads nothing and runs no script, so it opens offline and can be
 * mailed as it is.
 *
 * <pre>{@code
 * RosterReport.of(problem, roster)
 *         .withHistory(history.offered())
 *         .withForecast(forecast.toCsv())
 *         .withServiceLevel(ServiceOutlook.serviceLevel(staffing, forecast.toCsv(), roster, 0.06))
 *         .write(Path.of("report.html"));
 * }</pre>
 *
 * @param problem      the problem the roster solves
 * @param roster       the roster
 * @param history      calls offered per interval before the horizon (the last two weeks are drawn)
 * @param forecast     forecast calls per interval of the horizon, with the prediction interval when it has one
 * @param serviceLevel expected service level per interval, in [0, 1] (see {@link ServiceOutlook})
 * @param comparison   a second requirement drawn next to the problem's (Erlang A, say)
 */
public record RosterReport(ScheduleProblem problem, Roster roster, Optional<IntervalSeries> history,
                           Optional<ForecastCsv.Content> forecast, Optional<IntervalSeries> serviceLevel,
                           Optional<Comparison> comparison) {

    /**
     * A requirement to compare with the problem's, e.g. the agents Erlang A asks for.
     *
     * @param label    what it is, e.g. "Erlang A"
     * @param required agents needed on the phones per interval (net, like the problem's)
     */
    public record Comparison(String label, IntervalSeries required) {
        public Comparison {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(required, "required");
        }
    }

    private static final int HISTORY_DAYS_SHOWN = 14;
    private static final double WIDTH = 1300;
    private static final double LEFT = 48;
    private static final double ROW = 13;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public RosterReport {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The report of a roster alone: key figures, coverage, day table and Gantt chart. */
    public static RosterReport of(ScheduleProblem problem, Roster roster) {
        return new RosterReport(problem, roster, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Writes the report of a roster alone to {@code file}, all at once or not at all. */
    public static void write(Path file, ScheduleProblem problem, Roster roster) throws IOException {
        of(problem, roster).write(file);
    }

    /** The same report with the calls offered before the horizon. */
    public RosterReport withHistory(IntervalSeries offered) {
        return new RosterReport(problem, roster, Optional.of(offered), forecast, serviceLevel, comparison);
    }

    /** The same report with the forecast of the horizon. */
    public RosterReport withForecast(ForecastCsv.Content content) {
        return new RosterReport(problem, roster, history, Optional.of(content), serviceLevel, comparison);
    }

    /** The same report with the expected service level per interval, in [0, 1]. */
    public RosterReport withServiceLevel(IntervalSeries levels) {
        return new RosterReport(problem, roster, history, forecast, Optional.of(levels), comparison);
    }

    /** The same report with a second requirement (agents on the phones per interval) to compare with. */
    public RosterReport withComparison(String label, IntervalSeries required) {
        return new RosterReport(problem, roster, history, forecast, serviceLevel,
                Optional.of(new Comparison(label, required)));
    }

    /** Writes the page to {@code file}, all at once or not at all. */
    public void write(Path file) throws IOException {
        String page = html();
        AtomicFile.write(file, writer -> writer.write(page));
    }

    /** The whole page. */
    public String html() {
        List<DailySummary> days = DailySummary.of(problem, roster, forecast.map(ForecastCsv.Content::calls),
                comparison.map(Comparison::required), serviceLevel);
        StringBuilder page = new StringBuilder(256 * 1024);
        String title = "Roster " + problem.name();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Svg.escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        page.append("<h1>").append(Svg.escape(title)).append("</h1>\n<p class=\"sub\">")
                .append(problem.start()).append(" to ").append(problem.start().plusDays(problem.days() - 1))
                .append(" &middot; ").append(problem.zone()).append(" &middot; ")
                .append(problem.interval().toMinutes()).append("-minute intervals &middot; solver score ")
                .append(Svg.escape(roster.score())).append("</p>\n");
        keyFigures(page, DailySummary.total(days));
        if (history.isPresent() || forecast.isPresent()) {
            page.append("<h2>Calls: history and forecast</h2>\n");
            page.append(callsChart());
        }
        page.append("<h2>Agents on the phones per interval</h2>\n");
        page.append(coverageChart());
        page.append("<h2>Day by day</h2>\n");
        dayTable(page, days);
        page.append("<h2>Shifts and breaks</h2>\n");
        page.append(gantt());
        page.append("<p class=\"note\">Required: agents needed on the phones (net). Planned: required / (1 - ")
                .append(f(problem.unplannedShrinkage(), 2)).append(") for sick leave and other unplanned absence. ")
                .append("Scheduled: agents on shift and not on break. Agent-hours are agent-intervals times the ")
                .append("interval length. Expected SL: the forecast calls against the scheduled agents less the ")
                .append("expected absence. Generated by wfm.</p>\n</body>\n</html>\n");
        return page.toString();
    }

    private void keyFigures(StringBuilder page, DailySummary week) {
        RosterSummary summary = roster.summary();
        long working = roster.shifts().stream().map(Shift::agent).distinct().count();
        List<RosterCheck.Violation> violations = RosterCheck.check(problem, roster);
        page.append("<div class=\"kpis\">\n");
        kpi(page, working + " / " + problem.agents().size(), "agents with shifts", null);
        kpi(page, String.valueOf(roster.shifts().size()), "shifts", null);
        kpi(page, f(summary.paidHours(), 0), "paid hours", null);
        kpi(page, f(week.plannedHours(), 0), "agent-hours planned", null);
        double shortShare = week.plannedHours() > 0 ? week.shortfallHours() / week.plannedHours() : 0;
        kpi(page, f(week.shortfallHours(), 1) + " (" + f(100 * shortShare, 1) + "%)", "agent-hours short",
                shortShare > 0.05 ? "bad" : "good");
        kpi(page, f(week.surplusHours(), 1), "agent-hours over", null);
        if (summary.bound() != null) {
            double hours = problem.interval().getSeconds() / 3600.0;
            kpi(page, f(summary.bound() * hours, 1) + " / " + f(100 * summary.gap(), 2) + "%",
                    "bound on shortfall (agent-h) / gap", null);
        }
        if (!Double.isNaN(week.serviceLevel())) {
            kpi(page, f(100 * week.serviceLevel(), 1) + "%", "expected service level",
                    week.serviceLevel() >= 0.8 ? "good" : "bad");
        }
        kpi(page, violations.isEmpty() ? "none" : String.valueOf(violations.size()), "hard-rule violations",
                violations.isEmpty() ? "good" : "bad");
        page.append("</div>\n");
        if (!violations.isEmpty()) {
            page.append("<ul class=\"violations\">\n");
            violations.stream().limit(20)
                    .forEach(v -> page.append("<li>").append(Svg.escape(v.toString())).append("</li>\n"));
            page.append("</ul>\n");
        }
    }

    private static void kpi(StringBuilder page, String value, String label, String mood) {
        page.append("<div class=\"kpi").append(mood == null ? "" : " " + mood).append("\"><b>")
                .append(Svg.escape(value))
                .append("</b><span>").append(Svg.escape(label)).append("</span></div>\n");
    }

    // ---- calls chart ----

    private String callsChart() {
        List<LocalDate> dates = new ArrayList<>();
        history.ifPresent(h -> {
            List<LocalDate> before = h.between(problem.start().minusDays(HISTORY_DAYS_SHOWN), problem.start()).dates();
            dates.addAll(before);
        });
        dates.addAll(problem.dates());
        List<IntervalSeries> shown = new ArrayList<>();
        history.ifPresent(h -> shown.add(h.between(dates.get(0), problem.start())));
        forecast.ifPresent(fc -> {
            shown.add(fc.calls());
            fc.upper().ifPresent(shown::add);
        });
        double height = 240;
        double top = 12;
        double bottom = height - 34;
        DayColumns columns = columns(dates, shown);
        double max = 1;
        for (IntervalSeries s : shown) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        Svg svg = new Svg(WIDTH, height, "Calls per interval: history and forecast");
        double yMax = axisMax(max);
        Scale y = new Scale(bottom, top, yMax);
        frame(svg, columns, y, top, bottom, dates, problem.start());
        forecast.ifPresent(fc -> fc.lower().ifPresent(lower -> band(svg, columns, y, lower, fc.upper().get())));
        history.ifPresent(h -> line(svg, columns, y, h.between(dates.get(0), problem.start()), "hist"));
        forecast.ifPresent(fc -> line(svg, columns, y, fc.calls(), "fc"));
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        history.ifPresent(h -> legend.append(key("#5b7fa6", "calls offered (history)")));
        forecast.ifPresent(fc -> {
            legend.append(key("#e67e22", "forecast"));
            fc.lower().ifPresent(l -> legend.append(key("#f5cba7", "prediction interval")));
        });
        legend.append("<span>calls per ").append(problem.interval().toMinutes()).append(" minutes</span></div>\n");
        return legend + svg.end();
    }

    private void band(Svg svg, DayColumns columns, Scale y, IntervalSeries lower, IntervalSeries upper) {
        forEachRun(columns, lower, (day, from, to) -> {
            int n = to - from;
            double[] points = new double[4 * n];
            for (int k = 0; k < n; k++) {
                int i = from + k;
                double x = mid(columns, day, lower, i);
                points[2 * k] = x;
                points[2 * k + 1] = y.of(upper.get(lower.start(i)).orElse(lower.value(i)));
                int back = 2 * n - 1 - k;
                points[2 * back] = x;
                points[2 * back + 1] = y.of(lower.value(i));
            }
            svg.path(points, 2 * n, true, "band");
        });
    }

    private void line(Svg svg, DayColumns columns, Scale y, IntervalSeries series, String cssClass) {
        forEachRun(columns, series, (day, from, to) -> {
            double[] points = new double[2 * (to - from)];
            for (int i = from; i < to; i++) {
                points[2 * (i - from)] = mid(columns, day, series, i);
                points[2 * (i - from) + 1] = y.of(series.value(i));
            }
            svg.path(points, to - from, false, cssClass);
        });
    }

    private double mid(DayColumns columns, int day, IntervalSeries series, int i) {
        return columns.x(day, series.start(i).plus(problem.interval().dividedBy(2)));
    }

    /** Runs of consecutive intervals within one shown day: {@code [from, to)} indexes into the series. */
    private interface Run {
        void accept(int day, int from, int to);
    }

    private void forEachRun(DayColumns columns, IntervalSeries series, Run run) {
        int from = 0;
        for (int i = 1; i <= series.size(); i++) {
            boolean breaks = i == series.size()
                    || !series.start(i - 1).plus(problem.interval()).equals(series.start(i))
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

    // ---- coverage chart ----

    private String coverageChart() {
        List<LocalDate> dates = problem.dates();
        IntervalSeries.Builder planned = IntervalSeries.builder(problem.zone(), problem.interval());
        IntervalSeries.Builder scheduled = IntervalSeries.builder(problem.zone(), problem.interval());
        double max = 1;
        for (Coverage row : roster.coverage()) {
            if (row.planned() > 0 || row.scheduled() > 0) {
                planned.add(row.start(), row.planned());
                scheduled.add(row.start(), row.scheduled());
                max = Math.max(max, Math.max(row.planned(), row.scheduled()));
            }
        }
        IntervalSeries plannedSeries = planned.build();
        IntervalSeries scheduledSeries = scheduled.build();
        DayColumns columns = columns(dates, List.of(plannedSeries));
        double top = 12;
        double bottom = 232;
        double strip = serviceLevel.isPresent() ? 16 : 0;
        double height = bottom + 30 + strip + (strip > 0 ? 6 : 0);
        Svg svg = new Svg(WIDTH, height, "Agents required and scheduled per interval");
        Scale y = new Scale(bottom, top, axisMax(max));
        frame(svg, columns, y, top, bottom, dates, null);
        forEachRun(columns, plannedSeries, (day, from, to) -> {
            double[] area = steps(columns, day, plannedSeries, from, to, y, true);
            svg.path(area, area.length / 2, true, "planned");
        });
        shortfall(svg, columns, y, plannedSeries, scheduledSeries);
        stepLine(svg, columns, y, problem.requirements(), "need");
        comparison.ifPresent(c -> stepLine(svg, columns, y, c.required(), "alt"));
        stepLine(svg, columns, y, scheduledSeries, "sched");
        serviceLevel.ifPresent(levels -> serviceStrip(svg, columns, levels, bottom + 30));
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        legend.append(key("#d6e4f0", "planned (required / (1 - " + f(problem.unplannedShrinkage(), 2) + "))"));
        legend.append(key("#2c3e50", "required (net)"));
        comparison.ifPresent(c -> legend.append(key("#8e44ad", c.label() + " (net)")));
        legend.append(key("#1e8449", "scheduled on the phones"));
        legend.append(key("#e74c3c", "short"));
        if (serviceLevel.isPresent()) {
            legend.append("<span>expected SL strip: ").append("<i style=\"background:#27ae60\"></i>&ge; 80% ")
                    .append("<i style=\"background:#f1c40f\"></i>60-80% ")
                    .append("<i style=\"background:#e74c3c\"></i>&lt; 60%</span>");
        }
        return legend.append("</div>\n") + svg.end();
    }

    private void stepLine(Svg svg, DayColumns columns, Scale y, IntervalSeries series, String cssClass) {
        forEachRun(columns, series, (day, from, to) -> {
            double[] points = steps(columns, day, series, from, to, y, false);
            svg.path(points, points.length / 2, false, cssClass);
        });
    }

    /** A step outline of intervals {@code [from, to)}; closed to the axis when {@code area}. */
    private double[] steps(DayColumns columns, int day, IntervalSeries series, int from, int to, Scale y,
                           boolean area) {
        int n = to - from;
        double[] points = new double[4 * n + (area ? 4 : 0)];
        int p = 0;
        for (int i = from; i < to; i++) {
            double x0 = columns.x(day, series.start(i));
            double x1 = columns.x(day, series.start(i).plus(problem.interval()));
            double v = y.of(series.value(i));
            points[p++] = x0;
            points[p++] = v;
            points[p++] = x1;
            points[p++] = v;
        }
        if (area) {
            double lastX = points[p - 2];
            points[p++] = lastX;
            points[p++] = y.of(0);
            points[p++] = points[0];
            points[p] = y.of(0);
        }
        return points;
    }

    private void shortfall(Svg svg, DayColumns columns, Scale y, IntervalSeries planned, IntervalSeries scheduled) {
        for (int i = 0; i < planned.size(); i++) {
            LocalDateTime start = planned.start(i);
            int day = columns.day(start);
            double have = scheduled.get(start).orElse(0);
            if (day < 0 || have >= planned.value(i)) {
                continue;
            }
            double x0 = columns.x(day, start);
            double x1 = columns.x(day, start.plus(problem.interval()));
            svg.rect(x0, y.of(planned.value(i)), x1 - x0, y.of(have) - y.of(planned.value(i)), "short",
                    start.format(HOUR_MINUTE) + ": " + f(have, 0) + " scheduled, " + f(planned.value(i), 1)
                            + " planned");
        }
    }

    private void serviceStrip(Svg svg, DayColumns columns, IntervalSeries levels, double top) {
        svg.text(4, top + 11, "SL", "lbl");
        for (int i = 0; i < levels.size(); i++) {
            LocalDateTime start = levels.start(i);
            int day = columns.day(start);
            if (day < 0) {
                continue;
            }
            double level = levels.value(i);
            double x0 = columns.x(day, start);
            double x1 = columns.x(day, start.plus(problem.interval()));
            String css = level >= 0.8 ? "sl-good" : level >= 0.6 ? "sl-ok" : "sl-bad";
            svg.rect(x0, top, x1 - x0, 14, css, start.toLocalDate() + " " + start.format(HOUR_MINUTE)
                    + ": expected SL " + f(100 * level, 1) + "%");
        }
    }

    // ---- shared chart frame ----

    /** Day columns spanning the earliest to the latest interval of the series (whole hours). */
    private DayColumns columns(List<LocalDate> dates, List<IntervalSeries> series) {
        int from = 24 * 60;
        int to = 0;
        for (IntervalSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                LocalDateTime start = s.start(i);
                int minute = start.getHour() * 60 + start.getMinute();
                from = Math.min(from, minute);
                to = Math.max(to, minute + (int) problem.interval().toMinutes());
            }
        }
        if (from >= to) {
            from = 0;
            to = 24 * 60;
        }
        return new DayColumns(dates, from / 60 * 60, (to + 59) / 60 * 60, LEFT, WIDTH - LEFT - 8);
    }

    private void frame(Svg svg, DayColumns columns, Scale y, double top, double bottom, List<LocalDate> dates,
                       LocalDate forecastStart) {
        for (double v : y.ticks()) {
            svg.line(LEFT, y.of(v), WIDTH - 8, y.of(v), "grid");
            svg.text(LEFT - 6, y.of(v) + 4, f(v, 0), "num");
        }
        for (int d = 0; d < dates.size(); d++) {
            double x = columns.dayLeft(d);
            LocalDate date = dates.get(d);
            if (forecastStart != null && date.equals(forecastStart)) {
                svg.rect(x, top, WIDTH - 8 - x, bottom - top, "ahead", null);
            }
            svg.line(x, top, x, bottom + 4, "axis");
            boolean wide = columns.dayWidth() > 120;
            svg.text(x + 3, bottom + (wide ? 24 : 16), dayLabel(date, wide), "lbl");
            if (wide) {
                for (int hour : columns.tickHours(3)) {
                    double hx = columns.xOfHour(d, hour);
                    svg.line(hx, bottom, hx, bottom + 3, "axis");
                    svg.text(hx + 4, bottom + 12, String.valueOf(hour % 24), "num small");
                }
            }
        }
        svg.line(LEFT, bottom, WIDTH - 8, bottom, "axis");
    }

    private static String dayLabel(LocalDate date, boolean wide) {
        String day = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return wide ? day + " " + date : day + " " + date.getDayOfMonth() + "/" + date.getMonthValue();
    }

    /** A linear y scale from 0 at {@code bottom} to {@code max} at {@code top}. */
    private record Scale(double bottom, double top, double max) {
        double of(double value) {
            return bottom - (bottom - top) * value / max;
        }

        double[] ticks() {
            double step = max / 4;
            return new double[]{0, step, 2 * step, 3 * step, max};
        }
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

    private static String key(String colour, String label) {
        return "<span><i style=\"background:" + colour + "\"></i>" + Svg.escape(label) + "</span>";
    }

    // ---- day table ----

    private void dayTable(StringBuilder page, List<DailySummary> days) {
        boolean calls = forecast.isPresent();
        boolean compare = comparison.isPresent();
        boolean sl = serviceLevel.isPresent();
        page.append("<table>\n<tr><th>day</th>");
        if (calls) {
            page.append("<th>forecast calls</th>");
        }
        page.append("<th>required agent-h</th>");
        comparison.ifPresent(c -> page.append("<th>").append(Svg.escape(c.label())).append(" agent-h</th>"));
        page.append("<th>planned agent-h</th><th>scheduled agent-h</th><th>short agent-h</th><th>over agent-h</th>")
                .append("<th>shifts</th><th>paid h</th>");
        if (sl) {
            page.append("<th>expected SL</th>");
        }
        page.append("</tr>\n");
        List<DailySummary> rows = new ArrayList<>(days);
        rows.add(DailySummary.total(days));
        for (DailySummary d : rows) {
            page.append(d.date() == null ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>").append(d.label()).append("</td>");
            if (calls) {
                cell(page, f(d.calls(), 0));
            }
            cell(page, f(d.requiredHours(), 1));
            if (compare) {
                cell(page, f(d.comparedHours(), 1));
            }
            cell(page, f(d.plannedHours(), 1));
            cell(page, f(d.scheduledHours(), 1));
            cell(page, f(d.shortfallHours(), 1));
            cell(page, f(d.surplusHours(), 1));
            cell(page, String.valueOf(d.shifts()));
            cell(page, f(d.paidHours(), 1));
            if (sl) {
                cell(page, Double.isNaN(d.serviceLevel()) ? "-" : f(100 * d.serviceLevel(), 1) + "%");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    private static void cell(StringBuilder page, String text) {
        page.append("<td>").append(text).append("</td>");
    }

    // ---- Gantt chart ----

    private String gantt() {
        List<LocalDate> dates = problem.dates();
        int from = 24 * 60;
        int to = 0;
        for (Shift shift : roster.shifts()) {
            LocalDate day = shift.start().toLocalDate();
            from = Math.min(from, DayColumns.minuteOf(day, shift.start()));
            to = Math.max(to, DayColumns.minuteOf(day, shift.end()));
        }
        if (from >= to) {
            from = 6 * 60;
            to = 22 * 60;
        }
        double hoursWidth = 170;
        double label = 44;
        DayColumns columns = new DayColumns(dates, from / 60 * 60, (to + 59) / 60 * 60, label,
                WIDTH - label - hoursWidth - 8);
        List<String> types = problem.shiftTypes().stream().map(ShiftType::id).toList();
        double maxHours = 1;
        for (Agent agent : problem.agents()) {
            Contract c = agent.contract();
            maxHours = Math.max(maxHours, Double.isInfinite(c.maxHours()) ? c.minHours() : c.maxHours());
        }
        double[] paid = new double[problem.agents().size()];
        for (int a = 0; a < paid.length; a++) {
            for (Shift shift : roster.shiftsOf(problem.agents().get(a).id())) {
                paid[a] += problem.shiftType(shift.type()).map(ShiftType::paidHours).orElse(0.0);
            }
            maxHours = Math.max(maxHours, paid[a]);
        }
        double head = 30;
        double height = head + ROW * problem.agents().size() + 6;
        Svg svg = new Svg(WIDTH, height, "Shifts and breaks of every agent, and paid hours against the contract");
        double hoursLeft = WIDTH - hoursWidth + 6;
        double hoursScale = (hoursWidth - 52) / maxHours;
        for (int d = 0; d < dates.size(); d++) {
            double x = columns.dayLeft(d);
            svg.rect(x, head - 2, columns.dayWidth(), ROW * problem.agents().size() + 4, d % 2 == 0 ? "col" : "col2",
                    null);
            svg.text(x + 3, 11, dayLabel(dates.get(d), true), "lbl");
            for (int hour : columns.tickHours(3)) {
                double hx = columns.xOfHour(d, hour);
                svg.line(hx, head - 6, hx, head + ROW * problem.agents().size(), "tick");
                svg.text(hx - 5, head - 8, String.valueOf(hour % 24), "num small");
            }
        }
        svg.text(hoursLeft, 11, "paid hours (band: contract)", "lbl");
        for (int a = 0; a < problem.agents().size(); a++) {
            Agent agent = problem.agents().get(a);
            double y = head + a * ROW;
            svg.text(2, y + ROW - 3, agent.id(), "num small left");
            for (TimeOff off : agent.timeOff()) {
                int d = dates.indexOf(off.date());
                if (d >= 0) {
                    svg.rect(columns.dayLeft(d) + 1, y + 1, columns.dayWidth() - 2, ROW - 2, "off",
                            agent.id() + " " + off.date() + ": " + off.reason());
                }
            }
            for (Unavailability u : agent.unavailable()) {
                int d = dates.indexOf(u.start().toLocalDate());
                if (d >= 0) {
                    double x0 = columns.x(d, u.start());
                    double x1 = columns.x(d, u.end().isAfter(u.start().toLocalDate().plusDays(1).atStartOfDay())
                            ? u.start().toLocalDate().plusDays(1).atStartOfDay() : u.end());
                    svg.rect(x0, y + 1, x1 - x0, ROW - 2, "unavail",
                            agent.id() + " unavailable " + u.start() + " to " + u.end());
                }
            }
            for (Shift shift : roster.shiftsOf(agent.id())) {
                shiftBar(svg, columns, shift, y, types.indexOf(shift.type()));
            }
            Contract c = agent.contract();
            double bandTo = Double.isInfinite(c.maxHours()) ? maxHours : c.maxHours();
            svg.rect(hoursLeft + c.minHours() * hoursScale, y + 2, (bandTo - c.minHours()) * hoursScale, ROW - 4,
                    "contract", agent.id() + " contract " + f(c.minHours(), 1) + " to " + f(bandTo, 1) + " h");
            boolean within = paid[a] >= c.minHours() - 1e-6 && paid[a] <= c.maxHours() + 1e-6;
            svg.rect(hoursLeft, y + 4, paid[a] * hoursScale, ROW - 8, within ? "paid" : "paid-bad",
                    agent.id() + ": " + f(paid[a], 1) + " paid hours");
            svg.text(hoursLeft + maxHours * hoursScale + 4, y + ROW - 3, f(paid[a], 1), "num small left");
        }
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        for (int t = 0; t < types.size(); t++) {
            legend.append(key(TYPE_COLOURS[t % TYPE_COLOURS.length], "shift " + types.get(t)));
        }
        legend.append(key("#ffffff; border:1px solid #99a", "paid break"));
        legend.append(key("#f6d7a7", "unpaid break"));
        legend.append(key("#dfe3e8", "day off"));
        legend.append(key("#f7dede", "unavailable"));
        legend.append("<span>hover a bar for its times</span></div>\n");
        return legend + svg.end();
    }

    private void shiftBar(Svg svg, DayColumns columns, Shift shift, double y, int type) {
        int d = columns.day(shift.start());
        if (d < 0) {
            return;
        }
        StringBuilder title = new StringBuilder(shift.agent() + " " + shift.type() + " " + shift.start().toLocalDate()
                + " " + shift.start().format(HOUR_MINUTE) + "-" + shift.end().format(HOUR_MINUTE));
        for (ShiftBreak b : shift.breaks()) {
            title.append("; ").append(b.name()).append(' ').append(b.start().format(HOUR_MINUTE));
        }
        double x0 = columns.x(d, shift.start());
        double x1 = columns.x(d, shift.end());
        svg.rect(x0, y + 1, x1 - x0, ROW - 2, "t" + Math.max(0, type) % TYPE_COLOURS.length, title.toString());
        for (ShiftBreak b : shift.breaks()) {
            double b0 = columns.x(d, b.start());
            double b1 = columns.x(d, b.end());
            svg.rect(b0, y + 2, b1 - b0, ROW - 4, b.paid() ? "brk" : "lunch", title.toString());
        }
    }

    private static final String[] TYPE_COLOURS = {"#3b6fb6", "#2a9d8f", "#8ab17d", "#c9a227", "#9c6ade"};

    static String f(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;
              padding:0 16px;color:#1d2733;background:#fff;max-width:1320px}
            h1{font-size:22px;margin:0 0 2px} h2{font-size:16px;margin:26px 0 6px;padding-bottom:3px;border-bottom:1px solid #dde3ea}
            .sub{color:#5b6b7c;margin:0 0 10px} .note{color:#5b6b7c;font-size:12px;margin-top:18px}
            .kpis{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
            .kpi{border:1px solid #dde3ea;border-radius:6px;padding:7px 12px;min-width:120px}
            .kpi b{display:block;font-size:19px} .kpi span{color:#5b6b7c;font-size:12px}
            .kpi.bad b{color:#c0392b} .kpi.good b{color:#1e8449}
            .violations{color:#c0392b;font-size:13px}
            .legend{font-size:12px;color:#44525f;margin:4px 0 2px}
            .legend span{display:inline-block;margin-right:16px}
            .legend i{display:inline-block;width:14px;height:10px;margin:0 4px 0 2px;vertical-align:-1px;border-radius:2px}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
            th,td{padding:3px 10px;text-align:right;border-bottom:1px solid #eef1f4} td{white-space:nowrap} th{font-weight:600;color:#44525f}
            th:first-child,td:first-child{text-align:left} tr.total td{font-weight:600;border-top:1px solid #b8c2cc}
            svg{display:block;max-width:100%;height:auto} svg text{font-size:11px;fill:#44525f} svg text.num{text-anchor:end}
            svg text.small{font-size:9px} svg text.left{text-anchor:start}
            .axis{stroke:#9aa7b4} .grid{stroke:#eef1f4} .tick{stroke:#e3e8ee} .ahead{fill:#fdf6ee}
            .hist{fill:none;stroke:#5b7fa6;stroke-width:1.1} .fc{fill:none;stroke:#e67e22;stroke-width:1.6}
            .band{fill:#f5cba7;opacity:.7} .planned{fill:#d6e4f0} .need{fill:none;stroke:#2c3e50;stroke-width:1}
            .alt{fill:none;stroke:#8e44ad;stroke-width:1;stroke-dasharray:3 2}
            .sched{fill:none;stroke:#1e8449;stroke-width:1.6} .short{fill:#e74c3c;opacity:.6}
            .sl-good{fill:#27ae60} .sl-ok{fill:#f1c40f} .sl-bad{fill:#e74c3c}
            .col{fill:#fafbfc} .col2{fill:#f3f5f8}
            .t0{fill:#3b6fb6} .t1{fill:#2a9d8f} .t2{fill:#8ab17d} .t3{fill:#c9a227} .t4{fill:#9c6ade}
            .brk{fill:#fff} .lunch{fill:#f6d7a7} .off{fill:#dfe3e8} .unavail{fill:#f7dede}
            .contract{fill:#dce6f0} .paid{fill:#34495e} .paid-bad{fill:#c0392b}
            """;
}

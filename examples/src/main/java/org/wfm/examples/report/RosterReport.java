package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.Forecast;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A roster as one self-contained HTML page a planner reads at a glance: key figures, calls (history and forecast
 * with its prediction interval), agents required and scheduled per interval with the expected service level, a
 * day-by-day table, and a timeline of every agent's shifts and breaks with their paid hours against the
 * contract. Inline SVG and CSS only: the page loads nothing and runs no script, so it opens offline and can be
 * mailed as it is.
 *
 * <p>The numbers are computed once, as {@link #figures()}; the page lays them out with {@link CallsChart},
 * {@link CoverageChart} and {@link ShiftTimeline}.
 *
 * <pre>{@code
 * RosterReport.of(problem, roster)
 *         .withHistory(history.offered())
 *         .withForecast(forecast)
 *         .withServiceLevel(ServiceOutlook.serviceLevel(staffing, forecast, roster, 0.06), goal)
 *         .write(Path.of("report.html"));
 * }</pre>
 *
 * @param problem      the problem the roster solves
 * @param roster       the roster
 * @param history      calls offered per interval before the horizon (the last two weeks are drawn)
 * @param forecast     forecast calls per interval of the horizon, with the prediction interval when it has one
 * @param serviceLevel expected service level per interval, in [0, 1] (see {@link ServiceOutlook})
 * @param goal         the service goal the roster was staffed for; its service-level target colours the expected
 *                     service level (80 % without one, {@link ReportFigures#DEFAULT_SERVICE_TARGET})
 * @param comparison   a second requirement drawn next to the problem's (Erlang A, say)
 */
public record RosterReport(ScheduleProblem problem, Roster roster, Optional<IntervalSeries> history,
                           Optional<Forecast> forecast, Optional<IntervalSeries> serviceLevel,
                           Optional<ServiceGoal> goal, Optional<Comparison> comparison) {

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

    /** A shortfall above this share of the planned agent-hours shows in red. */
    private static final double SHORTFALL_TOLERATED = 0.05;
    private static final int VIOLATIONS_SHOWN = 20;

    public RosterReport {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The report of a roster alone: key figures, coverage, day table and timeline. */
    public static RosterReport of(ScheduleProblem problem, Roster roster) {
        return new RosterReport(problem, roster, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Writes the report of a roster alone to {@code file}, all at once or not at all. */
    public static void write(Path file, ScheduleProblem problem, Roster roster) throws IOException {
        of(problem, roster).write(file);
    }

    /** The same report with the calls offered before the horizon. */
    public RosterReport withHistory(IntervalSeries offered) {
        return new RosterReport(problem, roster, Optional.of(offered), forecast, serviceLevel, goal, comparison);
    }

    /** The same report with the forecast of the horizon. */
    public RosterReport withForecast(Forecast content) {
        return new RosterReport(problem, roster, history, Optional.of(content), serviceLevel, goal, comparison);
    }

    /**
     * The same report with the expected service level per interval, in [0, 1], coloured against the
     * service-level target of {@code serviceGoal} (the goal the levels were computed for).
     */
    public RosterReport withServiceLevel(IntervalSeries levels, ServiceGoal serviceGoal) {
        return new RosterReport(problem, roster, history, forecast, Optional.of(levels), Optional.of(serviceGoal),
                comparison);
    }

    /** The same report with a second requirement (agents on the phones per interval) to compare with. */
    public RosterReport withComparison(String label, IntervalSeries required) {
        return new RosterReport(problem, roster, history, forecast, serviceLevel, goal,
                Optional.of(new Comparison(label, required)));
    }

    /** Every number the page shows. */
    public ReportFigures figures() {
        return ReportFigures.of(this);
    }

    /** Writes the page to {@code file}, all at once or not at all. */
    public void write(Path file) throws IOException {
        String page = html();
        AtomicFile.write(file, writer -> writer.write(page));
    }

    /** The whole page. */
    public String html() {
        ReportFigures figures = figures();
        StringBuilder page = new StringBuilder(256 * 1024);
        String title = Svg.escape("Roster " + problem.name());
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(title).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        page.append("<h1>").append(title).append("</h1>\n<p class=\"sub\">")
                .append(problem.start()).append(" to ").append(problem.start().plusDays(problem.days() - 1))
                .append(" &middot; ").append(problem.zone()).append(" &middot; ")
                .append(problem.interval().toMinutes()).append("-minute intervals &middot; solver score ")
                .append(Svg.escape(roster.score())).append("</p>\n");
        keyFigures(page, figures);
        figures.calls().ifPresent(calls -> page.append("<h2>Calls: history and forecast</h2>\n")
                .append(new CallsChart(calls, problem.interval(), problem.start()).html()));
        Optional<ServiceStrip> strip = figures.coverage().serviceLevel()
                .map(levels -> new ServiceStrip(levels, figures.serviceTarget()));
        page.append("<h2>Agents on the phones per interval</h2>\n")
                .append(new CoverageChart(problem.dates(), problem.interval(), problem.unplannedShrinkage(),
                        figures.coverage(), strip).html());
        page.append("<h2>Day by day</h2>\n");
        dayTable(page, figures);
        page.append("<h2>Shifts and breaks</h2>\n")
                .append(new ShiftTimeline(problem, roster, figures.agentHours()).html());
        page.append("<p class=\"note\">Required: agents needed on the phones (net). Planned: required / (1 - ")
                .append(Svg.decimals(problem.unplannedShrinkage(), 2))
                .append(") for sick leave and other unplanned absence. ")
                .append("Scheduled: agents on shift and not on break. Agent-hours are agent-intervals times the ")
                .append("interval length. Expected SL: the forecast calls against the scheduled agents less the ")
                .append("expected absence. Generated by wfm.</p>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void keyFigures(StringBuilder page, ReportFigures figures) {
        page.append("<div class=\"kpis\">\n");
        kpi(page, figures.agentsWithShifts() + " / " + figures.agents(), "agents with shifts", null);
        kpi(page, String.valueOf(figures.shifts()), "shifts", null);
        kpi(page, Svg.decimals(figures.paidHours(), 0), "paid hours", null);
        kpi(page, Svg.decimals(figures.plannedHours(), 0), "agent-hours planned", null);
        kpi(page, Svg.decimals(figures.shortfallHours(), 1) + " (" + Svg.decimals(100 * figures.shortfallShare(), 1)
                + "%)", "agent-hours short", figures.shortfallShare() > SHORTFALL_TOLERATED ? "bad" : "good");
        kpi(page, Svg.decimals(figures.surplusHours(), 1), "agent-hours over", null);
        figures.bound().ifPresent(b -> kpi(page, Svg.decimals(b.agentHours(), 1) + " / "
                + Svg.decimals(100 * b.gap(), 2) + "%", "bound on shortfall (agent-h) / gap", null));
        if (!Double.isNaN(figures.serviceLevel())) {
            kpi(page, Svg.decimals(100 * figures.serviceLevel(), 1) + "%", "expected service level",
                    figures.serviceLevel() >= figures.serviceTarget() ? "good" : "bad");
        }
        boolean rulesKept = figures.violations().isEmpty();
        kpi(page, rulesKept ? "none" : String.valueOf(figures.violations().size()), "hard-rule violations",
                rulesKept ? "good" : "bad");
        page.append("</div>\n");
        if (!rulesKept) {
            page.append("<ul class=\"violations\">\n");
            figures.violations().stream().limit(VIOLATIONS_SHOWN)
                    .forEach(v -> page.append("<li>").append(Svg.escape(v.toString())).append("</li>\n"));
            page.append("</ul>\n");
        }
    }

    private static void kpi(StringBuilder page, String value, String label, String mood) {
        page.append("<div class=\"kpi").append(mood == null ? "" : " " + mood).append("\"><b>")
                .append(Svg.escape(value))
                .append("</b><span>").append(Svg.escape(label)).append("</span></div>\n");
    }

    private void dayTable(StringBuilder page, ReportFigures figures) {
        boolean calls = forecast.isPresent();
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
        List<DailySummary> rows = new ArrayList<>(figures.days());
        rows.add(figures.week());
        for (DailySummary d : rows) {
            page.append(d.date() == null ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>").append(d.label()).append("</td>");
            if (calls) {
                cell(page, Svg.decimals(d.calls(), 0));
            }
            cell(page, Svg.decimals(d.requiredHours(), 1));
            if (comparison.isPresent()) {
                cell(page, Svg.decimals(d.comparedHours(), 1));
            }
            cell(page, Svg.decimals(d.plannedHours(), 1));
            cell(page, Svg.decimals(d.scheduledHours(), 1));
            cell(page, Svg.decimals(d.shortfallHours(), 1));
            cell(page, Svg.decimals(d.surplusHours(), 1));
            cell(page, String.valueOf(d.shifts()));
            cell(page, Svg.decimals(d.paidHours(), 1));
            if (sl) {
                cell(page, Double.isNaN(d.serviceLevel()) ? "-" : Svg.decimals(100 * d.serviceLevel(), 1) + "%");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    private static void cell(StringBuilder page, String text) {
        page.append("<td>").append(text).append("</td>");
    }

    private static final String STYLE = Palette.fill("""
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;
              padding:0 16px;color:{ink};background:{paper};max-width:1320px}
            h1{font-size:22px;margin:0 0 2px} h2{font-size:16px;margin:26px 0 6px;padding-bottom:3px;border-bottom:1px solid {rule}}
            .sub{color:{muted};margin:0 0 10px} .note{color:{muted};font-size:12px;margin-top:18px}
            .kpis{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
            .kpi{border:1px solid {rule};border-radius:6px;padding:7px 12px;min-width:120px}
            .kpi b{display:block;font-size:19px} .kpi span{color:{muted};font-size:12px}
            .kpi.bad b{color:{bad}} .kpi.good b{color:{good}}
            .violations{color:{bad};font-size:13px}
            .legend{font-size:12px;color:{label};margin:4px 0 2px}
            .legend span{display:inline-block;margin-right:16px}
            .legend i{display:inline-block;width:14px;height:10px;margin:0 4px 0 2px;vertical-align:-1px;border-radius:2px}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
            th,td{padding:3px 10px;text-align:right;border-bottom:1px solid {faint_rule}} td{white-space:nowrap} th{font-weight:600;color:{label}}
            th:first-child,td:first-child{text-align:left} tr.total td{font-weight:600;border-top:1px solid {total_rule}}
            svg{display:block;max-width:100%;height:auto} svg text{font-size:11px;fill:{label}} svg text.num{text-anchor:end}
            svg text.small{font-size:9px} svg text.left{text-anchor:start}
            .axis{stroke:{axis}} .grid{stroke:{faint_rule}} .tick{stroke:{tick}} .ahead{fill:{ahead}}
            .hist{fill:none;stroke:{history};stroke-width:1.1} .fc{fill:none;stroke:{forecast};stroke-width:1.6}
            .band{fill:{prediction_interval};opacity:.7} .planned{fill:{planned}} .need{fill:none;stroke:{required};stroke-width:1}
            .alt{fill:none;stroke:{compared};stroke-width:1;stroke-dasharray:3 2}
            .sched{fill:none;stroke:{scheduled};stroke-width:1.6} .short{fill:{short};opacity:.6}
            .sl-good{fill:{sl_met}} .sl-ok{fill:{sl_close}} .sl-bad{fill:{sl_missed}}
            .col{fill:{day_column}} .col2{fill:{other_day_column}}
            .t0{fill:{shift_type_1}} .t1{fill:{shift_type_2}} .t2{fill:{shift_type_3}} .t3{fill:{shift_type_4}} .t4{fill:{shift_type_5}}
            .brk{fill:{paid_break}} .lunch{fill:{unpaid_break}} .off{fill:{day_off}} .unavail{fill:{unavailable}}
            .contract{fill:{contract}} .paid{fill:{paid_hours}} .paid-bad{fill:{bad}}
            """);
}

package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.Forecast;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Staffing;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.SimulationResult;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A roster as one self-contained HTML page a planner reads at a glance: key figures, calls (history and forecast
 * with its prediction interval), agents required and scheduled per interval with the expected service level, the
 * simulated service level per interval next to the expected one, a day-by-day table, a table of the activities
 * (meetings, coaching) when the problem has any, and a timeline of every agent's shifts, breaks and activities with
 * their paid hours against the contract. Inline SVG and CSS only: the page loads nothing and runs no script, so it
 * opens offline and can be mailed as it is.
 *
 * <p>The numbers are computed once, as {@link #figures()}; the page lays them out with {@link CallsChart},
 * {@link CoverageChart}, {@link ServiceChart} and {@link ShiftTimeline}.
 *
 * <pre>{@code
 * RosterReport.of(problem, roster)
 *         .withHistory(history.offered())
 *         .withForecast(forecast)
 *         .withServiceLevel(ServiceOutlook.serviceLevel(staffing, forecast, roster, 0.06), goal)
 *         .withSimulation(Simulation.of(Arrivals.forecast(forecast.calls(), forecast.aht().orElseThrow(),
 *                 Double.NaN), Duty.roster(problem, roster)).run(KpiDefinitions.defaults()))
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
 * @param simulation   a simulation of the roster against the forecast calls, whose service level (over all queues)
 *                     is drawn per interval with its 95 % band and shown per day and for the horizon (and per
 *                     queue in the queue table)
 * @param queues       each queue's forecast calls and expected service level per interval, for the queue table of a
 *                     problem with several queues; empty when not given
 * @param days         the expected speed of answer and occupancy per day (of {@link ServiceOutlook#of}), shown in the
 *                     day table; empty when not given
 */
public record RosterReport(ScheduleProblem problem, Roster roster, Optional<IntervalSeries> history,
                           Optional<Forecast> forecast, Optional<IntervalSeries> serviceLevel,
                           Optional<ServiceGoal> goal, Optional<Comparison> comparison,
                           Optional<SimulationResult> simulation, Map<String, QueueOutlook> queues,
                           Map<LocalDate, ServiceOutlook.Day> days) {

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
    /** A surplus above this share of the planned agent-hours shows as overstaffing. */
    private static final double SURPLUS_TOLERATED = 0.15;
    private static final int VIOLATIONS_SHOWN = 20;

    public RosterReport {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(simulation, "simulation");
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    /** The report of a roster alone: key figures, coverage, day table and timeline. */
    public static RosterReport of(ScheduleProblem problem, Roster roster) {
        return new RosterReport(problem, roster, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }

    /** Writes the report of a roster alone to {@code file}, all at once or not at all. */
    public static void write(Path file, ScheduleProblem problem, Roster roster) throws IOException {
        of(problem, roster).write(file);
    }

    /** The same report with the calls offered before the horizon. */
    public RosterReport withHistory(IntervalSeries offered) {
        return new RosterReport(problem, roster, Optional.of(offered), forecast, serviceLevel, goal, comparison,
                simulation, queues, days);
    }

    /** The same report with the forecast of the horizon. */
    public RosterReport withForecast(Forecast content) {
        return new RosterReport(problem, roster, history, Optional.of(content), serviceLevel, goal, comparison,
                simulation, queues, days);
    }

    /**
     * The same report with the expected service level per interval, in [0, 1], coloured against the
     * service-level target of {@code serviceGoal} (the goal the levels were computed for).
     */
    public RosterReport withServiceLevel(IntervalSeries levels, ServiceGoal serviceGoal) {
        return new RosterReport(problem, roster, history, forecast, Optional.of(levels), Optional.of(serviceGoal),
                comparison, simulation, queues, days);
    }

    /** The same report with a second requirement (agents on the phones per interval) to compare with. */
    public RosterReport withComparison(String label, IntervalSeries required) {
        return new RosterReport(problem, roster, history, forecast, serviceLevel, goal,
                Optional.of(new Comparison(label, required)), simulation, queues, days);
    }

    /**
     * The same report with a simulation of the roster (on the problem's zone and intervals, e.g. of
     * {@code Duty.roster(problem, roster)}): its service level per interval is drawn as a 95 % band with the mean
     * next to the expected service level, and its mean and interval shown for the horizon and per day.
     */
    public RosterReport withSimulation(SimulationResult result) {
        return new RosterReport(problem, roster, history, forecast, serviceLevel, goal, comparison,
                Optional.of(result), queues, days);
    }

    /**
     * The same report with each queue's forecast calls and expected service level per interval (of
     * {@link ServiceOutlook#of}), shown in the queue table, each level weighted by its queue's calls.
     *
     * @param calls  forecast calls per interval by queue, with every queue of {@code levels}
     * @param levels expected service level per interval by queue, in [0, 1]
     */
    public RosterReport withQueues(Map<String, IntervalSeries> calls, Map<String, IntervalSeries> levels) {
        return new RosterReport(problem, roster, history, forecast, serviceLevel, goal, comparison, simulation,
                queueOutlooks(calls, levels), days);
    }

    private static Map<String, QueueOutlook> queueOutlooks(Map<String, IntervalSeries> calls,
                                                           Map<String, IntervalSeries> levels) {
        Map<String, QueueOutlook> outlooks = new LinkedHashMap<>();
        levels.forEach((queue, level) -> {
            IntervalSeries queueCalls = calls.get(queue);
            if (queueCalls == null) {
                throw new IllegalArgumentException("no forecast calls of queue " + queue);
            }
            outlooks.put(queue, new QueueOutlook(queueCalls, level));
        });
        return outlooks;
    }

    /**
     * The same report with the forecast of every queue the roster covers and the service level it is expected to give
     * them under {@code serviceGoal} with Erlang C, the problem's unplanned shrinkage absent ({@link ServiceOutlook}):
     * the calls drawn (one queue's with its prediction interval, several queues' summed), the expected service level
     * per interval and per day (each queue's weighted by its calls), and per queue in the queue table.
     *
     * @param forecasts each queue's forecast with handle times, by the problem's queue ids
     * @throws IllegalArgumentException when the forecasts' queues are not the problem's, one is on another grid, or
     *                                  one lacks handle times
     */
    public RosterReport withForecasts(Map<String, Forecast> forecasts, ServiceGoal serviceGoal) {
        requireForecastsOf(problem, forecasts);
        ServiceOutlook.Expectation expected = ServiceOutlook.of(Staffing.of(serviceGoal), forecasts, roster,
                problem.unplannedShrinkage());
        Map<String, IntervalSeries> calls = new LinkedHashMap<>();
        forecasts.forEach((queue, forecast) -> calls.put(queue, forecast.calls()));
        Forecast drawn = forecasts.size() == 1 ? forecasts.values().iterator().next()
                : new Forecast(String.join(" + ", forecasts.keySet()),
                calls.values().stream().reduce(IntervalSeries::plus).orElseThrow(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new RosterReport(problem, roster, history, Optional.of(drawn),
                Optional.of(ServiceOutlook.combined(expected.levels(), calls)), Optional.of(serviceGoal), comparison,
                simulation, queueOutlooks(calls, expected.levels()), expected.days());
    }

    /**
     * Checks that forecasts fit a problem as {@link #withForecasts} needs: the problem's queues, on its grid.
     *
     * @throws IllegalArgumentException naming the queue or the grids when they do not
     */
    public static void requireForecastsOf(ScheduleProblem problem, Map<String, Forecast> forecasts) {
        if (!forecasts.keySet().equals(new HashSet<>(problem.queueIds()))) {
            throw new IllegalArgumentException("the forecast's queues (" + String.join(", ", forecasts.keySet())
                    + ") are not the problem's (" + String.join(", ", problem.queueIds()) + ")");
        }
        forecasts.forEach((queue, forecast) -> {
            if (!forecast.calls().isEmpty() && !forecast.calls().interval().equals(problem.interval())) {
                throw new IllegalArgumentException("the forecast of queue " + queue + " is on " + forecast.calls()
                        .interval().toMinutes() + "-minute intervals, the problem on " + problem.interval().toMinutes()
                        + "-minute ones; give a forecast on the problem's grid");
            }
        });
    }

    /**
     * One queue's forecast and the service level the roster is expected to give it.
     *
     * @param calls        forecast calls per interval
     * @param serviceLevel expected service level per interval, in [0, 1]
     */
    public record QueueOutlook(IntervalSeries calls, IntervalSeries serviceLevel) {
        public QueueOutlook {
            Objects.requireNonNull(calls, "calls");
            Objects.requireNonNull(serviceLevel, "serviceLevel");
        }

        /** The service level weighted by the calls of each interval ({@link ServiceOutlook#weighted}). */
        public double weighted() {
            return ServiceOutlook.weighted(serviceLevel, calls);
        }
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
        StringBuilder page = Page.begin("Roster " + problem.name(), "");
        page.append("<p class=\"sub\">")
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
        figures.simulated().ifPresent(simulated -> page.append("<h2>Service level per interval</h2>\n")
                .append(ServiceChart.roster(problem.dates(), figures.coverage().planned(),
                        figures.coverage().serviceLevel(),
                        "expected SL (" + ServiceStrip.percent(problem.unplannedShrinkage()) + "% absent)",
                        Optional.of(simulated), figures.serviceTarget()).html()));
        page.append("<h2>Day by day</h2>\n");
        dayTable(page, figures);
        if (problem.hasQueues()) {
            page.append("<h2>Queues</h2>\n");
            queueTable(page);
        }
        if (!figures.activities().isEmpty()) {
            page.append("<h2>Activities</h2>\n");
            activityTable(page, figures);
        }
        page.append("<h2>Shifts and breaks</h2>\n")
                .append(new ShiftTimeline(problem, roster, figures.agentHours()).html());
        page.append("<h2>Paid hours per agent</h2>\n");
        agentTable(page, figures);
        daySheets(page);
        page.append("<p class=\"note\">Required: agents needed on the phones (net). Planned: required / (1 - ")
                .append(Svg.decimals(problem.unplannedShrinkage(), 2))
                .append(") for sick leave and other unplanned absence. ")
                .append("Scheduled: agents on shift and not on break")
                .append(problem.activities().isEmpty() ? "" : " or in an activity")
                .append(". Agent-hours are agent-intervals times the ")
                .append("interval length. Expected SL: the forecast calls against the scheduled agents less the ")
                .append("expected absence.");
        figures.simulated().ifPresent(simulated -> page.append(" Simulated SL: the roster simulated call by call ")
                .append(simulated.absence() == 0 ? "with every scheduled agent at work (nobody absent)"
                        : "with " + simulated.absent() + " at random in each replication")
                .append(", an agent on a call when a break comes ")
                .append("finishing it first; the mean of ").append(simulated.replicationsRun())
                .append(" with its 95 % confidence interval."));
        if (!days.isEmpty()) {
            page.append(" Expected ASA: Erlang C's average wait of the forecast calls, weighted by calls, over the")
                    .append(" intervals where more agents are present than the calls' workload; the others are counted as")
                    .append(" overloaded (Erlang C's queue grows without end there, its ASA is infinite). Expected")
                    .append(" occupancy: the calls' workload carried over the agents present.");
        }
        page.append(" Generated by wfm.</p>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void keyFigures(StringBuilder page, ReportFigures figures) {
        page.append("<div class=\"kpis\">\n");
        Page.kpi(page, figures.agentsWithShifts() + " / " + figures.agents(), "agents with shifts", null);
        Page.kpi(page, String.valueOf(figures.shifts()), "shifts", null);
        Page.kpi(page, Svg.decimals(figures.paidHours(), 0), "paid hours", null);
        Page.kpi(page, Svg.decimals(figures.plannedHours(), 0), "agent-hours planned", null);
        Page.kpi(page, Svg.decimals(figures.shortfallHours(), 1) + " ("
                + Svg.decimals(100 * figures.shortfallShare(), 1) + "%)", "agent-hours short",
                figures.shortfallShare() > SHORTFALL_TOLERATED ? "bad" : "good");
        Page.kpi(page, Svg.decimals(figures.surplusHours(), 1), "agent-hours over", null);
        figures.bound().ifPresent(b -> Page.kpi(page, Svg.decimals(b.agentHours(), 1) + " / "
                + Svg.decimals(100 * b.gap(), 2) + "%", "bound on shortfall (agent-h) / gap", null));
        if (!Double.isNaN(figures.serviceLevel())) {
            Page.kpi(page, Svg.decimals(100 * figures.serviceLevel(), 1) + "%", "expected service level",
                    figures.serviceLevel() >= figures.serviceTarget() ? "good" : "bad");
        }
        figures.simulated().ifPresent(simulated -> Page.kpi(page, simulated.week().percent(),
                "simulated service level (" + simulated.replicationsRun() + ", " + simulated.absent() + ")",
                simulated.week().mean() >= figures.serviceTarget() ? "good" : "bad"));
        boolean rulesKept = figures.violations().isEmpty();
        Page.kpi(page, rulesKept ? "none" : String.valueOf(figures.violations().size()), "hard-rule violations",
                rulesKept ? "good" : "bad");
        page.append("</div>\n");
        if (!rulesKept) {
            page.append("<ul class=\"violations\">\n");
            figures.violations().stream().limit(VIOLATIONS_SHOWN)
                    .forEach(v -> page.append("<li>").append(Svg.escape(v.toString())).append("</li>\n"));
            page.append("</ul>\n");
        }
    }

    /**
     * One row per queue over the horizon: forecast calls, planned, scheduled (the agents the allocation gives the
     * queue), short and over agent-hours, and the expected and simulated service level when given.
     */
    private void queueTable(StringBuilder page) {
        boolean expected = !queues.isEmpty();
        page.append("<table>\n<tr><th>queue</th>");
        if (expected) {
            page.append("<th>forecast calls</th>");
        }
        page.append("<th>planned agent-h</th><th>scheduled agent-h</th><th>short agent-h</th><th>over agent-h</th>");
        if (expected) {
            page.append("<th>expected SL</th>");
        }
        if (simulation.isPresent()) {
            page.append("<th>simulated SL</th>");
        }
        page.append("</tr>\n");
        for (QueueSummary q : QueueSummary.of(problem, roster, queues, simulation)) {
            page.append("<tr><td>").append(Svg.escape(q.queue())).append("</td>");
            if (expected) {
                Page.cell(page, Double.isNaN(q.calls()) ? "-" : Svg.decimals(q.calls(), 0));
            }
            Page.cell(page, Svg.decimals(q.plannedHours(), 1));
            Page.cell(page, Svg.decimals(q.scheduledHours(), 1));
            Page.cell(page, Svg.decimals(q.shortfallHours(), 1));
            Page.cell(page, Svg.decimals(q.surplusHours(), 1));
            if (expected) {
                Page.cell(page, q.expected());
            }
            if (simulation.isPresent()) {
                Page.cell(page, q.simulated().map(Estimate::percent).orElse("-"));
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n<p class=\"note\">Scheduled per queue: the agents on the phones shared out over the ")
                .append("queues they are skilled for so that as few planned agents as possible are missing (weighted ")
                .append("by the queues' weights); an agent's interval may be split over its queues.</p>\n");
    }

    /** Per agent: shifts, paid hours, the contract's range, and whether they keep to it (in red when not). */
    private void agentTable(StringBuilder page, ReportFigures figures) {
        page.append("<table>\n<tr><th>agent</th><th>shifts</th><th>paid h</th><th>contract h</th><th></th></tr>\n");
        for (ReportFigures.AgentHours a : figures.agentHours()) {
            boolean kept = a.withinContract();
            page.append(kept ? "<tr>" : "<tr class=\"bad\">");
            Page.cell(page, a.agent());
            Page.cell(page, String.valueOf(roster.shiftsOf(a.agent()).size()));
            Page.cell(page, Svg.decimals(a.paidHours(), 1));
            Page.cell(page, Svg.decimals(a.minHours(), 1) + ".." + (Double.isInfinite(a.maxHours()) ? "no limit"
                    : Svg.decimals(a.maxHours(), 1)));
            Page.cell(page, kept ? "" : a.paidHours() < a.minHours() ? "below the contract" : "above the contract");
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    /**
     * The roster as a printable table per day, each on its own page when printed: agent, shift type, times, breaks
     * and (for a problem with activities) the activities written out.
     */
    private void daySheets(StringBuilder page) {
        boolean activities = !problem.activities().isEmpty();
        for (LocalDate date : problem.dates()) {
            List<Shift> shifts = roster.shifts().stream().filter(s -> s.start().toLocalDate().equals(date))
                    .sorted(Comparator.comparing(Shift::start).thenComparing(Shift::agent)).toList();
            page.append("<section class=\"sheet\"><h2>").append(DailySummary.dayLabel(date)).append(": ")
                    .append(shifts.size()).append(shifts.size() == 1 ? " shift" : " shifts").append("</h2>\n")
                    .append("<table>\n<tr><th>agent</th><th>shift</th><th>start</th><th>end</th><th>paid h</th>")
                    .append("<th class=\"left\">breaks</th>")
                    .append(activities ? "<th class=\"left\">activities</th>" : "").append("</tr>\n");
            for (Shift shift : shifts) {
                page.append("<tr>");
                Page.cell(page, shift.agent());
                Page.cell(page, shift.type() + (shift.cut() ? " (cut)" : ""));
                Page.cell(page, shift.start().toLocalTime().toString());
                Page.cell(page, shift.end().toLocalTime().toString());
                Page.cell(page, Svg.decimals(problem.paidHours(shift), 2));
                leftCell(page, shift.breaks().stream().map(b -> span(b.start(), b.end()) + " " + b.name()).toList());
                if (activities) {
                    leftCell(page, shift.activities().stream().map(a -> span(a.start(), a.end()) + " " + a.id())
                            .toList());
                }
                page.append("</tr>\n");
            }
            page.append("</table></section>\n");
        }
    }

    /** A left-aligned cell listing {@code items}, comma-separated. */
    private static void leftCell(StringBuilder page, List<String> items) {
        page.append("<td class=\"left\">").append(Svg.escape(String.join(", ", items))).append("</td>");
    }

    /** Local times from {@code start} to {@code end}: "09:45-10:00". */
    private static String span(LocalDateTime start, LocalDateTime end) {
        return start.toLocalTime() + "-" + end.toLocalTime();
    }

    /**
     * One row per activity: how it is held (together, or sessions per agent), its length, the attendees invited, the
     * sessions held, the agent-sessions attended and missing (in red when any), and when: the together session's day
     * and times, or the agent-sessions per day ("not held" without any).
     */
    private void activityTable(StringBuilder page, ReportFigures figures) {
        page.append("<table>\n<tr><th>activity</th><th>kind</th><th>length</th><th>attendees</th><th>sessions</th>")
                .append("<th>attended</th><th>missing</th><th class=\"left\">when</th></tr>\n");
        for (ReportFigures.ActivityHeld held : figures.activities()) {
            Activity activity = held.activity();
            RosterSummary.ActivityTotals totals = held.totals();
            page.append("<tr>");
            Page.cell(page, activity.id());
            Page.cell(page, activity.together() ? "together" : activity.perAgent() + " per agent");
            Page.cell(page, length(activity.length()));
            Page.cell(page, held.invited() + (activity.forAll() ? " (all)" : ""));
            Page.cell(page, String.valueOf(totals.sessions()));
            Page.cell(page, String.valueOf(totals.attendees()));
            Page.cell(page, String.valueOf(totals.missing()), totals.missing() > 0 ? "bad" : null);
            List<String> when = activity.together()
                    ? held.sessions().stream().map(a -> DailySummary.dayLabel(a.start().toLocalDate()) + " "
                    + span(a.start(), a.end())).toList()
                    : held.byDay().entrySet().stream().map(e -> DayColumns.label(e.getKey(), false) + ": "
                    + e.getValue()).toList();
            leftCell(page, when.isEmpty() ? List.of("not held") : when);
            page.append("</tr>\n");
        }
        page.append("</table>\n<p class=\"note\">A together activity (a meeting) is one session for its attendees: ")
                .append("sessions is 1 when it is held, attended the agents in it, missing the attendees who are not. ")
                .append("The others (coaching) give each attendee sessions of its own: sessions and attended count the ")
                .append("agent-sessions held, missing the sessions short of those asked per attendee; when, the ")
                .append("agent-sessions per day. An agent in an activity is on shift and paid, not on the phones.</p>\n");
    }

    /** A length as a planner says it: "1 h", "30 min", "1 h 30 min". */
    private static String length(Duration length) {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        return hours == 0 ? minutes + " min" : hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }

    private void dayTable(StringBuilder page, ReportFigures figures) {
        boolean calls = forecast.isPresent();
        boolean sl = serviceLevel.isPresent();
        Optional<ReportFigures.SimulatedService> simulated = figures.simulated();
        page.append("<table>\n<tr><th>day</th>");
        if (calls) {
            page.append("<th>forecast calls</th>");
        }
        page.append("<th>required agent-h</th>");
        comparison.ifPresent(c -> page.append("<th>").append(Svg.escape(c.label())).append(" agent-h</th>"));
        page.append("<th>planned agent-h</th><th>scheduled agent-h</th><th>short agent-h</th><th>over agent-h</th>")
                .append("<th>shifts</th><th>paid h</th>");
        page.append(sl ? "<th>expected SL</th>" : "<th>planned covered</th>");
        boolean answer = !days.isEmpty();
        if (answer) {
            page.append("<th>expected ASA s</th><th>expected occupancy</th>");
        }
        if (simulated.isPresent()) {
            page.append("<th>simulated SL</th>");
        }
        page.append("</tr>\n");
        List<DailySummary> rows = new ArrayList<>(figures.days());
        rows.add(figures.week());
        for (DailySummary d : rows) {
            page.append(d.date() == null ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>").append(d.label()).append("</td>");
            if (calls) {
                Page.cell(page, Svg.decimals(d.calls(), 0));
            }
            Page.cell(page, Svg.decimals(d.requiredHours(), 1));
            if (comparison.isPresent()) {
                Page.cell(page, Svg.decimals(d.comparedHours(), 1));
            }
            Page.cell(page, Svg.decimals(d.plannedHours(), 1));
            Page.cell(page, Svg.decimals(d.scheduledHours(), 1));
            Page.cell(page, Svg.decimals(d.shortfallHours(), 1),
                    d.shortfallHours() > SHORTFALL_TOLERATED * d.plannedHours() ? "bad" : null);
            Page.cell(page, Svg.decimals(d.surplusHours(), 1),
                    d.surplusHours() > SURPLUS_TOLERATED * d.plannedHours() ? "over" : null);
            Page.cell(page, String.valueOf(d.shifts()));
            Page.cell(page, Svg.decimals(d.paidHours(), 1));
            if (sl) {
                Page.cell(page, Double.isNaN(d.serviceLevel()) ? "-" : Svg.decimals(100 * d.serviceLevel(), 1) + "%",
                        d.serviceLevel() < figures.serviceTarget() ? "bad" : null);
            } else {
                Page.cell(page, d.plannedHours() > 0 ? Svg.decimals(100 * (1 - d.shortfallHours() / d.plannedHours()), 1)
                        + "%" : "-", d.shortfallHours() > SHORTFALL_TOLERATED * d.plannedHours() ? "bad" : null);
            }
            if (answer) {
                ServiceOutlook.Day day = d.date() == null ? ServiceOutlook.Day.total(days.values()) : days.get(d.date());
                double asa = day == null ? Double.NaN : day.asa();
                int overloaded = day == null ? 0 : day.overloaded();
                Page.cell(page, (Double.isNaN(asa) ? "-" : Svg.decimals(asa, 1)) + (overloaded == 0 ? ""
                        : " (" + overloaded + (overloaded == 1 ? " interval" : " intervals") + " overloaded)"),
                        overloaded > 0 ? "bad" : null);
                double occupancy = day == null ? Double.NaN : day.occupancy();
                Page.cell(page, Double.isNaN(occupancy) ? "-" : Svg.decimals(100 * occupancy, 1) + "%");
            }
            simulated.ifPresent(s -> Page.cell(page, d.date() == null ? s.week().percent()
                    : Optional.ofNullable(s.days().get(d.date())).map(Estimate::percent).orElse("-")));
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }
}

package org.wfm.examples;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.io.RosterCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.queue.IntervalStaffing;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Shrinkage;
import org.wfm.core.queue.Staffing;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.examples.report.DailySummary;
import org.wfm.examples.report.QueueSummary;
import org.wfm.examples.report.RosterReport;
import org.wfm.examples.report.ServiceOutlook;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationResult;
import org.wfm.examples.sample.SampleCentre;
import org.wfm.forecast.Forecasters;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import org.wfm.scheduler.bound.Bound;
import org.wfm.scheduler.bound.LowerBound;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The whole planning chain on the sample centre and its two queues (service and sales, agents skilled for one or
 * both), step by step: history, forecast and staffing requirements per queue, scheduling problem, roster, bound,
 * simulation, report. {@code wfm demo} runs this; read it as a tutorial.
 *
 * <pre>
 * java -cp "examples/target/wfm-examples.jar:examples/target/lib/*" org.wfm.examples.WeeklyRoster wfm-demo 60s
 * </pre>
 */
public final class WeeklyRoster {

    /** The files the demo writes, in the order of the chain. */
    public static final List<String> FILES = List.of("history.csv", "forecast.csv", "requirements.csv",
            "problem.json", "roster.json", "roster.csv", "report.html");
    /** The service goal: 80 % of calls answered within 20 seconds. */
    public static final ServiceGoal GOAL = ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20));
    /** Mean patience of the callers for Erlang A: they hang up after three minutes on average. */
    public static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Level of the forecast's prediction interval. */
    public static final double FORECAST_LEVEL = 0.8;

    /**
     * What the chain produced.
     *
     * @param histories the calls and handle times before the planned week, by queue
     * @param forecasts the forecast of the planned week, by queue
     * @param erlangC   staffing per interval under Erlang C, by queue: the requirement the roster is made for
     * @param erlangA   staffing per interval under Erlang A, by queue, for comparison
     * @param problem   the scheduling problem
     * @param roster    the roster, its summary with the lower bound and the gap to it
     * @param bound     the lower bound on shortfall and surplus
     * @param days      the day-by-day figures over all queues
     * @param queues    the week's figures per queue
     * @param outlook   the week's service level, expected and simulated
     */
    public record Result(Map<String, History> histories, Map<String, Forecast> forecasts,
                         Map<String, List<IntervalStaffing>> erlangC, Map<String, List<IntervalStaffing>> erlangA,
                         ScheduleProblem problem, Roster roster, Bound bound, List<DailySummary> days,
                         List<QueueSummary> queues, Outlook outlook) {
    }

    /**
     * The week's service level with the problem's unplanned absence: what Erlang C expects of the agents each queue
     * gets less that share, interval by interval weighted by calls, and what a simulation of the forecast calls
     * against the roster gives, in which that share of shifts is missed at random, calls are routed to the agents
     * skilled for them, and an agent on a call when a break comes finishes the call first and starts the break late.
     *
     * @param erlangC   the expected service level over all queues, a share (per queue: {@link Result#queues})
     * @param simulated the simulation of {@link #REPLICATIONS} replications of the week
     */
    public record Outlook(double erlangC, SimulationResult simulated) {
    }

    /** Replications of the demo's simulated week. */
    public static final int REPLICATIONS = 30;

    private WeeklyRoster() {
    }

    /** Runs the chain: {@code WeeklyRoster [output-dir] [time-limit]} (defaults {@code wfm-demo}, 60 s). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "wfm-demo");
        Duration limit = args.length > 1 ? Duration.parse("PT" + args[1].toUpperCase(Locale.ROOT))
                : Duration.ofSeconds(60);
        PrintWriter out = new PrintWriter(System.out, true);
        Result result = run(dir, limit, out);
        out.print(DailySummary.table(result.days(), "Erlang A"));
        out.println(result.roster().summary());
        out.flush();
    }

    /**
     * Runs the chain on the sample centre and writes history.csv, forecast.csv, requirements.csv, problem.json,
     * roster.json, roster.csv and report.html into {@code dir}.
     *
     * @param timeLimit how long the scheduler may search
     * @param log       where each step says what it does
     * @throws IllegalStateException when the roster breaks a hard rule (it should never)
     */
    public static Result run(Path dir, Duration timeLimit, PrintWriter log) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("cannot write into " + dir + ": it is a file, expected a folder");
        }
        // all seven files or none: each is staged beside its target and moved there once the chain succeeded
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            Map<String, Path> files = new LinkedHashMap<>();
            for (String name : FILES) {
                files.put(name, batch.stage(dir.resolve(name)));
            }
            Result result = run(files, timeLimit, log);
            batch.commit();
            return result;
        }
    }

    private static Result run(Map<String, Path> dir, Duration timeLimit, PrintWriter log) throws IOException {
        long[] clock = {System.nanoTime()};
        SampleCentre centre = SampleCentre.standard();
        LocalDate week = SampleCentre.DEMO_WEEK;

        // 1. History: 13 weeks of calls offered and handle times per 15 minutes and queue, as an ACD exports them.
        Map<String, History> histories = centre.histories();
        HistoryCsv.writeQueues(dir.get("history.csv"), histories);
        histories.forEach((queue, history) -> log.printf(Locale.ROOT, "history %s: %s%n", queue, history.offered()));
        log.printf(Locale.ROOT, "history: %d queues%s%n", histories.size(), since(clock));

        // 2. Forecast next week's calls and handle time per interval, each queue on its own. "auto" backtests the
        //    methods on the queue's history and picks the best; the prediction interval says how far calls may stray.
        Map<String, Forecast> forecasts = new LinkedHashMap<>();
        histories.forEach((queue, history) -> forecasts.put(queue,
                Forecasters.auto().withLevel(FORECAST_LEVEL).forecast(history, week, 7)));
        ForecastCsv.writeQueues(dir.get("forecast.csv"), forecasts);
        forecasts.forEach((queue, forecast) -> log.printf(Locale.ROOT, "forecast %s: %s%n", queue, forecast));
        log.printf(Locale.ROOT, "forecast: %d queues%s%n", forecasts.size(), since(clock));

        // 3. Staffing: agents needed on the phones per interval and queue for 80/20, each queue alone. Erlang C
        //    assumes callers wait for ever; Erlang A lets them hang up, and so usually asks for fewer agents. The
        //    roster is made for Erlang C. Sick leave is shrinkage: the scheduled_agents column adds it; breaks are
        //    placed in the roster itself.
        Shrinkage sickLeave = Shrinkage.none().with("sick leave", SampleCentre.SICK_LEAVE_RATE);
        Staffing erlangC = Staffing.of(GOAL).withShrinkage(sickLeave);
        Staffing erlangA = erlangC.withModel(QueueModel.erlangA(PATIENCE));
        Map<String, List<IntervalStaffing>> required = new LinkedHashMap<>();
        Map<String, List<IntervalStaffing>> requiredA = new LinkedHashMap<>();
        forecasts.forEach((queue, forecast) -> {
            required.put(queue, plan(erlangC, forecast));
            requiredA.put(queue, plan(erlangA, forecast));
        });
        RequirementsCsv.writeStaffingQueues(dir.get("requirements.csv"), required);

        // 4. The scheduling problem: the team with its skills, contracts, vacation and shift types, each queue's
        //    requirement, and the week's activities: a one-hour team meeting of ten agents together (Tuesday to
        //    Thursday, 09:00-17:00) and half an hour of coaching for every agent who works a weekday (08:00-18:00).
        //    In every interval the roster's agents on the phones (not on break, not in an activity) are shared out
        //    over the queues they are skilled for so that as few planned agents as possible are missing.
        Map<String, IntervalSeries> agents = new LinkedHashMap<>();
        required.forEach((queue, rows) -> agents.put(queue, agents(rows)));
        ScheduleProblem problem = centre.problem(week, agents);
        ScheduleProblemJson.write(problem, dir.get("problem.json"));
        double plannedHours = problem.plannedDemand() * problem.interval().toMinutes() / 60;
        log.printf(Locale.ROOT, "problem: %d agents, %d queues, %d shift types, %d activities, %.0f agent-hours"
                        + " planned on the phones%s%n", problem.agents().size(), problem.queues().size(),
                problem.shiftTypes().size(), problem.activities().size(), plannedHours, since(clock));

        // 5. The lower bound: no roster can be short by less (LP relaxation of the set-covering model, split by
        //    skills). It takes a while, so it runs on a second core while the scheduler searches.
        CompletableFuture<Bound> lowerBound = CompletableFuture.supplyAsync(() -> LowerBound.of(problem));

        // 6. Schedule: OptaPlanner places shifts, breaks and the activities' sessions within the time limit, logging
        //    its progress.
        log.printf(Locale.ROOT, "scheduling for %d s...%n", timeLimit.toSeconds());
        log.flush();
        SolveResult solved = Scheduler.solve(problem, SolveOptions.of(timeLimit), new ProgressLine(log, false));
        log.printf(Locale.ROOT, "roster: %s%s%n", solved, since(clock));
        Bound bound = lowerBound.join();
        log.printf(Locale.ROOT, "bound: %s%s%n", bound, since(clock));
        Roster roster = solved.roster().withSummary(solved.roster().summary()
                .withBound(bound.shortfall(), problem.plannedDemand()));

        // 7. Trust, but verify: an independent check of every hard rule and of the reported coverage.
        List<RosterCheck.Violation> violations = RosterCheck.check(problem, roster);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the roster breaks " + violations.size() + " hard rule(s), first: "
                    + violations.get(0));
        }
        RosterJson.write(roster, dir.get("roster.json"));
        RosterCsv.write(roster, problem.zone(), dir.get("roster.csv"));

        // 8. The service level the roster is expected to give: per queue Erlang C on the agents the roster's
        //    allocation gives the queue, less the expected absence; over the queues weighted by their calls.
        IntervalSeries agentsA = sum(requiredA.values().stream().map(WeeklyRoster::agents).toList());
        RosterReport report = RosterReport.of(problem, roster)
                .withHistory(sum(histories.values().stream().map(History::offered).toList()))
                .withForecasts(forecasts, GOAL)
                .withComparison("Erlang A", agentsA);
        IntervalSeries serviceLevel = report.serviceLevel().orElseThrow();
        IntervalSeries totalCalls = report.forecast().orElseThrow().calls();

        // 9. Simulate the week: each queue's forecast calls as Poisson arrivals, routed to the roster's agents skilled
        //    for them, who finish a call before going on break, so breaks start late where Erlang C assumes agents
        //    leave the phones on time.
        Outlook outlook = outlook(forecasts, serviceLevel, totalCalls, problem, roster);
        log.printf(Locale.ROOT, "simulated %d weeks against the roster%s%n", REPLICATIONS, since(clock));

        // 10. The report: calls and agents over all queues, the service level expected and simulated, day by day, per
        //     interval and per queue, the shifts per agent and per day.
        report = report.withSimulation(outlook.simulated());
        report.write(dir.get("report.html"));
        log.printf(Locale.ROOT, "report%s%n", since(clock));
        List<DailySummary> days = DailySummary.of(problem, roster, Optional.of(totalCalls),
                Optional.of(agentsA), Optional.of(serviceLevel));
        List<QueueSummary> queues = QueueSummary.of(problem, roster, report.queues(), Optional.of(outlook.simulated()));
        return new Result(histories, forecasts, required, requiredA, problem, roster, bound, days, queues, outlook);
    }

    /** The staffing of a forecast per interval; an interval without a forecast AHT takes the forecast's mean AHT. */
    private static List<IntervalStaffing> plan(Staffing staffing, Forecast forecast) {
        IntervalSeries aht = forecast.aht().orElseThrow(() -> new IllegalStateException("the forecast has no AHT"));
        return staffing.plan(forecast.calls(), aht, aht.total() / aht.size());
    }

    /**
     * Erlang C's expectation and the simulation of the roster, both with the problem's unplanned absence: Erlang C
     * on the agents each queue gets less the expected absence, the simulation with that share of shifts missed at
     * random and calls routed by skill.
     */
    private static Outlook outlook(Map<String, Forecast> forecasts, IntervalSeries combined, IntervalSeries calls,
                                   ScheduleProblem problem, Roster roster) {
        SimulationResult simulated = Simulation.of(Arrivals.of(forecasts), Duty.roster(problem, roster))
                .withAbsence(problem.unplannedShrinkage()).withReplications(REPLICATIONS).withSeed(1)
                .run(KpiDefinitions.defaults().withAnswerWithin(GOAL.answerWithin()));
        return new Outlook(ServiceOutlook.weighted(combined, calls), simulated);
    }

    /** The interval-by-interval sum of several series. */
    private static IntervalSeries sum(Collection<IntervalSeries> series) {
        return series.stream().reduce(IntervalSeries::plus).orElseThrow();
    }

    /** " (1.2 s)": the time since the clock's reading, which moves to now. */
    private static String since(long[] clock) {
        long now = System.nanoTime();
        String text = String.format(Locale.ROOT, " (%.1f s)", (now - clock[0]) / 1e9);
        clock[0] = now;
        return text;
    }

    /** Agents needed on the phones per interval (net), as a series. */
    private static IntervalSeries agents(List<IntervalStaffing> staffing) {
        IntervalSeries.Builder series = IntervalSeries.builder(SampleCentre.ZONE, SampleCentre.INTERVAL);
        for (IntervalStaffing row : staffing) {
            series.add(row.start(), row.agents());
        }
        return series.build();
    }
}

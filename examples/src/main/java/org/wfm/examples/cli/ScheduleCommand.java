package org.wfm.examples.cli;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.examples.ProgressLine;
import org.wfm.core.Forecast;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.examples.report.ReportFigures;
import org.wfm.examples.report.RosterReport;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import org.wfm.scheduler.InfeasibleInputException;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.bound.LowerBound;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code wfm schedule}: a roster for a schedule problem, with the lower bound and gap in its summary. */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Roster a schedule problem with OptaPlanner: shifts, breaks staggered off the peaks, contracts"
                + " and time off respected; understaffing (squared per interval) first, then overstaffing, paid"
                + " hours and fairness. Progress goes to stderr; a one-line summary to stdout.")
public final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProblemOption problem;

    @CommandLine.Mixin
    PreviousOption previous;

    @CommandLine.Mixin
    TimeLimitOption timeLimit = new TimeLimitOption(Duration.ofSeconds(60));

    @Option(names = "--unimproved-limit", paramLabel = "DURATION",
            description = "Stop earlier when the best score has not improved for this long.")
    Duration unimprovedLimit;

    @CommandLine.Mixin
    RepeatableSearch search;

    @CommandLine.Mixin
    RosterFiles files;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report of the roster.")
    Path report;

    @Option(names = "--forecast", paramLabel = "FILE",
            description = "Forecast CSV with aht of the problem's queues: the report shows the service level the roster"
                    + " is expected to give (Erlang C) per interval, day and queue.")
    Path forecast;

    @Option(names = "--sl", paramLabel = "SHARE",
            description = "Service level target of the report's expected service level (default 0.8), with --forecast.")
    Double serviceLevel;

    @Option(names = "--answer-within", paramLabel = "DURATION",
            description = "Answer threshold of that service level (default 20s), with --forecast.")
    Duration answerWithin;

    @Option(names = "--quiet", description = "No progress line on stderr while the scheduler searches.")
    boolean quiet;

    /** The goal of the report's expected service level: with --forecast only, which needs --report. */
    private Optional<ServiceGoal> reportGoal() {
        if (forecast == null) {
            if (serviceLevel != null || answerWithin != null) {
                throw new IllegalArgumentException((serviceLevel != null ? "--sl" : "--answer-within")
                        + " sets the goal of the report's expected service level: give --forecast (and --report) too");
            }
            return Optional.empty();
        }
        if (report == null) {
            throw new IllegalArgumentException("--forecast " + forecast + " is for the report: give --report too");
        }
        ServiceGoalOptions.checkShare("--sl", serviceLevel, false); // as wfm staffing: a service goal is below 100 %
        double share = serviceLevel == null ? ReportFigures.DEFAULT_SERVICE_TARGET : serviceLevel;
        Duration within = answerWithin == null ? Duration.ofSeconds(20) : answerWithin;
        if (!DurationConverter.isPositive(within)) {
            throw new IllegalArgumentException("--answer-within must be more than 0 s, got " + within);
        }
        return Optional.of(ServiceGoal.serviceLevel(share, within));
    }

    @Override
    public Integer call() throws IOException {
        ScheduleProblem p = previous.apply(problem.read(), problem.problem);
        Optional<ServiceGoal> goal = reportGoal();
        Map<String, Forecast> forecasts = Map.of();
        if (forecast != null) {
            forecasts = ForecastCsv.readQueuesWithHandleTimes(forecast, p.zone(), null, OptionalDouble.empty());
            try {
                RosterReport.requireForecastsOf(p, forecasts); // before the search, not after it
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--forecast " + forecast + ": " + e.getMessage(), e);
            }
        }
        SolveOptions options = search.applyTo(SolveOptions.of(timeLimit.timeLimit())
                .withUnimprovedLimit(unimprovedLimit), spec.commandLine().getParseResult().hasMatchedOption("--time-limit"));
        SolveResult result;
        Roster roster;
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(problem.problem, previous.previous, forecast)) {
            files.stage(batch);
            Path stagedReport = report == null ? null : batch.stage(report);
            ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr());
            try {
                result = quiet ? Scheduler.solve(p, options) : Scheduler.solve(p, options, progress);
            } catch (InfeasibleInputException e) {
                throw new InfeasibleInputException(problem.problem + ": " + e.getMessage());
            } finally {
                progress.finish();
            }
            // the gap needs only the shortfall bound: one LP, not the second one for surplus
            roster = result.roster().withSummary(result.roster().summary()
                    .withBound(LowerBound.shortfall(p), p.plannedDemand()));
            files.write(p, roster);
            if (stagedReport != null) {
                RosterReport page = RosterReport.of(p, roster);
                if (goal.isPresent()) {
                    page = page.withForecasts(forecasts, goal.get());
                }
                page.write(stagedReport);
            }
            batch.commit();
        }
        search.timeStopped(options, result).ifPresent(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(RosterSummaryLine.of(p, roster, result));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

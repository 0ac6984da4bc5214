package org.wfm.examples.cli;

import org.wfm.core.io.RosterCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.examples.report.RosterReport;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SolveResult;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.bound.LowerBound;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wfm schedule}: a roster for a schedule problem, with the lower bound and gap in its summary. */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Roster a schedule problem with OptaPlanner: shifts, breaks staggered off the peaks, contracts"
                + " and time off respected; understaffing (squared per interval) first, then overstaffing, paid"
                + " hours and fairness. Progress goes to stderr; a one-line summary to stdout.")
public final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Schedule problem JSON.")
    Path problem;

    @Option(names = "--time-limit", defaultValue = "60s", paramLabel = "DURATION",
            description = "Time for the search, e.g. 30s or 2m (default: 60s).")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION",
            description = "Stop earlier when the best score has not improved for this long.")
    Duration unimprovedLimit;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default 0).")
    long seed;

    @Option(names = "--move-limit", paramLabel = "N",
            description = "Also stop after N evaluated moves: with --seed, the same roster on any machine.")
    Long moveLimit;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Roster JSON to write.")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write a tidy roster CSV: one row per shift or break.")
    Path csv;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report of the roster.")
    Path report;

    @Override
    public Integer call() throws IOException {
        ScheduleProblem p = ScheduleProblemJson.read(problem);
        SolveOptions options = SolveOptions.of(timeLimit).withUnimprovedLimit(unimprovedLimit).withSeed(seed)
                .withMoveLimit(moveLimit);
        SolveResult result = Scheduler.solve(p, options);
        // the gap needs only the shortfall bound: one LP, not the second one for surplus
        Roster roster = result.roster().withSummary(result.roster().summary()
                .withBound(LowerBound.shortfall(p), p.plannedDemand()));
        write(p, roster, output, csv, report);
        spec.commandLine().getOut().println(summary(p, roster, result));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes the roster JSON and, when asked, the CSV and the HTML report. */
    static void write(ScheduleProblem p, Roster roster, Path output, Path csv, Path report) throws IOException {
        RosterJson.write(roster, output);
        if (csv != null) {
            RosterCsv.write(roster, p.zone(), csv);
        }
        if (report != null) {
            RosterReport.write(report, p, roster);
        }
    }

    static String summary(ScheduleProblem p, Roster roster, SolveResult result) {
        var s = roster.summary();
        return String.format(Locale.ROOT, "%s: %s, %d shifts, shortfall %.1f of %.1f planned agent-intervals%s,"
                        + " surplus %.1f, %.1f paid hours, %d score calculations/s",
                p.name(), roster.feasible() ? "feasible" : "INFEASIBLE " + roster.score(), roster.shifts().size(),
                s.shortfall(), p.plannedDemand(),
                s.bound() == null ? "" : String.format(Locale.ROOT, " (bound %.1f, gap %.2f %%)", s.bound(), 100 * s.gap()),
                s.surplus(), s.paidHours(), result.scoreCalculationSpeed());
    }
}

package org.wfm.examples.cli;

import org.wfm.core.sim.Estimate;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.examples.WeeklyRoster;
import org.wfm.examples.report.DailySummary;
import org.wfm.examples.report.QueueSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wfm demo}: the whole chain on the bundled sample centre, from history to roster and report. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Run the whole chain on a sample centre (100 agents, 13 weeks of 15-minute history): forecast next"
                        + " week, staff it for 80/20 (Erlang C, Erlang A beside it), schedule it with a team meeting"
                        + " and coaching, and report.",
                "Writes history.csv, forecast.csv, requirements.csv, problem.json, roster.json, roster.csv and"
                        + " report.html into the output folder and prints a summary per day, then the week's"
                        + " service level as Erlang C expects it and as simulated weeks of the roster give it."
        })
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output-dir", defaultValue = "wfm-demo", paramLabel = "DIR",
            description = "Folder for the files (default: wfm-demo, created when missing).")
    Path outputDir;

    @CommandLine.Mixin
    TimeLimitOption search = new TimeLimitOption(Duration.ofSeconds(60));

    @Override
    public Integer call() throws IOException {
        Duration timeLimit = search.timeLimit();
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        WeeklyRoster.Result result = WeeklyRoster.run(outputDir, timeLimit, out);
        out.println();
        out.print(DailySummary.table(result.days(), "Erlang A"));
        RosterSummary summary = result.roster().summary();
        out.printf(Locale.ROOT, "agent-hours: required is net (Erlang C, 80/20); planned adds %.0f%% sick leave;"
                        + " scheduled counts agents on shift, not on break and not in an activity%n",
                100 * result.problem().unplannedShrinkage());
        out.printf(Locale.ROOT, "shortfall %.1f agent-intervals, lower bound %.1f, gap %.3f%% of the planned demand;"
                        + " no hard rule broken (checked independently)%n",
                summary.shortfall(), summary.bound(), 100 * summary.gap());
        if (summary.activities() != null) {
            out.printf(Locale.ROOT, "activities (off the phones, paid): %s%n", String.join("; ",
                    summary.activities().stream().map(RosterSummary.ActivityTotals::toString).toList()));
        }
        WeeklyRoster.Outlook outlook = result.outlook();
        Estimate simulated = outlook.simulated().serviceLevel();
        out.printf(Locale.ROOT, "service level of the week with %.0f%% of the scheduled agents absent: Erlang C expects"
                        + " %.1f%%, %d simulated weeks of the roster give %.1f%% (%.1f-%.1f%%) with shifts missed at"
                        + " random and agents finishing calls before breaks (breaks %.0f agent-minutes late a week)%n",
                100 * result.problem().unplannedShrinkage(), 100 * outlook.erlangC(), WeeklyRoster.REPLICATIONS,
                100 * simulated.mean(), 100 * simulated.low(), 100 * simulated.high(),
                outlook.simulated().lateBreakMinutes());
        out.println();
        out.print(QueueSummary.table(result.queues()));
        out.printf(Locale.ROOT, "wrote %s into %s in %.0f s; open report.html in a browser%n",
                String.join(", ", WeeklyRoster.FILES), outputDir, (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }
}

package org.wfm.examples.cli;

import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.Rescheduling;
import org.wfm.scheduler.ShiftChange;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.Scheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

/** {@code wfm reschedule}: repair a roster after a sick call, changing as few other shifts as it can. */
@Command(name = "reschedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Re-plan after an agent falls sick: removes the agent's work from --from on (a shift under way"
                + " goes as a whole), keeps every shift that started before --from, and repairs the rest with a"
                + " penalty per changed shift. Prints the changes.")
public final class RescheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Schedule problem JSON.")
    Path problem;

    @Option(names = "--roster", required = true, paramLabel = "FILE", description = "Roster JSON to repair.")
    Path roster;

    @Option(names = "--absent", required = true, paramLabel = "AGENT", description = "Id of the absent agent.")
    String absent;

    @Option(names = "--from", required = true, paramLabel = "DATETIME",
            description = "Local time the absence starts, e.g. 2026-01-07T10:00.")
    LocalDateTime from;

    @Option(names = "--time-limit", defaultValue = "20s", paramLabel = "DURATION",
            description = "Time for the repair (default: 20s).")
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default 0).")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Repaired roster JSON to write.")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write a tidy roster CSV.")
    Path csv;

    @Override
    public Integer call() throws IOException {
        ScheduleProblem p = ScheduleProblemJson.read(problem);
        Rescheduling r = Scheduler.reschedule(p, RosterJson.read(roster), absent, from,
                SolveOptions.of(timeLimit).withSeed(seed));
        ScheduleCommand.write(p, r.result().roster(), output, csv, null);
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.changes().size() + " change(s):");
        for (ShiftChange change : r.changes()) {
            out.println("  " + change);
        }
        out.println(ScheduleCommand.summary(p, r.result().roster(), r.result()));
        out.flush();
        return 0;
    }
}

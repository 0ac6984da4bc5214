package org.wfm.examples.cli;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.RosterJson;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.Rescheduling;
import org.wfm.scheduler.RosterMismatchException;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wfm reschedule}: repair a roster after a sick call, changing as few other shifts as it can. */
@Command(name = "reschedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Re-plan after an agent falls sick: removes the agent's work from --from to the end of --until (a"
                        + " shift under way stays as a whole), keeps every shift that started before --from, and repairs the rest with a"
                        + " penalty per changed shift.",
                "Prints the changes, one a line, then the summary line of wfm schedule."
        })
public final class RescheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProblemOption problem;

    @Option(names = "--roster", required = true, paramLabel = "FILE", description = "Roster JSON to repair.")
    Path roster;

    @Option(names = "--absent", required = true, paramLabel = "AGENT", description = "Id of the absent agent.")
    String absent;

    @Option(names = "--from", required = true, paramLabel = "DATETIME",
            description = "Local time the absence starts, e.g. 2026-01-07T10:00.")
    LocalDateTime from;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Last day of the absence, e.g. 2026-01-09 (default: the horizon's last day); the agent's later"
                    + " shifts stay unless the repair moves them.")
    LocalDate until;

    @CommandLine.Mixin
    RosterFiles files;

    @CommandLine.Mixin
    TimeLimitOption timeLimit = new TimeLimitOption(Duration.ofSeconds(20));

    @CommandLine.Mixin
    RepeatableSearch search;

    @Override
    public Integer call() throws IOException {
        ScheduleProblem p = problem.read();
        Rescheduling r;
        SolveOptions options;
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(problem.problem, roster)) {
            files.stage(batch);
            if (p.agent(absent).isEmpty()) {
                throw new IllegalArgumentException("--absent " + absent + ": no agent of that id in " + problem.problem);
            }
            if (!from.isBefore(p.horizonEnd())) {
                throw new IllegalArgumentException("--from " + from + " is not before the end of the horizon of "
                        + problem.problem + ", " + p.horizonEnd());
            }
            if (until != null && until.isBefore(from.toLocalDate())) {
                throw new IllegalArgumentException("--until " + until + " is before the day of --from " + from);
            }
            options = search.applyTo(SolveOptions.of(timeLimit.timeLimit()),
                    spec.commandLine().getParseResult().hasMatchedOption("--time-limit"));
            try {
                r = Scheduler.reschedule(p, RosterJson.read(roster), absent, from,
                        until == null ? p.start().plusDays(p.days() - 1L) : until, options);
            } catch (RosterMismatchException e) {
                throw new IllegalArgumentException(roster + " and " + problem.problem + ": " + e.getMessage(), e);
            }
            files.write(p, r.result().roster());
            batch.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.changes().size() + " change(s):");
        for (ShiftChange change : r.changes()) {
            out.println("  " + change);
        }
        List<Rescheduling.TakeOver> takeOvers = r.takeOvers(absent);
        if (!takeOvers.isEmpty()) {
            out.println("taken over:");
            takeOvers.forEach(t -> out.println("  " + t));
        }
        search.timeStopped(options, r.result()).ifPresent(spec.commandLine().getErr()::println);
        out.println(RosterSummaryLine.of(p, r.result().roster(), r.result()));
        out.flush();
        return 0;
    }
}

package org.wfm.examples.cli;

import org.wfm.core.workforce.ScheduleProblem;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * {@code --zone ZONE} of the commands that read CSV files beside an optional problem ({@code wfm kpi},
 * {@code wfm simulate}): the files and the roster must be read on one clock, the problem's when there is one.
 */
final class ZoneOption {

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of the CSV files' stamps, e.g. Europe/Amsterdam (default: the problem's with --problem, else UTC).")
    private ZoneId zone;

    /**
     * The zone to read the files in: the given one, else the problem's, else UTC.
     *
     * @param problem     the problem given, or {@code null}
     * @param problemFile the problem's file, to name it
     * @throws IllegalArgumentException when the given zone's rules differ from the problem's
     */
    ZoneId resolve(ScheduleProblem problem, Path problemFile) {
        if (problem == null) {
            return zone == null ? ZoneId.of("UTC") : zone;
        }
        if (zone != null && !zone.getRules().equals(problem.zone().getRules())) {
            throw new IllegalArgumentException("--zone " + zone + " differs from the zone " + problem.zone() + " of "
                    + problemFile + ": the calls and the roster must be read on one clock");
        }
        return problem.zone();
    }
}

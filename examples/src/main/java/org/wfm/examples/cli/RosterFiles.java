package org.wfm.examples.cli;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.RosterCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --output} and {@code --csv}: the files a roster goes to, Roster JSON and optionally the roster CSV. */
final class RosterFiles {

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Roster JSON to write.")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Also write a tidy roster CSV: one row per shift or break.")
    Path csv;

    private Path stagedOutput;
    private Path stagedCsv;

    /** Reserves the files in {@code batch} before any work, so a clash or an unwritable folder fails at once. */
    void stage(AtomicFile.Batch batch) throws IOException {
        stagedOutput = batch.stage(output);
        stagedCsv = csv == null ? null : batch.stage(csv);
    }

    /** Writes the roster JSON and, when asked, the CSV (elapsed minutes in the problem's zone) into the batch. */
    void write(ScheduleProblem problem, Roster roster) throws IOException {
        RosterJson.write(roster, stagedOutput);
        if (stagedCsv != null) {
            RosterCsv.write(roster, problem.zone(), stagedCsv);
        }
    }
}

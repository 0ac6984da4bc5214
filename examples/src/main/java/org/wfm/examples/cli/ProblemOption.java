package org.wfm.examples.cli;

import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.ScheduleProblem;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --problem FILE}: the Schedule problem JSON of {@code wfm schedule}, {@code reschedule} and {@code bound}. */
final class ProblemOption {

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Schedule problem JSON.")
    Path problem;

    /** The problem in the file, its requirements CSV resolved against the file's folder. */
    ScheduleProblem read() throws IOException {
        return ScheduleProblemJson.read(problem);
    }
}

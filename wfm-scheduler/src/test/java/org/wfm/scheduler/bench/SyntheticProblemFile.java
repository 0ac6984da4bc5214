package org.wfm.scheduler.bench;

import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.scheduler.SyntheticProblems;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a generated week as problem JSON, to try {@code wfm schedule} on it.
 * Arguments: {@code agents seed file}, e.g. {@code 60 1 /tmp/p60.json}.
 */
public final class SyntheticProblemFile {

    private SyntheticProblemFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SyntheticProblemFile AGENTS SEED FILE");
        }
        ScheduleProblemJson.write(SyntheticProblems.week(Integer.parseInt(args[0]), Long.parseLong(args[1])),
                Path.of(args[2]));
    }
}

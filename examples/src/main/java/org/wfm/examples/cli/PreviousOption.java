package org.wfm.examples.cli;

import org.wfm.core.io.RosterJson;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --previous FILE}: the roster JSON of the week before, whose shifts of the seven days before the horizon the
 * problem follows ({@link ScheduleProblem#previous}): coverage of the first hours, rest and days in a row.
 */
final class PreviousOption {

    /** Days before the horizon whose shifts are carried: a week holds every run and every rest that reaches it. */
    static final int DAYS_CARRIED = 7;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Roster JSON of the week before: its shifts running into the horizon cover it, and rest and"
                    + " days in a row count across the boundary.")
    Path previous;

    /**
     * The problem following the previous roster's shifts of the {@value #DAYS_CARRIED} days before its horizon; the
     * problem itself without {@code --previous}.
     *
     * @param source names the problem in errors
     * @throws IllegalArgumentException when the problem already follows a roster, or the previous roster has a shift
     *                                  in the horizon or of an agent not in the team
     */
    ScheduleProblem apply(ScheduleProblem problem, Path source) throws IOException {
        if (previous == null) {
            return problem;
        }
        if (!problem.previous().isEmpty()) {
            throw new IllegalArgumentException("--previous " + previous + ": " + source + " already holds "
                    + problem.previous().size() + " previous shifts; give them once");
        }
        List<Shift> shifts = RosterJson.read(previous).shifts();
        for (Shift shift : shifts) {
            if (!shift.start().isBefore(problem.start().atStartOfDay())) {
                throw new IllegalArgumentException("--previous " + previous + ": shift of " + shift.agent() + " at "
                        + shift.start() + " is in the horizon (from " + problem.start() + "); expected the roster of"
                        + " the days before it");
            }
            if (problem.agent(shift.agent()).isEmpty()) {
                throw new IllegalArgumentException("--previous " + previous + ": shift of " + shift.agent() + " at "
                        + shift.start() + ": no agent " + shift.agent() + " in " + source);
            }
        }
        List<Shift> carried = shifts.stream()
                .filter(s -> !s.start().toLocalDate().isBefore(problem.start().minusDays(DAYS_CARRIED))).toList();
        return problem.withPrevious(carried);
    }
}

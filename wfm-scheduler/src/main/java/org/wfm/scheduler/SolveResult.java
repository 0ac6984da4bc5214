package org.wfm.scheduler;

import org.wfm.core.workforce.Roster;

import java.time.Duration;

/**
 * A solved roster with the solver's figures.
 *
 * @param roster                the roster (shifts, coverage, summary, score)
 * @param score                 the roster's score by level
 * @param scoreCalculationSpeed score calculations per second over the whole solve (moves evaluated per second)
 * @param solveTime             wall-clock time spent solving
 */
public record SolveResult(Roster roster, RosterScore score, long scoreCalculationSpeed, Duration solveTime) {

    /** One line: score, shortfall, surplus, paid hours, speed. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "score %s, shortfall %.1f, surplus %.1f agent-intervals, %.1f paid hours, %d shifts, %d calc/s in %.1f s",
                score, roster.summary().shortfall(), roster.summary().surplus(), roster.summary().paidHours(),
                roster.shifts().size(), scoreCalculationSpeed, solveTime.toMillis() / 1000.0);
    }
}

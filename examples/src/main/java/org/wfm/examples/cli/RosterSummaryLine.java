package org.wfm.examples.cli;

import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SolveResult;

import java.util.Locale;

/** The one-line summary that {@code wfm schedule} and {@code wfm reschedule} print of a roster. */
final class RosterSummaryLine {

    private RosterSummaryLine() {
    }

    /**
     * Feasibility, shifts, shortfall against planned demand (and bound and gap when known), surplus, all in
     * agent-intervals, paid hours, and the search's score calculations per second; then the agent-sessions each
     * activity misses, when one does.
     */
    static String of(ScheduleProblem p, Roster roster, SolveResult result) {
        var s = roster.summary();
        String missing = s.activities() == null ? "" : String.join(", ", s.activities().stream()
                .filter(a -> a.missing() > 0).map(a -> a.id() + " " + a.missing()).toList());
        return String.format(Locale.ROOT, "%s: %s, %d shifts, shortfall %.1f of %.1f planned agent-intervals%s,"
                        + " surplus %.1f, %.1f paid hours, %d score calculations/s%s",
                p.name(), roster.feasible() ? "feasible" : "INFEASIBLE " + roster.score(), roster.shifts().size(),
                s.shortfall(), p.plannedDemand(),
                s.bound() == null ? "" : String.format(Locale.ROOT, " (bound %.1f, gap %.2f %%)", s.bound(), 100 * s.gap()),
                s.surplus(), s.paidHours(), result.scoreCalculationSpeed(),
                missing.isEmpty() ? "" : "; activity sessions missing: " + missing);
    }
}

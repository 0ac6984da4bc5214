package org.wfm.core.workforce;

import java.util.List;
import java.util.Objects;

/**
 * The output of scheduling: every agent's shifts with breaks, the coverage per interval of the horizon, and
 * the totals. Agents without a shift on a day have no entry for it.
 *
 * @param name     the problem's name
 * @param score    the solver's score, e.g. {@code 0hard/-1250medium/-8400soft}
 * @param feasible whether no hard rule is broken
 * @param shifts   shifts ordered by agent and start
 * @param coverage one row per interval of the horizon
 * @param summary  totals
 */
public record Roster(String name, String score, boolean feasible, List<Shift> shifts, List<Coverage> coverage,
                     RosterSummary summary) {

    public Roster {
        Objects.requireNonNull(name, "roster name");
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
        Objects.requireNonNull(summary, "roster summary");
    }

    /** The same roster with another summary (after computing the bound, say). */
    public Roster withSummary(RosterSummary newSummary) {
        return new Roster(name, score, feasible, shifts, coverage, newSummary);
    }

    /** The shifts of one agent, in order. */
    public List<Shift> shiftsOf(String agent) {
        return shifts.stream().filter(s -> s.agent().equals(agent)).toList();
    }
}

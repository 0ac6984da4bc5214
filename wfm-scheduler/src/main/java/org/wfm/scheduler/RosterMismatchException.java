package org.wfm.scheduler;

import org.wfm.core.workforce.RosterCheck;

import java.util.List;

/**
 * A roster given for repair that does not belong to its problem: {@link RosterCheck} finds shifts of unknown
 * agents, outside the horizon, of the wrong length, twice on a day, on time off, or rules already broken. An
 * {@link IllegalArgumentException}, so the command line reports it as bad input; the message names the first
 * agent, day and rule.
 */
public class RosterMismatchException extends IllegalArgumentException {

    private final transient List<RosterCheck.Violation> violations;

    public RosterMismatchException(List<RosterCheck.Violation> violations) {
        super("the roster does not fit the problem: " + violations.get(0)
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        this.violations = List.copyOf(violations);
    }

    /** Every rule the roster breaks against the problem. */
    public List<RosterCheck.Violation> violations() {
        return violations;
    }
}

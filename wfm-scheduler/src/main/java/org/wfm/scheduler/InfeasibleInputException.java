package org.wfm.scheduler;

/**
 * A problem no roster can satisfy, found before solving: the message names the agent or shift type and the
 * rule. An {@link IllegalArgumentException}, so the command line reports it as bad input.
 */
public class InfeasibleInputException extends IllegalArgumentException {

    public InfeasibleInputException(String message) {
        super(message);
    }
}

package org.wfm.scheduler;

import java.util.List;

/**
 * The outcome of a reschedule after a sick call.
 *
 * @param result  the repaired roster and the solver's figures
 * @param changes every agent-day whose shift or breaks changed, the absent agent's included
 */
public record Rescheduling(SolveResult result, List<ShiftChange> changes) {

    public Rescheduling {
        changes = List.copyOf(changes);
    }
}

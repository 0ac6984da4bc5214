package org.wfm.scheduler;

/**
 * The solver's score of a roster, in three levels compared in order: {@code hard} (broken rules, 0 when the
 * roster is feasible), {@code medium} (understaffing: the planned shortfall per interval in hundredths of an
 * agent, squared and summed, negated) and {@code soft} (overstaffing, paid hours, fairness; and in a repair the
 * changed shifts). Higher is better on every level; each is 0 or negative.
 *
 * @param hard   minus the weight of broken hard rules
 * @param medium minus the understaffing penalty
 * @param soft   minus the soft penalties
 */
public record RosterScore(long hard, long medium, long soft) {

    /** Whether no hard rule is broken. */
    public boolean feasible() {
        return hard >= 0;
    }

    /** As OptaPlanner prints it and the roster JSON stores it: {@code 0hard/-1250medium/-8400soft}. */
    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}

package org.wfm.scheduler.bound;

import java.util.Locale;

/**
 * Lower bounds on what any roster of a problem leaves uncovered and overcovered, in agent-intervals against
 * the planned requirement {@code required / (1 - unplannedShrinkage)} (the units of
 * {@link org.wfm.core.workforce.RosterSummary}).
 *
 * <p>{@code shortfall}: no roster that keeps the problem's hard rules has a smaller total shortfall (with several
 * queues summed over queues and intervals, unweighted, as {@link org.wfm.core.workforce.RosterSummary#shortfall()}
 * counts it).
 *
 * <p>{@code surplus}: the least surplus among the solutions of the relaxation whose shortfall equals
 * {@code shortfall} (a lexicographic optimum: shortfall first, then surplus). So no roster whose shortfall
 * equals the shortfall bound has a smaller surplus; in particular, when {@code shortfall} is 0 no roster
 * without understaffing has less overstaffing. When {@code shortfall} is positive it only says how much
 * overstaffing the best relaxed plan cannot avoid (contract minimum hours force shifts where nobody is needed),
 * and a roster with more shortfall may have less surplus. With skills the surplus relaxation pools the agents
 * over the queues and holds its shortfall at most at the split shortfall bound (see {@link LowerBound}): it still
 * holds for every roster whose shortfall equals the bound, but does not see skills.
 *
 * @param shortfall lower bound on total shortfall, agent-intervals, 0 or more
 * @param surplus   least surplus of a shortfall-minimal relaxed plan, agent-intervals, 0 or more
 */
public record Bound(double shortfall, double surplus) {

    public Bound {
        if (!(shortfall >= 0) || Double.isInfinite(shortfall)) {
            throw new IllegalArgumentException("shortfall bound must be finite and 0 or more, was " + shortfall);
        }
        if (!(surplus >= 0) || Double.isInfinite(surplus)) {
            throw new IllegalArgumentException("surplus bound must be finite and 0 or more, was " + surplus);
        }
    }

    /** {@code (rosterShortfall - shortfall) / plannedDemand}: how far a roster is from the bound (0 when no demand). */
    public double gap(double rosterShortfall, double plannedDemand) {
        return plannedDemand > 0 ? (rosterShortfall - shortfall) / plannedDemand : 0;
    }

    /** {@code Bound[shortfall >= 12.5, surplus >= 3.0 agent-intervals]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bound[shortfall >= %s, surplus >= %s agent-intervals]",
                plain(shortfall), plain(surplus));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

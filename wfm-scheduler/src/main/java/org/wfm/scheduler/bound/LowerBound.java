package org.wfm.scheduler.bound;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.wfm.core.workforce.ScheduleProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lower bound on a roster's understaffing (and overstaffing): the LP relaxation of the set-covering model
 * over every start of every shift type on every day and every break placement (Dantzig 1954, with the
 * implicit breaks of Bechtold &amp; Jacobs), solved with ojAlgo's sparse simplex.
 *
 * <p>The LP, in agent-intervals of the planning interval:
 * <ul>
 *   <li>{@code x[s] >= 0} shifts at start {@code s} (a day, a type, a first interval), as columns
 *       {@code x[s][p] >= 0}, one per position {@code p} of the type's first break ({@code x[s]} is their sum);
 *       per further break rule {@code r}, {@code y[s][r][p] >= 0} of them take break {@code r} at position
 *       {@code p}, and {@code sum_p y[s][r][p] = x[s]}.</li>
 *   <li>Coverage of interval {@code t}: the shifts covering {@code t} less the breaks placed in {@code t};
 *       {@code coverage_t + u_t - v_t = planned_t} with shortfall {@code u_t >= 0} and surplus
 *       {@code v_t >= 0}. Coverage beyond the horizon's end is not counted. Where {@code planned_t = n + f}
 *       is fractional, the rounding cut {@code (1-f) u_t + f v_t >= f (1-f)} (a roster covers whole agents, so
 *       it is short by {@code f} or over by {@code 1-f} there), written as a step variable {@code 0 <= g_t <= 1}
 *       of the coverage row: {@code coverage_t + s_t + g_t - w_t = n + 1}, {@code u_t = s_t + f g_t},
 *       {@code v_t = w_t + (1-f)(1 - g_t)}.</li>
 *   <li>Agents pooled in groups of the same allowed shift types: {@code z[g][d][k]} shifts of type
 *       {@code k} that group {@code g} works on day {@code d}; per type and day the starts add up to the
 *       groups' shifts; per group and set of days {@code D}, at most the sum over its agents of
 *       {@code min(day limit, days of D they can work)}, with an agent's day limit
 *       {@code min(maxDays, days it can work, maxHours / least paid shift)} (every set for a horizon of up to
 *       7 days, every run of consecutive days for a longer one; a vacation day cannot be traded for another
 *       agent's day); the group's paid hours at most the sum of {@code maxHours}.</li>
 *   <li>Activities: per activity and start {@code a} of its windows, {@code z[a] >= 0} sessions starting there,
 *       as many in all as the activity holds (1 for a together activity, attendees times perAgent for the others),
 *       each taking its agents off the phones in the intervals it lasts (a together session: every attendee it may
 *       not go without; the others: one). The intervals a session may lie in get a coverage row even when nobody
 *       is planned there (planned 0), so a session cannot take off the phones agents no shift has put there
 *       without paying for it in shortfall.</li>
 * </ul>
 * The pooled shortfall bound minimises {@code sum u_t}. The surplus bound then minimises {@code sum v_t} with
 * {@code sum u_t} held at most at the shortfall bound (the pooled one, or with skills the larger split one below)
 * and the groups' paid hours at least the sum of {@code minHours} (each agent's capped at what its day limit can
 * reach; dropped if the relaxation cannot meet them at that shortfall). That second LP is skipped when the
 * pooled shortfall optimum found already has no surplus and meets the minimum hours.
 * Intervals that no shift covers and that need nobody get no row.
 *
 * <p>Size: the LP grows with shift starts, break positions, days and agent groups, not with the number of
 * agents: a synthetic week (two shift types, 65 starts a day, one to three breaks) has about 6,200 variables and
 * 770 rows for 60 or 400 agents alike, the 24/7 week ({@code SyntheticProblems.aroundTheClockWeek}, four types,
 * 87 starts a day) about 10,300 and 1,370. The dual simplex's time grows much faster with rows than with
 * columns, hence no link row for the first break and no row for the rounding cut.
 *
 * <p>Every relaxation only enlarges the set of plans, so any roster keeping the hard rules is a solution of
 * the LP with the same shortfall: the LP optimum cannot exceed it. Ignored or relaxed rules: integrality
 * (fractional shifts, save the rounding cut of each interval); the identity of agents within a group (their day
 * counts are shared out exactly, their paid hours only in total); minimum rest between shifts and maximum
 * consecutive days; who attends an activity (its sessions take the agents off the phones wherever shifts are, in
 * fractions, at no particular agent's shift or break) and that a together session is one; unavailable windows,
 * except that an agent whose
 * windows block every start of a day counts as unavailable that day; the order of breaks and their
 * non-overlap (overlapping breaks only lower coverage, which the minimum avoids); minimum hours for the
 * shortfall bound; skills, in part (below).
 *
 * <p>Queues and skills: the LP above covers the requirement of all queues with all agents, as if every agent
 * answered every queue. With several queues the shortfall bounded is the roster's total over queues and
 * intervals, unweighted: {@link org.wfm.core.workforce.RosterSummary#shortfall()}, the sum over queues of
 * {@code max(0, planned - allocated)} of the roster's allocation. That allocation minimises the weighted
 * shortfall, and every such allocation leaves the least unweighted total there is (the allocations form a
 * polymatroid), so no allocation of the roster's agents does better; the weighted shortfall and the solver's
 * score are not bounded. When the agents differ in skills among the queues with demand, the bound is the best
 * sum of pooled LPs over a partition of the queues, each part's queues against the agents skilled for one of
 * them ({@link QueueSplit}, which has the proof): never below the pooled bound, equal to the sum of the queues'
 * own bounds when every agent answers one queue, but blind to an agent's time being shared between parts.
 * One LP over all skill sets (columns per skill set, the agents of each set shared out over its queues per
 * interval) would be tighter, but has about seven times the columns and nine times the rows of the pooled LP on
 * a three-queue week, and ojAlgo takes minutes for it where the pooled LP takes a second. The surplus LP stays
 * pooled: a roster's surplus (its agents beyond what the queues take) is at least its pooled surplus, and its
 * pooled shortfall at most its total shortfall, so the pooled surplus LP with the shortfall held at most at the
 * split bound still bounds the surplus of every roster whose shortfall equals that bound.
 *
 * <p>The solver's optimum (exact up to its feasibility tolerance, about {@code 1e-8} per row; with skills the
 * sum of a few parts' optima) is lowered by {@code 1e-7} and reported rounded to {@code 1e-6} agent-intervals,
 * never negative: far below anything a roster can change, and whole optima print as whole numbers.
 */
public final class LowerBound {

    private static final double ROUND_OFF = 1e-7;
    private static final double REPORTED = 1e6;
    /** Fractional parts of the planned requirement below this are taken as whole numbers (no rounding cut). */
    private static final double FRACTION = 1e-9;
    /** Relative slack on the shortfall optimum when the surplus LP holds it, so round-off keeps that LP feasible. */
    private static final double SHORTFALL_SLACK = 1e-6;

    private LowerBound() {
    }

    /**
     * Lower bounds on the shortfall and surplus of any roster of {@code problem}, agent-intervals.
     *
     * @throws IllegalStateException when the LP solver fails to reach an optimum (it should not: the LP is
     *                               always feasible and bounded)
     */
    public static Bound of(ScheduleProblem problem) {
        CoveringProblem covering = CoveringProblem.of(problem);
        Lp first = new Lp(covering, Double.NaN, false);
        double shortfall = QueueSplit.of(problem).best(first.minimiseShortfall(), LowerBound::pooledShortfall);
        // the second LP only matters when the pooled optimum found leaves surplus or misses minimum hours; that
        // optimum's shortfall is at most the split's, so it holds under the surplus LP's cap too
        double surplus = first.optimumNeedsNoSurplus() ? 0 : leastSurplus(problem, covering, shortfall);
        return new Bound(reported(shortfall), reported(surplus));
    }

    /**
     * The shortfall bound alone, agent-intervals: {@code of(problem).shortfall()} without the surplus LP (for a
     * roster's gap, which needs no surplus bound).
     */
    public static double shortfall(ScheduleProblem problem) {
        return reported(QueueSplit.of(problem).best(pooledShortfall(problem), LowerBound::pooledShortfall));
    }

    /** The optimum of the shortfall LP with all of the problem's agents pooled over all of its queues. */
    private static double pooledShortfall(ScheduleProblem problem) {
        return new Lp(CoveringProblem.of(problem), Double.NaN, false).minimiseShortfall();
    }

    /** The size of the pooled shortfall LP of {@code problem}: {@code {variables, rows}}, for benchmarks. */
    static int[] pooledLpSize(ScheduleProblem problem) {
        Lp lp = new Lp(CoveringProblem.of(problem), Double.NaN, false);
        return new int[]{lp.model.countVariables(), lp.model.countExpressions()};
    }

    private static double leastSurplus(ScheduleProblem problem, CoveringProblem covering, double shortfall) {
        double cap = shortfall + SHORTFALL_SLACK * Math.max(1, shortfall);
        double surplus = new Lp(covering, cap, true).minimiseSurplus();
        if (Double.isNaN(surplus)) {
            surplus = new Lp(covering, cap, false).minimiseSurplus();
        }
        if (Double.isNaN(surplus)) {
            throw new IllegalStateException("the surplus LP of " + problem.name() + " found no optimum");
        }
        return surplus;
    }

    private static double reported(double value) {
        double safe = value - ROUND_OFF;
        return Math.max(0, Math.round(safe * REPORTED) / REPORTED);
    }

    /** One LP over a covering problem: shortfall capped at {@code shortfallCap} (NaN: free), min hours or not. */
    private static final class Lp {
        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        /** Each interval's shortfall as a sum of weighted variables. */
        private final Map<Variable, Double> shortfall = new LinkedHashMap<>();
        /** Each interval's surplus as a sum of weighted variables, plus {@link #surplusConstant}. */
        private final Map<Variable, Double> surplus = new LinkedHashMap<>();
        private double surplusConstant;
        private final List<Expression> groupHours = new ArrayList<>();
        private final CoveringProblem covering;
        private final Expression[] rows;
        private Optimisation.Result optimum;

        Lp(CoveringProblem covering, double shortfallCap, boolean minHours) {
            this.covering = covering;
            this.rows = new Expression[covering.intervals];
            for (int t = 0; t < rows.length; t++) {
                if (covering.planned[t] > 0) {
                    row(t);
                }
            }
            int types = covering.lengths.length;
            int days = covering.days;
            Expression[][] starts = new Expression[days][types];
            for (int d = 0; d < days; d++) {
                for (int k = 0; k < types; k++) {
                    starts[d][k] = model.addExpression().level(0);
                }
            }
            for (CoveringProblem.Start start : covering.starts) {
                place(start, starts[start.day()][start.type()]);
            }
            for (CoveringProblem.AgentGroup group : covering.groups) {
                Expression hours = model.addExpression();
                groupHours.add(hours);
                if (Double.isFinite(group.maxHours())) {
                    hours.upper(group.maxHours());
                }
                if (minHours) {
                    hours.lower(group.minHours());
                }
                Variable[][] shifts = new Variable[days][group.types().length];
                for (int d = 0; d < days; d++) {
                    for (int i = 0; i < group.types().length; i++) {
                        int k = group.types()[i];
                        shifts[d][i] = model.addVariable().lower(0);
                        hours.set(shifts[d][i], covering.paidHours[k]);
                        starts[d][k].set(shifts[d][i], -1);
                    }
                }
                for (CoveringProblem.DayLimit limit : group.dayLimits()) {
                    Expression row = model.addExpression().upper(limit.shifts());
                    for (int d : limit.days()) {
                        for (Variable z : shifts[d]) {
                            row.set(z, 1);
                        }
                    }
                }
            }
            for (CoveringProblem.Sessions sessions : covering.activities) {
                Expression held = model.addExpression().level(sessions.count());
                for (int at : sessions.starts()) {
                    Variable z = model.addVariable().lower(0);
                    held.set(z, 1);
                    for (int t = at; t < Math.min(at + sessions.length(), rows.length); t++) {
                        row(t).set(z, -sessions.attendees());
                    }
                }
            }
            if (!Double.isNaN(shortfallCap)) {
                Expression cap = model.addExpression().upper(shortfallCap);
                shortfall.forEach(cap::set);
            }
        }

        /**
         * The coverage row of interval {@code t}, made on first use: intervals no shift covers need none. With a
         * whole planned requirement {@code p}, {@code coverage + u - v = p} with shortfall {@code u >= 0} and
         * surplus {@code v >= 0}. With {@code p = n + f} fractional, a roster's coverage is a whole number, so
         * it is short by at least {@code f} or over by at least {@code 1 - f}: the convex hull of the two cases
         * (the rounding cut {@code (1-f) u + f v >= f (1-f)}) makes the least shortfall at coverage {@code c}
         * {@code p - c} up to {@code n}, {@code f (n + 1 - c)} between {@code n} and {@code n + 1}, then 0, and
         * the least surplus {@code 0}, {@code (1-f)(c - n)}, then {@code c - p}. That is the row
         * {@code coverage + s + g - w = n + 1} with {@code 0 <= g <= 1} (the last agent's step), shortfall
         * {@code s + f g} and surplus {@code w + (1-f)(1 - g)}: the same plans as the cut, one row fewer.
         */
        private Expression row(int t) {
            if (rows[t] == null) {
                double p = covering.planned[t];
                double f = p - Math.floor(p);
                Variable s = model.addVariable().lower(0);
                Variable w = model.addVariable().lower(0);
                shortfall.put(s, 1.0);
                surplus.put(w, 1.0);
                if (f > FRACTION) {
                    Variable g = model.addVariable().lower(0).upper(1);
                    rows[t] = model.addExpression().level(Math.floor(p) + 1).set(g, 1);
                    shortfall.put(g, f);
                    surplus.put(g, -(1 - f));
                    surplusConstant += 1 - f;
                } else {
                    rows[t] = model.addExpression().level(p);
                }
                rows[t].set(s, 1);
                rows[t].set(w, -1);
            }
            return rows[t];
        }

        /**
         * The columns of one shift start, added to the day's count of its type: one per position of its first
         * break (a shift with that break placed: {@code x[s]} is their sum, so that break needs no link row),
         * or a single one for a type without breaks; then a variable per rule and position for each further
         * break, linked to the shift columns.
         */
        private void place(CoveringProblem.Start start, Expression dayCount) {
            int first = start.first();
            int end = Math.min(first + covering.lengths[start.type()], rows.length);
            int[][] rules = covering.breaks[start.type()];
            int[] firstBreak = rules.length > 0 ? rules[0] : new int[]{0, 0, 0};
            List<Variable> shifts = new ArrayList<>();
            for (int p = firstBreak[0]; p <= firstBreak[1]; p++) {
                Variable x = model.addVariable().lower(0);
                shifts.add(x);
                dayCount.set(x, 1);
                for (int t = Math.max(first, 0); t < end; t++) {
                    if (t < first + p || t >= first + p + firstBreak[2]) {
                        row(t).set(x, 1);
                    }
                }
            }
            for (int r = 1; r < rules.length; r++) {
                int[] rule = rules[r];
                Expression link = model.addExpression().level(0);
                shifts.forEach(x -> link.set(x, -1));
                for (int p = rule[0]; p <= rule[1]; p++) {
                    Variable y = model.addVariable().lower(0);
                    link.set(y, 1);
                    int from = Math.max(first + p, 0);
                    int to = Math.min(first + p + rule[2], rows.length);
                    for (int t = from; t < to; t++) {
                        row(t).set(y, -1);
                    }
                }
            }
        }

        double minimiseShortfall() {
            shortfall.forEach(Variable::weight);
            optimum = model.minimise();
            if (!optimum.getState().isOptimal()) {
                throw new IllegalStateException("the shortfall LP found no optimum: " + optimum.getState());
            }
            return optimum.getValue();
        }

        /** Whether the optimum found has no surplus and meets every group's minimum hours: then the least surplus is 0. */
        boolean optimumNeedsNoSurplus() {
            double least = surplusConstant;
            for (Map.Entry<Variable, Double> term : surplus.entrySet()) {
                least += term.getValue() * optimum.doubleValue(model.indexOf(term.getKey()));
            }
            for (int g = 0; g < groupHours.size(); g++) {
                if (groupHours.get(g).evaluate(optimum).doubleValue() < covering.groups.get(g).minHours() - ROUND_OFF) {
                    return false;
                }
            }
            return least <= ROUND_OFF;
        }

        /** The least surplus, or NaN when the LP is infeasible (min hours out of reach at the capped shortfall). */
        double minimiseSurplus() {
            surplus.forEach(Variable::weight);
            Optimisation.Result result = model.minimise();
            return result.getState().isOptimal() ? result.getValue() + surplusConstant : Double.NaN;
        }
    }
}

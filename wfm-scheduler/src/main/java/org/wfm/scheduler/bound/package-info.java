/**
 * How good a roster is: lower bounds on the understaffing (and overstaffing) of any roster of a problem, from
 * the LP relaxation of the set-covering model, and the gap of a roster to them.
 *
 * <pre>{@code
 * ScheduleProblem problem = ScheduleProblemJson.read(Path.of("problem.json"));
 * Bound bound = LowerBound.of(problem);          // Bound[shortfall >= 785, surplus >= 0 agent-intervals]
 * Roster roster = Scheduler.solve(problem, Duration.ofSeconds(60)).roster();
 * double gap = bound.gap(roster.summary().shortfall(), problem.plannedDemand());
 * }</pre>
 * See {@link org.wfm.scheduler.bound.LowerBound} for the model and the rules the bound relaxes.
 */
package org.wfm.scheduler.bound;

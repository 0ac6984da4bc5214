/**
 * Rosters from per-interval requirements with OptaPlanner 10: {@link org.wfm.scheduler.Scheduler#solve} turns a
 * {@link org.wfm.core.workforce.ScheduleProblem} into a {@link org.wfm.core.workforce.Roster} (a shift or a day off
 * for every agent and day, and the start of every break), {@link org.wfm.scheduler.Scheduler#reschedule} repairs
 * one after a sick call.
 *
 * <p>The public API is this package ({@code Scheduler}, {@code SolveOptions}, {@code SolveResult},
 * {@code RosterScore}, {@code Rescheduling}, {@code SyntheticProblems}) and {@code org.wfm.scheduler.bound}.
 * Everything under {@code org.wfm.scheduler.internal} is implementation and may change in any release.
 *
 * <p>The model ({@code internal.domain}): one {@code ShiftAssignment} per agent and working day whose planning variables
 * are the shift start (a precomputed {@code ShiftStart}: type, zoned start, interval indexes; {@code null} for a
 * day off) and the window position of each break; one {@code IntervalCoverage} per interval of the horizon
 * whose shadow variable counts the agents on the phones (scheduled) against the planned requirement. The score
 * ({@code internal.solver.WfmConstraintProvider}, constraint names from {@link org.wfm.core.workforce.Rule}) is hard / medium /
 * soft: broken rules / squared understaffing in hundredths of an agent / overstaffing, paid minutes and fairness.
 * Search: a greedy construction, then late acceptance over shift changes, nudges, swaps of a day between agents
 * and break moves.
 */
package org.wfm.scheduler;

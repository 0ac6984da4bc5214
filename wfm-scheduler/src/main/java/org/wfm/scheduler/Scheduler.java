package org.wfm.scheduler;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.SolverConfig;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.Rule;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.Unavailability;
import org.wfm.scheduler.internal.domain.AgentDay;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;
import org.wfm.core.workforce.Timeline;
import org.wfm.scheduler.internal.solver.SolverRun;
import org.wfm.scheduler.internal.solver.SolverSetup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rosters from a {@link ScheduleProblem} with OptaPlanner: {@link #solve} for a new roster, {@link #reschedule}
 * to repair one after a sick call.
 *
 * <pre>{@code
 * SolveResult r = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(30)));
 * RosterJson.write(r.roster(), Path.of("roster.json"));
 * }</pre>
 * Progress (best score improvements, at most about once a second) is logged at INFO to {@code org.wfm.scheduler}.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /**
     * Solves the problem within the options' time.
     *
     * @throws InfeasibleInputException when an agent's contract cannot be met on its free days, and the like
     */
    public static SolveResult solve(ScheduleProblem problem, SolveOptions options) {
        return solve(problem, options, progress -> { });
    }

    /**
     * {@link #solve(ScheduleProblem, SolveOptions)}, telling {@code progress} about the best roster so far about once
     * a second (on the solver's thread: keep it quick).
     */
    public static SolveResult solve(ScheduleProblem problem, SolveOptions options, Consumer<Progress> progress) {
        Schedule schedule = Schedule.of(problem);
        InputCheck.requireFeasible(problem, schedule);
        return run(schedule, SolverSetup.config(options.termination(), options.seed(), true,
                SolverSetup.SessionMoves.of(schedule.getSessions())), progress);
    }

    /** {@link #solve} with {@link SolveOptions#DEFAULT} settings and this time limit. */
    public static SolveResult solve(ScheduleProblem problem, Duration timeLimit) {
        return solve(problem, SolveOptions.of(timeLimit));
    }

    /**
     * Repairs a roster after {@code absentAgent} falls sick at {@code from}: the agent's shifts that start at or
     * after {@code from} go, its shift under way at {@code from} is cut there ({@link Shift#cutAt}: the hours worked
     * stay in the roster, its coverage and paid hours; its next shift keeps the contract's rest after the cut), every
     * other shift that started before {@code from} stays as it is, and the rest is re-planned with a penalty on
     * every changed shift of the other agents, so it changes as few as it can.
     *
     * <p>Sessions of activities that started before {@code from} stay as they are; the others keep their place unless
     * the repair moves them. The absent agent's sessions are re-placed after its return when the windows allow (a hard
     * rule, as in a new roster); a session may go without the absent agent when they do not, and without the
     * attendees the roster already lacked (a soft cost, as for minAttendance).
     *
     * <p>The roster is first checked against the problem with {@link RosterCheck}: a roster of another problem
     * (unknown agents, shifts outside the horizon or of the wrong length, two shifts on a day, work on time off,
     * a contract already broken, sessions off their activity's rules) is refused, never merged. Its coverage,
     * summary and attendance need not be up to date (a repaired roster lacks the absent agent's sessions).
     *
     * @param problem     the problem the roster was made for
     * @param roster      the roster to repair
     * @param absentAgent id of the agent who is absent
     * @param from        local time from which the agent is absent
     * @throws RosterMismatchException when the roster does not fit the problem
     */
    public static Rescheduling reschedule(ScheduleProblem problem, Roster roster, String absentAgent,
                                          LocalDateTime from, SolveOptions options) {
        return reschedule(problem, roster, absentAgent, from, problem.start().plusDays(problem.days() - 1L), options);
    }

    /**
     * As {@link #reschedule(ScheduleProblem, Roster, String, LocalDateTime, SolveOptions)}, with an absence that ends
     * with the day {@code until} (inclusive): from the next day on the agent may work again, and its shifts of those
     * days stay as they were unless the repair moves them.
     *
     * @param until the last day of the absence, not before {@code from}'s day (a day after the horizon is the
     *              horizon's last)
     * @throws IllegalArgumentException when {@code until} is before {@code from}'s day
     */
    public static Rescheduling reschedule(ScheduleProblem problem, Roster roster, String absentAgent,
                                          LocalDateTime from, LocalDate until, SolveOptions options) {
        if (until.isBefore(from.toLocalDate())) {
            throw new IllegalArgumentException("the absence ends on " + until + ", before it starts on " + from);
        }
        Agent absent = problem.agent(absentAgent).orElseThrow(() -> new IllegalArgumentException(
                "absent agent " + absentAgent + " is not in the problem"));
        List<RosterCheck.Violation> mismatches = RosterCheck.check(problem, roster).stream()
                .filter(v -> v.rule() != Rule.COVERAGE_REPORTED && v.rule() != Rule.SUMMARY_REPORTED
                        && v.rule() != Rule.ACTIVITY_ATTENDANCE).toList();
        if (!mismatches.isEmpty()) {
            throw new RosterMismatchException(mismatches);
        }
        LocalDateTime horizonEnd = problem.horizonEnd();
        if (!from.isBefore(horizonEnd)) {
            throw new IllegalArgumentException("the absence from " + from + " starts at or after the horizon's end "
                    + horizonEnd);
        }
        LocalDateTime back = until.plusDays(1).atStartOfDay();
        LocalDateTime absentUntil = back.isBefore(horizonEnd) ? back : horizonEnd.plusDays(1);
        LocalDateTime away = from.isAfter(problem.horizonStart()) ? from : problem.horizonStart();
        // shifts cut by earlier sick calls stay as they are; the absent agent's shift under way is cut now
        List<Shift> cut = new ArrayList<>(roster.shifts().stream().filter(Shift::cut).toList());
        roster.shifts().stream().filter(s -> s.agent().equals(absentAgent) && !s.cut()
                && s.start().isBefore(away) && s.end().isAfter(away)).map(s -> s.cutAt(away)).forEach(cut::add);
        List<Agent> agents = new ArrayList<>();
        for (Agent a : problem.agents()) {
            if (a.id().equals(absentAgent)) {
                Contract c = a.contract();
                Contract relieved = new Contract(0, c.maxHours(), c.maxDays(), c.minRestHours(), c.maxConsecutiveDays());
                a = new Agent(a.id(), a.shiftTypes(), relieved, a.timeOff(), a.unavailable(), a.skills());
                // away from the sick call, and after a cut shift at least the contract's rest
                LocalDateTime rested = away.plusSeconds(Math.round(c.minRestHours() * 3600));
                a = a.withUnavailable(new Unavailability(away, cut.isEmpty() || rested.isBefore(absentUntil)
                        ? absentUntil : rested));
            }
            agents.add(a);
        }
        ScheduleProblem sickProblem = problem.withAgents(agents);
        Schedule schedule = Schedule.of(sickProblem, cut);
        long fromEpoch = schedule.getTimeline().epochOf(from);
        Map<String, Shift> original = new HashMap<>();
        for (Shift s : roster.shifts()) {
            original.put(key(s.agent(), s.start().toLocalDate()), s);
        }
        Set<String> cutDays = new HashSet<>();
        cut.forEach(s -> cutDays.add(key(s.agent(), s.start().toLocalDate())));
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (ShiftAssignment a : schedule.getAssignments()) {
            String day = key(a.getAgent().id(), a.getAgentDay().date());
            assignments.add(cutDays.contains(day) ? dayOfCutShift(a)
                    : restore(a, original.get(day), schedule.getTimeline(), fromEpoch, absentAgent));
        }
        List<Session> sessions = restoreSessions(schedule, roster, fromEpoch, absentAgent);
        Schedule start = schedule.withPlan(assignments, sessions);
        SolveResult result = run(start, SolverSetup.config(options.termination(), options.seed(), false,
                SolverSetup.SessionMoves.of(sessions)));
        return new Rescheduling(result, changes(roster, result.roster()));
    }

    /**
     * The sessions as the roster holds them: a together session at the time its attendees hold it, an attendee's own
     * sessions in the order it holds them; pinned when they started before {@code from}; unplaced when the roster
     * lacks them. Each may go without the attendees it lacks in the roster, and without the absent agent when the
     * session is past (its hours are fixed) or the agent can no longer be on shift in the activity's windows; else
     * the absent agent's sessions must find a place after its return.
     */
    private static List<Session> restoreSessions(Schedule schedule, Roster roster, long fromEpoch, String absentAgent) {
        Timeline timeline = schedule.getTimeline();
        Map<String, List<Long>> held = new HashMap<>(); // activity/agent -> session starts, epoch seconds
        for (Shift shift : roster.shifts()) {
            for (ShiftActivity a : shift.activities()) {
                held.computeIfAbsent(a.id() + "/" + shift.agent(), k -> new ArrayList<>()).add(timeline.epochOf(a.start()));
            }
        }
        held.values().forEach(java.util.Collections::sort);
        Schedule.Index index = schedule.index();
        int firstAfter = timeline.indexAt(fromEpoch + timeline.step() - 1);
        List<Session> restored = new ArrayList<>();
        for (Session s : schedule.getSessions()) {
            Long at = null;
            for (AgentRules attendee : s.attendees()) {
                List<Long> starts = held.getOrDefault(s.activityId() + "/" + attendee.id(), List.of());
                at = at == null && s.ordinal() < starts.size() ? starts.get(s.ordinal()) : at;
            }
            boolean past = at != null && at < fromEpoch;
            int excused = 0;
            for (AgentRules attendee : s.attendees()) {
                boolean holds = s.ordinal() < held.getOrDefault(s.activityId() + "/" + attendee.id(), List.of()).size();
                boolean away = attendee.id().equals(absentAgent)
                        && (past || !InputCheck.canBeOnShiftDuring(index.assignmentsOf(attendee), s));
                excused += !holds || away ? 1 : 0;
            }
            // a session yet to come starts after the sick call; one with no start left there is lost (missing)
            Session r = s.restored(Math.max(s.allowedMissing(), excused), past ? 0 : firstAfter);
            if (r != null && at != null) {
                r.setStart(timeline.indexAt(at));
                r.setPinned(past);
            }
            if (r != null) {
                restored.add(r);
            }
        }
        return restored;
    }

    private static String key(String agent, LocalDate date) {
        return agent + "/" + date;
    }

    /** The day of a cut shift, which the roster holds as fixed work: no other shift that day. */
    private static ShiftAssignment dayOfCutShift(ShiftAssignment day) {
        ShiftAssignment off = new ShiftAssignment(day.getAgentDay());
        off.keepAsOriginal();
        off.setPinned(true);
        return off;
    }

    /** The agent-day as in the roster: pinned if its shift started before {@code from}, else free after it. */
    private static ShiftAssignment restore(ShiftAssignment day, Shift shift, Timeline timeline, long fromEpoch,
                                           String absentAgent) {
        ShiftStart originalStart = shift == null ? null : find(day, shift, absentAgent);
        List<ShiftStart> later = day.getStartRange().stream().filter(s -> s.startEpoch() >= fromEpoch).toList();
        AgentDay agentDay = day.getAgentDay();
        boolean pinned = originalStart != null && originalStart.startEpoch() < fromEpoch
                || originalStart == null && later.isEmpty();
        ShiftAssignment restored = new ShiftAssignment(pinned ? agentDay : new AgentDay(agentDay.agent(),
                agentDay.day(), agentDay.date(), later, agentDay.breakRanges(), agentDay.intervals()));
        if (originalStart != null) {
            restored.withStart(originalStart, breakPositions(originalStart, shift, timeline));
        }
        restored.keepAsOriginal();
        restored.setPinned(pinned);
        return restored;
    }

    /** The roster's shift among the day's possible starts; null when it is no longer possible (the absent agent's). */
    private static ShiftStart find(ShiftAssignment day, Shift shift, String absentAgent) {
        for (ShiftStart s : day.getStartRange()) {
            if (s.typeId().equals(shift.type()) && s.localStart().equals(shift.start())) {
                return s;
            }
        }
        if (!shift.agent().equals(absentAgent)) {
            throw new IllegalArgumentException("roster shift of " + shift.agent() + " (" + shift.type() + " at "
                    + shift.start() + ") is not a possible shift of the problem");
        }
        return null;
    }

    private static int[] breakPositions(ShiftStart start, Shift shift, Timeline timeline) {
        if (shift.breaks().size() != start.breakCount()) {
            throw new IllegalArgumentException("roster shift of " + shift.agent() + " at " + shift.start() + " has "
                    + shift.breaks().size() + " breaks, its type " + start.typeId() + " has " + start.breakCount());
        }
        int[] positions = new int[start.breakCount()];
        for (int k = 0; k < positions.length; k++) {
            long offset = (timeline.epochOf(shift.breaks().get(k).start()) - start.startEpoch()) / timeline.step();
            positions[k] = (int) offset - start.breakOffset(k, 0);
            if (positions[k] < 0 || positions[k] >= start.breakPositions(k)) {
                throw new IllegalArgumentException("roster shift of " + shift.agent() + " at " + shift.start()
                        + ": break " + (k + 1) + " at " + shift.breaks().get(k).start() + " is outside its window");
            }
        }
        return positions;
    }

    private static List<ShiftChange> changes(Roster before, Roster after) {
        Map<String, Shift[]> byDay = new LinkedHashMap<>();
        for (Shift s : before.shifts()) {
            byDay.computeIfAbsent(key(s.agent(), s.start().toLocalDate()), k -> new Shift[2])[0] = s;
        }
        for (Shift s : after.shifts()) {
            byDay.computeIfAbsent(key(s.agent(), s.start().toLocalDate()), k -> new Shift[2])[1] = s;
        }
        List<ShiftChange> changes = new ArrayList<>();
        byDay.forEach((key, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                Shift any = pair[0] != null ? pair[0] : pair[1];
                changes.add(new ShiftChange(any.agent(), any.start().toLocalDate(), pair[0], pair[1]));
            }
        });
        changes.sort(java.util.Comparator.comparing(ShiftChange::agent).thenComparing(ShiftChange::date));
        return changes;
    }

    private static SolveResult run(Schedule schedule, SolverConfig config) {
        return run(schedule, config, progress -> { });
    }

    private static SolveResult run(Schedule schedule, SolverConfig config, Consumer<Progress> progress) {
        double hours = schedule.getProblem().interval().toSeconds() / 3600.0;
        SolverRun run = SolverRun.solve(schedule, config, (best, elapsed) -> {
            RosterSummary summary = best.toRoster().summary();
            progress.accept(new Progress(elapsed, summary.shortfall() * hours, summary.surplus() * hours,
                    summary.paidHours()));
        });
        HardMediumSoftLongScore score = run.best().getScore();
        return new SolveResult(run.best().toRoster(),
                new RosterScore(score.hardScore(), score.mediumScore(), score.softScore()),
                run.scoreCalculationSpeed(), run.solveTime());
    }
}

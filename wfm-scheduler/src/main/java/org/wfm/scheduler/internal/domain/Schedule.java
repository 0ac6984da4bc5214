package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wfm.core.workforce.Timeline;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.SkillAllocation;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The planning solution: one {@link ShiftAssignment} per agent and working day (no entity on time-off days or
 * days without a possible start), one {@link Session} per session of the problem's activities, the agents and the
 * demand of every interval of the horizon.
 */
@PlanningSolution
public class Schedule {

    private ScheduleProblem problem;
    private Timeline timeline;
    @ProblemFactCollectionProperty
    private List<AgentRules> agents;
    @PlanningEntityCollectionProperty
    private List<IntervalCoverage> intervals;
    @PlanningEntityCollectionProperty
    private List<ShiftAssignment> assignments;
    @PlanningEntityCollectionProperty
    private List<Session> sessions;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Agents on the phones per interval and skill set that no planning variable holds (see {@link FixedWork}). */
    private int[][] fixedCounts;
    /** Shifts of the roster that are not planned: shifts cut short by a sick call. */
    private List<Shift> cutShifts;
    /** See {@link #index()}; a clone copies the reference, which then does not match its lists. */
    private Index index;

    /** For the solver's cloning. */
    public Schedule() {
    }

    /** A schedule from prepared parts (tests build small ones by hand), with no fixed work and no sessions. */
    public Schedule(ScheduleProblem problem, Timeline timeline, List<AgentRules> agents, List<IntervalCoverage> intervals,
                    List<ShiftAssignment> assignments) {
        this(problem, timeline, agents, intervals, assignments, List.of(), new FixedWork(problem, timeline,
                problem.hasQueues() ? SkillMix.of(problem) : null, List.of()));
    }

    /** A schedule from prepared parts and the fixed work its coverage and roster include. */
    public Schedule(ScheduleProblem problem, Timeline timeline, List<AgentRules> agents, List<IntervalCoverage> intervals,
                    List<ShiftAssignment> assignments, List<Session> sessions, FixedWork fixed) {
        this.problem = problem;
        this.timeline = timeline;
        this.agents = agents;
        this.intervals = intervals;
        this.assignments = assignments;
        this.sessions = sessions;
        this.fixedCounts = fixed.counts();
        this.cutShifts = fixed.cut();
        recount();
    }

    /** The same schedule with other assignments and sessions (a roster restored for repair), its fixed work kept. */
    public Schedule withPlan(List<ShiftAssignment> restored, List<Session> restoredSessions) {
        Schedule copy = new Schedule();
        copy.problem = problem;
        copy.timeline = timeline;
        copy.agents = agents;
        copy.intervals = intervals;
        copy.assignments = restored;
        copy.sessions = restoredSessions;
        copy.fixedCounts = fixedCounts;
        copy.cutShifts = cutShifts;
        copy.recount();
        return copy;
    }

    /** Every agent off every day, breaks mid-window: the starting point of construction. */
    public static Schedule of(ScheduleProblem problem) {
        return of(problem, List.of());
    }

    /**
     * As {@link #of(ScheduleProblem)}, with shifts cut short by a sick call: they stay in the roster as they are
     * (their agents' days are not planned), and their hours count in coverage, paid hours and days worked.
     */
    public static Schedule of(ScheduleProblem problem, List<Shift> cut) {
        Timeline timeline = Timeline.of(problem);
        SkillMix skills = problem.hasQueues() ? SkillMix.of(problem) : null;
        IntervalCoverage[] intervals = intervals(problem, timeline, skills);
        FixedWork fixed = new FixedWork(problem, timeline, skills, cut);
        List<AgentRules> agents = new ArrayList<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        Map<String, ShiftStart> shared = new HashMap<>();
        Map<Integer, List<Integer>> positionLists = new HashMap<>();
        for (int index = 0; index < problem.agents().size(); index++) {
            Agent agent = problem.agents().get(index);
            AgentRules rules = new AgentRules(agent, timeline, problem.days(),
                    skills == null ? 0 : skills.setOfAgent(index),
                    skills == null ? 1 : skills.mask(skills.setOfAgent(index)), fixed.carried(agent));
            agents.add(rules);
            for (int d = 0; d < problem.days(); d++) {
                if (rules.isOff(d)) {
                    continue;
                }
                List<ShiftStart> starts = starts(problem, timeline, rules, d, shared);
                if (starts.isEmpty()) {
                    continue;
                }
                List<List<Integer>> breakRanges = new ArrayList<>();
                for (int k = 0; k < ShiftAssignment.MAX_BREAKS; k++) {
                    int widest = 1;
                    for (ShiftStart s : starts) {
                        if (k < s.breakCount()) {
                            widest = Math.max(widest, s.breakPositions(k));
                        }
                    }
                    breakRanges.add(positionLists.computeIfAbsent(widest,
                            n -> IntStream.range(0, n).boxed().toList()));
                }
                AgentDay agentDay = new AgentDay(rules, d, problem.start().plusDays(d), List.copyOf(starts),
                        List.copyOf(breakRanges), intervals.length);
                assignments.add(new ShiftAssignment(agentDay));
            }
        }
        return new Schedule(problem, timeline, agents, List.of(intervals), assignments,
                sessions(problem, timeline, agents), fixed);
    }

    /**
     * The sessions of the problem's activities, unplaced: one per together activity, {@code perAgent} per attendee
     * of the others. Each may start in any interval that keeps it inside one of the activity's windows.
     */
    private static List<Session> sessions(ScheduleProblem problem, Timeline timeline, List<AgentRules> agents) {
        Map<String, Integer> position = new HashMap<>();
        for (int a = 0; a < agents.size(); a++) {
            position.put(agents.get(a).id(), a);
        }
        List<Session> sessions = new ArrayList<>();
        for (Activity activity : problem.activities()) {
            int length = (int) (activity.length().getSeconds() / timeline.step());
            List<Integer> range = java.util.Arrays.stream(timeline.sessionStarts(problem.windows(activity),
                    activity.length())).boxed().toList();
            List<String> ids = problem.attendees(activity);
            if (activity.together()) {
                int[] order = ids.stream().mapToInt(position::get).toArray();
                List<AgentRules> attendees = ids.stream().map(id -> agents.get(position.get(id))).toList();
                sessions.add(new Session(activity.id(), activity.id(), true, length, attendees, order,
                        activity.allowedMissing(ids.size()), 0, range));
                continue;
            }
            for (String id : ids) {
                int p = position.get(id);
                for (int k = 1; k <= activity.perAgent(); k++) {
                    sessions.add(new Session(activity.id() + "/" + id + "/" + k, activity.id(), false, length,
                            List.of(agents.get(p)), new int[] {p}, 0, k - 1, range));
                }
            }
        }
        return sessions;
    }

    /**
     * Who works when and attends what: each agent's assignments and sessions. It depends on which entities the
     * schedule holds, not on their planning values, so it stays valid while moves change them.
     */
    public static final class Index {
        private final Map<AgentRules, List<ShiftAssignment>> assignments = new java.util.IdentityHashMap<>();
        private final Map<AgentRules, List<Session>> sessions = new java.util.IdentityHashMap<>();
        private final List<ShiftAssignment> assignmentList;
        private final List<Session> sessionList;

        private Index(List<ShiftAssignment> assignments, List<Session> sessions) {
            this.assignmentList = assignments;
            this.sessionList = sessions;
            for (ShiftAssignment a : assignments) {
                this.assignments.computeIfAbsent(a.getAgent(), k -> new ArrayList<>()).add(a);
            }
            for (Session s : sessions) {
                for (AgentRules attendee : s.attendees()) {
                    this.sessions.computeIfAbsent(attendee, k -> new ArrayList<>()).add(s);
                }
            }
        }

        /** The agent's assignments, in day order. */
        public List<ShiftAssignment> assignmentsOf(AgentRules agent) {
            return assignments.getOrDefault(agent, List.of());
        }

        /** The sessions the agent is to attend. */
        public List<Session> sessionsOf(AgentRules agent) {
            return sessions.getOrDefault(agent, List.of());
        }

        /** Whether the agent attends the session in one of its shifts. */
        public boolean attends(AgentRules agent, Session session) {
            for (ShiftAssignment a : assignmentsOf(agent)) {
                if (a.attends(session)) {
                    return true;
                }
            }
            return false;
        }

        /** Attendees of the session who do not attend it. */
        public int missing(Session session) {
            int missing = 0;
            for (AgentRules attendee : session.attendees()) {
                missing += attends(attendee, session) ? 0 : 1;
            }
            return missing;
        }
    }

    /**
     * The index of this schedule's assignments and sessions, built once for its lists (a planning clone has lists of
     * its own, so it builds its own): move factories ask for it at every step.
     */
    public Index index() {
        Index known = index;
        if (known == null || known.assignmentList != assignments || known.sessionList != sessions) {
            known = new Index(assignments, sessions);
            index = known;
        }
        return known;
    }

    /** The planned requirement of every interval of the horizon (per queue); absent intervals need 0. */
    public static IntervalCoverage[] intervals(ScheduleProblem problem, Timeline timeline, SkillMix skills) {
        List<QueueDemand> queues = problem.queues();
        double[][] planned = new double[timeline.size()][queues.size()];
        for (int q = 0; q < queues.size(); q++) {
            IntervalSeries req = queues.get(q).requirements();
            for (int i = 0; i < req.size(); i++) {
                int index = timeline.indexAt(req.zonedStart(i).toEpochSecond());
                if (index >= 0 && index < planned.length) {
                    planned[index][q] = problem.planned(req.value(i));
                }
            }
        }
        IntervalCoverage[] intervals = new IntervalCoverage[planned.length];
        for (int i = 0; i < planned.length; i++) {
            intervals[i] = new IntervalCoverage(i, timeline.localAt(i), planned[i], skills);
        }
        return intervals;
    }

    private static List<ShiftStart> starts(ScheduleProblem problem, Timeline timeline, AgentRules agent, int day,
                                           Map<String, ShiftStart> shared) {
        LocalDate date = problem.start().plusDays(day);
        List<ShiftStart> starts = new ArrayList<>();
        for (ShiftType type : problem.shiftTypes()) {
            if (!agent.allows(type.id())) {
                continue;
            }
            for (LocalDateTime local : timeline.shiftStarts(type, date)) {
                ShiftStart start = shared.computeIfAbsent(type.id() + "@" + local,
                        key -> new ShiftStart(type, day, local, timeline));
                if (!timeline.readsBack(start.endEpoch())) {
                    continue; // ends in the repeated hour's second pass: the roster could not say when
                }
                if (agent.mayStartAt(start.startEpoch()) && !agent.unavailableDuring(start.startEpoch(), start.endEpoch())) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    /**
     * Sets every interval's scheduled agents (per skill set) from the assignments' working intervals, and every
     * session's missing attendees, from scratch.
     */
    public void recount() {
        Index index = index();
        int sets = agents.stream().mapToInt(AgentRules::skillSet).max().orElse(0) + 1;
        int[][] scheduled = new int[intervals.size()][sets];
        for (int i = 0; i < fixedCounts.length && i < scheduled.length; i++) {
            for (int set = 0; set < fixedCounts[i].length && set < sets; set++) {
                scheduled[i][set] += fixedCounts[i][set];
            }
        }
        for (ShiftAssignment a : assignments) {
            for (int i : a.workingIntervals(index.sessionsOf(a.getAgent()))) {
                scheduled[i][a.getAgent().skillSet()]++;
            }
        }
        for (Session s : sessions) {
            s.setMissing(index.missing(s));
        }
        for (IntervalCoverage d : intervals) {
            d.setCounts(java.util.Arrays.copyOf(scheduled[d.index()], d.sets()));
        }
    }

    /**
     * The roster of this schedule: shifts by agent and start, coverage of every interval and the totals, all
     * from the intervals' scheduled counts the score uses, so the roster and the score never disagree.
     */
    public Roster toRoster() {
        int step = timeline.step();
        List<Shift> shifts = new ArrayList<>();
        long paidMinutes = 0;
        Index index = index();
        for (ShiftAssignment a : assignments) {
            ShiftStart s = a.getStart();
            if (s == null) {
                continue;
            }
            List<ShiftBreak> breaks = new ArrayList<>();
            for (int k = 0; k < s.breakCount(); k++) {
                long from = s.startEpoch() + (long) a.breakOffset(k) * step;
                BreakRule rule = s.type().breaks().get(k);
                breaks.add(new ShiftBreak(rule.name(), timeline.localOf(from),
                        timeline.localOf(from + rule.length().getSeconds()), rule.paid()));
            }
            List<ShiftActivity> held = new ArrayList<>();
            for (Session session : index.sessionsOf(a.getAgent())) {
                if (a.attends(session)) {
                    held.add(new ShiftActivity(session.activityId(), timeline.localAt(session.getStart()),
                            timeline.localAt(session.end())));
                }
            }
            held.sort(Comparator.comparing(h -> timeline.epochOf(h.start())));
            shifts.add(new Shift(a.getAgent().id(), s.typeId(), s.localStart(), s.localEnd(), breaks, held, false));
            paidMinutes += s.paidMinutes();
        }
        for (Shift cut : cutShifts) {
            shifts.add(cut);
            paidMinutes += Math.round(problem.paidHours(cut) * 60);
        }
        Map<String, Integer> agentOrder = new HashMap<>();
        for (AgentRules agent : agents) {
            agentOrder.put(agent.id(), agentOrder.size());
        }
        shifts.sort(Comparator.comparing((Shift sh) -> agentOrder.get(sh.agent()))
                .thenComparing(sh -> timeline.epochOf(sh.start())));
        List<Coverage> coverage = new ArrayList<>(intervals.size() * problem.queues().size());
        List<String> queues = problem.queueIds();
        for (IntervalCoverage d : intervals) {
            SkillAllocation.Result r = d.allocation();
            if (r == null) {
                coverage.add(new Coverage(d.start(), d.planned(), d.getScheduled()));
                continue;
            }
            for (int q = 0; q < queues.size(); q++) {
                coverage.add(new Coverage(d.start(), queues.get(q), r.planned()[q], r.scheduled()[q]));
            }
        }
        RosterSummary summary = RosterSummary.of(coverage, paidMinutes / 60.0).withActivities(problem, shifts);
        boolean feasible = score != null && score.isSolutionInitialized() && score.hardScore() == 0;
        return new Roster(problem.name(), score == null ? "" : score.toString(), feasible, shifts, coverage, summary);
    }

    public ScheduleProblem getProblem() {
        return problem;
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public List<AgentRules> getAgents() {
        return agents;
    }

    public List<IntervalCoverage> getIntervals() {
        return intervals;
    }

    public List<ShiftAssignment> getAssignments() {
        return assignments;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}

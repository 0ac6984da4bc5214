package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.Forecast;
import org.wfm.core.calls.Kpis;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.SimulationResult;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every number the roster report shows, computed once from the problem, the roster and the report's inputs; the
 * page and its charts only lay them out. Agent-hours are agent-intervals times the interval length; shares are in
 * [0, 1] and shown as percent.
 *
 * @param agents           agents in the problem
 * @param agentsWithShifts agents with at least one shift
 * @param shifts           shifts in the roster
 * @param paidHours        paid hours of the roster, as its summary states them
 * @param plannedHours     agent-hours planned on the phones over the horizon
 * @param shortfallHours   agent-hours missing against the plan over the horizon
 * @param shortfallShare   {@code shortfallHours / plannedHours}, in [0, 1]; 0 when nothing is planned
 * @param surplusHours     agent-hours beyond the plan over the horizon
 * @param bound            the lower bound on the shortfall and the gap to it, when the roster's summary has one
 * @param serviceLevel     expected service level over the horizon weighted by forecast calls, in [0, 1], or NaN
 *                         when the report has no service level
 * @param serviceTarget    the service level the expected one is coloured against, in [0, 1]
 *                         ({@link #serviceTarget(Optional)})
 * @param violations       the hard rules the roster breaks, checked independently of the solver
 * @param days             one row per day of the horizon
 * @param week             the total of {@code days}
 * @param coverage         agents per interval: required, planned, scheduled, compared and the expected service level
 * @param calls            calls per interval before and over the horizon, when the report has history or forecast
 * @param agentHours       paid hours against the contract, one per agent in the problem's order
 * @param simulated        the simulated service level, when the report has a simulation
 * @param activities       each activity of the problem as the roster holds it, in the problem's order; empty for a
 *                         problem without activities
 */
public record ReportFigures(int agents, int agentsWithShifts, int shifts, double paidHours, double plannedHours,
                            double shortfallHours, double shortfallShare, double surplusHours,
                            Optional<ShortfallBound> bound, double serviceLevel, double serviceTarget,
                            List<RosterCheck.Violation> violations, List<DailySummary> days, DailySummary week,
                            CoverageSeries coverage, Optional<CallSeries> calls, List<AgentHours> agentHours,
                            Optional<SimulatedService> simulated, List<ActivityHeld> activities) {

    /**
     * The service level colours are judged against when the roster's goal has no service-level target (an ASA or
     * abandon-rate goal) or the report has no goal: 80 %, the conventional 80/20.
     */
    public static final double DEFAULT_SERVICE_TARGET = 0.8;

    /** Days of calls offered drawn before the horizon. */
    private static final int HISTORY_DAYS_SHOWN = 14;

    public ReportFigures {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(simulated, "simulated");
        violations = List.copyOf(violations);
        days = List.copyOf(days);
        agentHours = List.copyOf(agentHours);
        activities = List.copyOf(activities);
    }

    /**
     * The lower bound on the shortfall and how far the roster is from it.
     *
     * @param agentHours the bound, in agent-hours
     * @param gap        (shortfall - bound) / planned demand, in [0, 1]
     */
    public record ShortfallBound(double agentHours, double gap) {
    }

    /**
     * Agents on the phones per interval over the horizon.
     *
     * @param required     net agents from the queue model (the problem's requirement)
     * @param planned      required / (1 - unplanned shrinkage), in the intervals where some agent is planned or
     *                     scheduled
     * @param scheduled    agents on shift and not on break, in the same intervals as {@code planned}
     * @param comparison   a second net requirement drawn next to {@code required}, if any
     * @param serviceLevel expected service level per interval, in [0, 1], if any
     */
    public record CoverageSeries(IntervalSeries required, IntervalSeries planned, IntervalSeries scheduled,
                                 Optional<RosterReport.Comparison> comparison, Optional<IntervalSeries> serviceLevel) {
    }

    /**
     * Calls per interval around the horizon.
     *
     * @param dates    the days shown: the last two weeks of history and the horizon
     * @param history  calls offered on the days of history shown, if any
     * @param forecast forecast calls of the horizon with its prediction interval, if any
     */
    public record CallSeries(List<LocalDate> dates, Optional<IntervalSeries> history,
                             Optional<Forecast> forecast) {
        public CallSeries {
            dates = List.copyOf(dates);
        }
    }

    /**
     * One agent's paid hours against the contract.
     *
     * @param agent     the agent's id
     * @param paidHours paid hours of the agent's shifts over the horizon
     * @param minHours  the contract's least paid hours
     * @param maxHours  the contract's most paid hours ({@code +infinity} when unbounded)
     */
    public record AgentHours(String agent, double paidHours, double minHours, double maxHours) {

        /** Whether the paid hours keep to the contract (to a micro-hour, for sums of fractional shifts). */
        public boolean withinContract() {
            return paidHours >= minHours - 1e-6 && paidHours <= maxHours + 1e-6;
        }
    }

    /**
     * One activity as the roster holds it.
     *
     * @param activity the activity
     * @param invited  its attendees (every agent of the team for one of all agents)
     * @param totals   its sessions, attended and missing agent-sessions: the roster's summary, or counted from the
     *                 shifts when the summary has none ({@link RosterSummary.ActivityTotals})
     * @param sessions the distinct sessions held (by start and end), in time order: of a together activity the one
     *                 session, of the others every time slot some attendee holds it
     * @param byDay    agent-sessions per day they start on, the days with any in date order
     */
    public record ActivityHeld(Activity activity, int invited, RosterSummary.ActivityTotals totals,
                               List<ShiftActivity> sessions, SortedMap<LocalDate, Integer> byDay) {
        public ActivityHeld {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(totals, "totals");
            sessions = List.copyOf(sessions);
            byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
        }
    }

    /**
     * The service level a simulation of the roster gave, over all queues: means over the replications with their
     * 95 % confidence intervals ({@link Estimate}), shares in [0, 1]. The ends of every interval are clipped to
     * [0, 1], where a service level lies; an end is NaN where fewer than two replications had calls.
     *
     * @param replications replications run
     * @param absence      the share of shifts missed at random in the simulation
     * @param week         the service level over the horizon
     * @param days         the service level per day with calls in some replication
     * @param mean         the mean per interval, in the intervals with calls in some replication
     * @param low          the lower end of the interval per interval, in the intervals where it is defined
     * @param high         the upper end, in the intervals of {@code low}
     */
    public record SimulatedService(int replications, double absence, Estimate week, Map<LocalDate, Estimate> days,
                                   IntervalSeries mean, IntervalSeries low, IntervalSeries high) {
        public SimulatedService {
            Objects.requireNonNull(week, "week");
            days = Map.copyOf(days);
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        /** Who worked in the simulation, in words: "nobody absent", "6% of shifts absent". */
        String absent() {
            return absence == 0 ? "nobody absent" : ServiceStrip.percent(absence) + "% of shifts absent";
        }

        /** How many replications were run, in words: "30 replications", "1 replication". */
        String replicationsRun() {
            return replications + (replications == 1 ? " replication" : " replications");
        }

        /** The simulated service level of {@code result} on the problem's grid, over all queues. */
        static SimulatedService of(SimulationResult result, ScheduleProblem problem) {
            Map<LocalDate, Estimate> days = new HashMap<>();
            for (SimulationResult.Row row : result.byDay()) {
                if (row.queue().equals(Kpis.ALL)) {
                    days.put(row.date(), clipped(row.serviceLevel()));
                }
            }
            IntervalSeries.Builder mean = IntervalSeries.builder(problem.zone(), problem.interval());
            IntervalSeries.Builder low = IntervalSeries.builder(problem.zone(), problem.interval());
            IntervalSeries.Builder high = IntervalSeries.builder(problem.zone(), problem.interval());
            for (SimulationResult.Row row : result.byInterval()) {
                Estimate level = clipped(row.serviceLevel());
                if (!row.queue().equals(Kpis.ALL) || !level.defined()) {
                    continue;
                }
                mean.add(row.start(), level.mean());
                if (!Double.isNaN(level.low())) {
                    low.add(row.start(), level.low());
                    high.add(row.start(), level.high());
                }
            }
            return new SimulatedService(result.replications().size(), result.absence(), clipped(result.serviceLevel()), days,
                    mean.build(), low.build(), high.build());
        }

        /** The estimate with its interval's ends within [0, 1] (NaN ends stay NaN). */
        private static Estimate clipped(Estimate e) {
            return new Estimate(e.mean(), Math.max(0, e.low()), Math.min(1, e.high()), e.replications());
        }
    }

    /** The figures of a report. */
    static ReportFigures of(RosterReport report) {
        ScheduleProblem problem = report.problem();
        Roster roster = report.roster();
        List<DailySummary> days = DailySummary.of(problem, roster, report.forecast().map(Forecast::calls),
                report.comparison().map(RosterReport.Comparison::required), report.serviceLevel());
        DailySummary week = DailySummary.total(days);
        RosterSummary summary = roster.summary();
        Optional<ShortfallBound> bound = Optional.ofNullable(summary.bound()).map(b ->
                new ShortfallBound(b * problem.interval().getSeconds() / 3600.0, summary.gap()));
        double shortfallShare = week.plannedHours() > 0 ? week.shortfallHours() / week.plannedHours() : 0;
        return new ReportFigures(problem.agents().size(),
                (int) roster.shifts().stream().map(Shift::agent).distinct().count(), roster.shifts().size(),
                summary.paidHours(), week.plannedHours(), week.shortfallHours(), shortfallShare, week.surplusHours(),
                bound, week.serviceLevel(), serviceTarget(report.goal()), RosterCheck.check(problem, roster), days,
                week, coverage(report), calls(report), agentHours(problem, roster),
                report.simulation().map(result -> SimulatedService.of(result, problem)),
                activities(problem, roster));
    }

    /** The goal's service-level target, or {@link #DEFAULT_SERVICE_TARGET} when it has none. */
    static double serviceTarget(Optional<ServiceGoal> goal) {
        return goal.map(ServiceGoal::serviceLevel).filter(level -> level > 0).orElse(DEFAULT_SERVICE_TARGET);
    }

    private static CoverageSeries coverage(RosterReport report) {
        ScheduleProblem problem = report.problem();
        IntervalSeries.Builder planned = IntervalSeries.builder(problem.zone(), problem.interval());
        IntervalSeries.Builder scheduled = IntervalSeries.builder(problem.zone(), problem.interval());
        for (Coverage row : Coverage.pooled(report.roster().coverage())) {
            // closed intervals stay out, so the chart's day columns span only the opening hours
            if (row.planned() > 0 || row.scheduled() > 0) {
                planned.add(row.start(), row.planned());
                scheduled.add(row.start(), row.scheduled());
            }
        }
        return new CoverageSeries(problem.requirements(), planned.build(), scheduled.build(), report.comparison(),
                report.serviceLevel());
    }

    private static Optional<CallSeries> calls(RosterReport report) {
        if (report.history().isEmpty() && report.forecast().isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = report.problem().start();
        List<LocalDate> dates = new ArrayList<>(report.history()
                .map(h -> h.between(start.minusDays(HISTORY_DAYS_SHOWN), start).dates()).orElse(List.of()));
        dates.addAll(report.problem().dates());
        Optional<IntervalSeries> history = report.history().map(h -> h.between(dates.get(0), start));
        return Optional.of(new CallSeries(dates, history, report.forecast()));
    }

    private static List<ActivityHeld> activities(ScheduleProblem problem, Roster roster) {
        if (problem.activities().isEmpty()) {
            return List.of();
        }
        List<RosterSummary.ActivityTotals> reported = roster.summary().activities();
        List<RosterSummary.ActivityTotals> counted = RosterSummary.ActivityTotals.of(problem, roster.shifts());
        List<ActivityHeld> held = new ArrayList<>();
        for (int i = 0; i < problem.activities().size(); i++) {
            Activity activity = problem.activities().get(i);
            RosterSummary.ActivityTotals total = reported == null ? counted.get(i) : reported.stream()
                    .filter(t -> t.id().equals(activity.id())).findFirst().orElse(counted.get(i));
            TreeSet<ShiftActivity> sessions = new TreeSet<>(Comparator.comparing(ShiftActivity::start)
                    .thenComparing(ShiftActivity::end));
            SortedMap<LocalDate, Integer> byDay = new TreeMap<>();
            for (Shift shift : roster.shifts()) {
                for (ShiftActivity a : shift.activities()) {
                    if (a.id().equals(activity.id())) {
                        sessions.add(a);
                        byDay.merge(a.start().toLocalDate(), 1, Integer::sum);
                    }
                }
            }
            held.add(new ActivityHeld(activity, problem.attendees(activity).size(), total, List.copyOf(sessions),
                    byDay));
        }
        return held;
    }

    private static List<AgentHours> agentHours(ScheduleProblem problem, Roster roster) {
        List<AgentHours> hours = new ArrayList<>();
        for (Agent agent : problem.agents()) {
            double paid = 0;
            for (Shift shift : roster.shiftsOf(agent.id())) {
                paid += problem.paidHours(shift);
            }
            hours.add(new AgentHours(agent.id(), paid, agent.contract().minHours(), agent.contract().maxHours()));
        }
        return hours;
    }
}

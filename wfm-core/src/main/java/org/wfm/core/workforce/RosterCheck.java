package org.wfm.core.workforce;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An independent check of a roster against its problem: recomputes every hard rule and the coverage from the
 * roster's shifts alone, without any of the scheduler's code, so a roster from any source (the solver, a file
 * edited by hand, another tool) can be trusted or rejected.
 *
 * <p>Coverage is recomputed per interval of the horizon (elapsed time from local midnight of the first day, so
 * DST days have 92 or 100 quarter-hours) as the agents on shift and not on break, against the planned
 * requirement {@code required / (1 - unplannedShrinkage)}.
 */
public final class RosterCheck {

    /** Tolerance for comparing reported and recomputed totals (agent-intervals, hours). */
    public static final double TOLERANCE = 1e-6;

    /**
     * One broken rule.
     *
     * @param rule   the rule broken
     * @param agent  the agent concerned, or {@code null} for roster-wide problems
     * @param detail what is wrong, with the figures
     */
    public record Violation(Rule rule, String agent, String detail) {
        @Override
        public String toString() {
            return rule + (agent != null ? " [" + agent + "]" : "") + ": " + detail;
        }
    }

    private final ScheduleProblem problem;
    private final List<Violation> violations = new ArrayList<>();

    private RosterCheck(ScheduleProblem problem) {
        this.problem = problem;
    }

    /** Every hard-rule violation and every disagreement between the roster's coverage/summary and the shifts. */
    public static List<Violation> check(ScheduleProblem problem, Roster roster) {
        RosterCheck check = new RosterCheck(problem);
        Map<String, List<Shift>> byAgent = new HashMap<>();
        for (Shift shift : roster.shifts()) {
            check.checkShift(shift);
            byAgent.computeIfAbsent(shift.agent(), a -> new ArrayList<>()).add(shift);
        }
        for (Agent agent : problem.agents()) {
            List<Shift> shifts = new ArrayList<>(byAgent.getOrDefault(agent.id(), List.of()));
            shifts.sort(Comparator.comparing(Shift::start));
            check.checkAgent(agent, shifts);
        }
        check.checkActivities(roster.shifts());
        check.checkCoverage(roster);
        return List.copyOf(check.violations);
    }

    /**
     * The coverage of these shifts: one row per interval of the horizon with the planned requirement and the
     * agents on shift and not on break. With several queues, one row per interval and queue (in the problem's
     * queue order) with the agents {@link SkillAllocation} gives that queue.
     */
    public static List<Coverage> coverage(ScheduleProblem problem, List<Shift> shifts) {
        List<ZonedDateTime> grid = horizonGrid(problem);
        SkillSets sets = SkillSets.of(problem, grid, shifts);
        List<Coverage> rows = new ArrayList<>(grid.size() * problem.queues().size());
        if (!problem.hasQueues()) {
            for (int i = 0; i < grid.size(); i++) {
                rows.add(new Coverage(grid.get(i).toLocalDateTime(), sets.planned[i][0], sets.onPhone(i)));
            }
            return rows;
        }
        SkillAllocation allocation = SkillAllocation.of(problem);
        List<String> queues = problem.queueIds();
        for (int i = 0; i < grid.size(); i++) {
            SkillAllocation.Result r = allocation.allocate(sets.masks, sets.counts[i], sets.planned[i]);
            for (int q = 0; q < queues.size(); q++) {
                rows.add(new Coverage(grid.get(i).toLocalDateTime(), queues.get(q), r.planned()[q],
                        r.scheduled()[q]));
            }
        }
        return rows;
    }

    /**
     * Agents on the phones per interval of the horizon and skill set, and the planned agents per interval and
     * queue, from the shifts alone.
     */
    private record SkillSets(int[] masks, int[][] counts, double[][] planned) {

        /** The shifts' counts, with the previous roster's shifts that run into the horizon. */
        static SkillSets of(ScheduleProblem problem, List<ZonedDateTime> grid, List<Shift> rostered) {
            List<Shift> shifts = new ArrayList<>(problem.previous());
            shifts.addAll(rostered);
            int[] agentMasks = problem.skillMasks();
            Map<String, Integer> setOf = new HashMap<>();
            List<Integer> masks = new ArrayList<>();
            Map<Integer, Integer> indexOfMask = new HashMap<>();
            for (int a = 0; a < agentMasks.length; a++) {
                int mask = agentMasks[a];
                int set = indexOfMask.computeIfAbsent(mask, m -> {
                    masks.add(m);
                    return masks.size() - 1;
                });
                setOf.put(problem.agents().get(a).id(), set);
            }
            long step = problem.interval().getSeconds();
            long origin = grid.isEmpty() ? 0 : grid.get(0).toEpochSecond();
            int[][] counts = new int[grid.size()][masks.size()];
            for (Shift shift : shifts) {
                Integer set = setOf.get(shift.agent());
                if (set == null) {
                    continue; // an unknown agent is a violation of its own
                }
                add(counts, set, origin, step, instant(problem, shift.start()), instant(problem, shift.end()), 1);
                for (ShiftBreak b : shift.breaks()) {
                    add(counts, set, origin, step, instant(problem, b.start()), instant(problem, b.end()), -1);
                }
                for (ShiftActivity a : shift.activities()) {
                    add(counts, set, origin, step, instant(problem, a.start()), instant(problem, a.end()), -1);
                }
            }
            List<QueueDemand> queues = problem.queues();
            double[][] planned = new double[grid.size()][queues.size()];
            for (int q = 0; q < queues.size(); q++) {
                IntervalSeries requirements = queues.get(q).requirements();
                for (int i = 0; i < grid.size(); i++) {
                    int r = requirements.indexOf(grid.get(i).toInstant()); // the instant: the repeated hour has two
                    planned[i][q] = r < 0 ? 0 : problem.planned(requirements.value(r));
                }
            }
            return new SkillSets(masks.stream().mapToInt(Integer::intValue).toArray(), counts, planned);
        }

        int onPhone(int interval) {
            int total = 0;
            for (int c : counts[interval]) {
                total += c;
            }
            return total;
        }

        /** Agents whose skill set is inside each subset of queues (bit q: queue q), for every subset. */
        long[] within(int interval, int queues) {
            long[] z = new long[1 << queues];
            for (int s = 0; s < masks.length; s++) {
                z[masks[s]] += counts[interval][s];
            }
            for (int q = 0; q < queues; q++) {
                for (int subset = 0; subset < z.length; subset++) {
                    if ((subset & (1 << q)) != 0) {
                        z[subset] += z[subset ^ (1 << q)];
                    }
                }
            }
            return z;
        }
    }

    /** The intervals of the horizon in elapsed time: 96 a day for 15 minutes, 92 or 100 on DST days. */
    public static List<ZonedDateTime> horizonGrid(ScheduleProblem problem) {
        ZonedDateTime end = problem.horizonEnd().atZone(problem.zone());
        List<ZonedDateTime> grid = new ArrayList<>();
        for (ZonedDateTime t = problem.horizonStart().atZone(problem.zone()); t.isBefore(end);
             t = t.plus(problem.interval())) {
            grid.add(t);
        }
        return grid;
    }

    private static void add(int[][] counts, int set, long origin, long step, Instant from, Instant to, int delta) {
        long first = Math.max(0, Math.floorDiv(from.getEpochSecond() - origin + step - 1, step));
        long last = Math.min(counts.length, Math.floorDiv(to.getEpochSecond() - origin + step - 1, step));
        for (long i = first; i < last; i++) {
            counts[(int) i][set] += delta;
        }
    }

    private static Instant instant(ScheduleProblem problem, LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, problem.zone(), null).toInstant();
    }

    private void fail(Rule rule, String agent, String detail) {
        violations.add(new Violation(rule, agent, detail));
    }

    private void checkShift(Shift shift) {
        String who = shift.agent();
        Agent agent = problem.agent(who).orElse(null);
        ShiftType type = problem.shiftType(shift.type()).orElse(null);
        if (agent == null || type == null) {
            fail(Rule.KNOWN_AGENT_AND_TYPE, who, "shift at " + shift.start() + " names unknown agent or type " + shift.type());
            return;
        }
        if (!agent.allows(type.id())) {
            fail(Rule.SHIFT_TYPE_ALLOWED, who, "works " + type.id() + " on " + shift.start().toLocalDate());
        }
        LocalDate day = shift.start().toLocalDate();
        if (day.isBefore(problem.start()) || !day.isBefore(problem.start().plusDays(problem.days()))) {
            fail(Rule.SHIFT_IN_HORIZON, who, "shift starts at " + shift.start() + " outside the horizon");
        }
        if (!type.startsOn(day.getDayOfWeek())) {
            String weekday = day.getDayOfWeek().name();
            fail(Rule.SHIFT_START_ALLOWED, who, type.id() + " may not start on a " + weekday.charAt(0)
                    + weekday.substring(1).toLowerCase(java.util.Locale.ROOT) + " (" + shift.start() + "; its days: "
                    + String.join(", ", type.days().stream().map(d -> d.name().substring(0, 3)).toList()) + ")");
        } else if (!type.startTimes(day.getDayOfWeek()).contains(shift.start().toLocalTime())
                || problem.zone().getRules().getValidOffsets(shift.start()).isEmpty()) {
            List<java.time.LocalTime> times = type.startTimes(day.getDayOfWeek());
            fail(Rule.SHIFT_START_ALLOWED, who, type.id() + " may not start at " + shift.start() + " (on a "
                    + day.getDayOfWeek().name().charAt(0) + day.getDayOfWeek().name().substring(1, 3).toLowerCase(
                    java.util.Locale.ROOT) + ": " + times.get(0) + ".." + times.get(times.size() - 1) + ")");
        }
        ZonedDateTime start = ZonedDateTime.ofLocal(shift.start(), problem.zone(), null);
        LocalDateTime end = start.plus(type.length()).toLocalDateTime();
        if (shift.cut() ? !instant(problem, shift.end()).isBefore(instant(problem, end)) : !end.equals(shift.end())) {
            fail(Rule.SHIFT_LENGTH, who, "shift " + shift.start() + (shift.cut() ? " is cut at " + shift.end()
                    + ", not before its end " : " should end at ") + end + (shift.cut() ? "" : " but ends at " + shift.end()));
        }
        checkBreaks(shift, type, start);
    }

    private void checkBreaks(Shift shift, ShiftType type, ZonedDateTime shiftStart) {
        String who = shift.agent();
        int taken = shift.breaks().size();
        if (shift.cut() ? !cutBreaksTaken(shift, type, shiftStart) : taken != type.breaks().size()) {
            fail(Rule.BREAKS_TAKEN, who, "shift " + shift.start() + " has " + taken + " breaks, " + type.id()
                    + " carries " + type.breaks().size() + (shift.cut() ? " (cut at " + shift.end()
                    + ": every break whose window had passed by then)" : ""));
            return;
        }
        Instant previousEnd = shiftStart.toInstant();
        Instant cutEnd = instant(problem, shift.end());
        for (int i = 0; i < taken; i++) {
            BreakRule rule = type.breaks().get(i);
            ShiftBreak b = shift.breaks().get(i);
            Instant from = instant(problem, b.start());
            Instant to = instant(problem, b.end());
            Duration offset = Duration.between(shiftStart.toInstant(), from);
            String where = "break " + (i + 1) + " '" + rule.name() + "' of shift " + shift.start();
            if (!b.name().equals(rule.name()) || b.paid() != rule.paid()) {
                fail(Rule.BREAK_MATCHES_RULE, who, where + " is named/paid differently from its rule");
            }
            if (offset.compareTo(rule.earliest()) < 0 || offset.compareTo(rule.latest()) > 0
                    || offset.getSeconds() % problem.interval().getSeconds() != 0) {
                fail(Rule.BREAK_IN_WINDOW, who, where + " starts " + offset + " after the shift start, window "
                        + rule.earliest() + ".." + rule.latest() + " on the " + problem.interval() + " grid");
            }
            boolean endsWithCut = shift.cut() && to.equals(cutEnd) && Duration.between(from, to).compareTo(rule.length()) < 0;
            if (!Duration.between(from, to).equals(rule.length()) && !endsWithCut) {
                fail(Rule.BREAK_LENGTH, who, where + " lasts " + Duration.between(from, to) + ", not " + rule.length());
            }
            if (from.isBefore(previousEnd)) {
                fail(Rule.BREAKS_IN_ORDER_WITHOUT_OVERLAP, who, where + " starts before the previous break ends");
            }
            previousEnd = to;
        }
    }

    /**
     * Whether a cut shift holds the breaks it should: no more than its type carries, and every break it lacks could
     * still have been to come when the shift was cut (its window's latest start not before the cut).
     */
    private boolean cutBreaksTaken(Shift shift, ShiftType type, ZonedDateTime shiftStart) {
        if (shift.breaks().size() > type.breaks().size()) {
            return false;
        }
        Duration worked = Duration.between(shiftStart.toInstant(), instant(problem, shift.end()));
        for (int i = shift.breaks().size(); i < type.breaks().size(); i++) {
            if (type.breaks().get(i).latest().compareTo(worked) < 0) {
                return false;
            }
        }
        return true;
    }

    private void checkAgent(Agent agent, List<Shift> shifts) {
        String who = agent.id();
        Contract contract = agent.contract();
        TreeSet<LocalDate> days = new TreeSet<>();
        double paidHours = 0;
        Shift previous = null; // the last shift before, the previous roster's to start with
        for (Shift shift : problem.previous()) {
            if (shift.agent().equals(who)
                    && (previous == null || instant(problem, shift.end()).isAfter(instant(problem, previous.end())))) {
                previous = shift;
            }
        }
        for (Shift shift : shifts) {
            LocalDate day = shift.start().toLocalDate();
            if (!days.add(day)) {
                fail(Rule.ONE_SHIFT_PER_DAY, who, "more than one shift on " + day);
            }
            if (agent.isOff(day)) {
                fail(Rule.NO_WORK_ON_TIME_OFF, who, "works on " + day + ", a day off");
            }
            for (Unavailability u : agent.unavailable()) {
                if (instant(problem, shift.start()).isBefore(instant(problem, u.end()))
                        && instant(problem, shift.end()).isAfter(instant(problem, u.start()))) {
                    fail(Rule.NO_WORK_WHEN_UNAVAILABLE, who, "shift " + shift.start() + " touches " + u.start() + ".." + u.end());
                }
            }
            paidHours += problem.paidHours(shift);
            if (previous != null) {
                double rest = Duration.between(instant(problem, previous.end()), instant(problem, shift.start()))
                        .getSeconds() / 3600.0;
                if (rest < contract.minRestHours()) {
                    fail(Rule.MIN_REST_BETWEEN_SHIFTS, who, rest + " h rest before " + shift.start()
                            + ", contract needs " + contract.minRestHours());
                }
            }
            previous = shift;
        }
        if (paidHours < contract.minHours() - TOLERANCE || paidHours > contract.maxHours() + TOLERANCE) {
            fail(paidHours < contract.minHours() ? Rule.MIN_PAID_HOURS : Rule.MAX_PAID_HOURS, who,
                    paidHours + " paid hours, contract allows " + contract.minHours() + ".." + contract.maxHours());
        }
        if (days.size() > contract.maxDays()) {
            fail(Rule.MAX_DAYS, who, "works " + days.size() + " days, contract allows " + contract.maxDays());
        }
        // the days worked in a row up to the horizon in the previous roster start the first run
        int run = problem.previousRun(who);
        LocalDate last = run > 0 ? problem.start().minusDays(1) : null;
        boolean fromPrevious = run > 0;
        boolean reported = false;
        for (LocalDate day : days) {
            boolean continues = last != null && last.plusDays(1).equals(day);
            run = continues ? run + 1 : 1;
            fromPrevious = continues && fromPrevious;
            reported = continues && reported;
            if (run > contract.maxConsecutiveDays() && !reported) {
                fail(Rule.MAX_CONSECUTIVE_DAYS, who, "works more than " + contract.maxConsecutiveDays()
                        + " days in a row up to " + day + (fromPrevious ? " (counting the previous roster's days)" : ""));
                reported = true;
            }
            last = day;
        }
    }

    /**
     * The activities' rules: each session of a known activity its agent attends, on the grid, of the activity's length
     * (a cut shift's last session may end with the cut), inside one window and inside its shift, overlapping no break
     * and no other session of the shift; a together activity in one session with at least minAttendance of its
     * attendees; every attendee of another activity with perAgent sessions.
     */
    private void checkActivities(List<Shift> shifts) {
        Map<String, Map<String, Integer>> held = new HashMap<>();
        Map<String, TreeSet<LocalDateTime>> starts = new HashMap<>();
        long step = problem.interval().getSeconds();
        long origin = instant(problem, problem.horizonStart()).getEpochSecond();
        for (Shift shift : shifts) {
            String who = shift.agent();
            List<long[]> busy = new ArrayList<>();
            for (ShiftBreak b : shift.breaks()) {
                busy.add(new long[] {instant(problem, b.start()).getEpochSecond(), instant(problem, b.end()).getEpochSecond()});
            }
            for (ShiftActivity a : shift.activities()) {
                String where = "activity " + a.id() + " at " + a.start() + " in shift " + shift.start();
                Activity activity = problem.activity(a.id()).orElse(null);
                if (activity == null || !problem.attendees(activity).contains(who)) {
                    fail(Rule.ACTIVITY_ATTENDEE, who, where + (activity == null ? ": no activity of that id"
                            : ": the agent is not among its attendees"));
                    continue;
                }
                long from = instant(problem, a.start()).getEpochSecond();
                long to = instant(problem, a.end()).getEpochSecond();
                long shiftEnd = instant(problem, shift.end()).getEpochSecond();
                boolean endsWithCut = shift.cut() && to == shiftEnd && to - from < activity.length().getSeconds();
                if ((from - origin) % step != 0 || (to - from != activity.length().getSeconds() && !endsWithCut)) {
                    fail(Rule.ACTIVITY_PLACED, who, where + " lasts " + Duration.ofSeconds(to - from) + " on the "
                            + problem.interval() + " grid; the activity lasts " + activity.length());
                }
                if (problem.windows(activity).stream().noneMatch(w -> w.holds(a.start(), a.end()))) {
                    fail(Rule.ACTIVITY_PLACED, who, where + " is outside the activity's windows");
                }
                if (from < instant(problem, shift.start()).getEpochSecond() || to > shiftEnd) {
                    fail(Rule.ACTIVITY_PLACED, who, where + " is not inside the shift " + shift.start() + ".." + shift.end());
                }
                for (long[] b : busy) {
                    if (from < b[1] && to > b[0]) {
                        fail(Rule.ACTIVITY_WITHOUT_OVERLAP, who, where + " overlaps a break or another activity");
                        break;
                    }
                }
                busy.add(new long[] {from, to});
                held.computeIfAbsent(a.id(), k -> new HashMap<>()).merge(who, 1, Integer::sum);
                starts.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(a.start());
            }
        }
        for (Activity activity : problem.activities()) {
            Map<String, Integer> byAgent = held.getOrDefault(activity.id(), Map.of());
            List<String> attendees = problem.attendees(activity);
            if (activity.together()) {
                TreeSet<LocalDateTime> at = starts.getOrDefault(activity.id(), new TreeSet<>());
                if (at.size() > 1) {
                    fail(Rule.ACTIVITY_TOGETHER, null, "activity " + activity.id() + " is held at " + at.size()
                            + " times (" + at.first() + ", " + at.last() + "...), not once for all attendees");
                }
                int missing = attendees.size() - byAgent.size();
                if (missing > activity.allowedMissing(attendees.size())) {
                    fail(Rule.ACTIVITY_ATTENDANCE, null, "activity " + activity.id() + " has " + byAgent.size() + " of "
                            + attendees.size() + " attendees; minAttendance " + activity.minAttendance() + " needs "
                            + (attendees.size() - activity.allowedMissing(attendees.size())));
                }
                continue;
            }
            for (String who : attendees) {
                int sessions = byAgent.getOrDefault(who, 0);
                if (sessions != activity.perAgent()) {
                    fail(Rule.ACTIVITY_ATTENDANCE, who, "has " + sessions + " sessions of activity " + activity.id()
                            + ", it needs " + activity.perAgent());
                }
            }
        }
    }

    private void checkCoverage(Roster roster) {
        if (problem.hasQueues()) {
            checkQueueCoverage(roster);
            return;
        }
        List<Coverage> expected = coverage(problem, roster.shifts());
        if (expected.size() != roster.coverage().size()) {
            fail(Rule.COVERAGE_REPORTED, null, "roster has " + roster.coverage().size() + " coverage rows, the horizon "
                    + expected.size() + " intervals");
        } else {
            for (int i = 0; i < expected.size(); i++) {
                Coverage e = expected.get(i);
                Coverage r = roster.coverage().get(i);
                if (!e.start().equals(r.start()) || e.scheduled() != r.scheduled()
                        || Math.abs(e.planned() - r.planned()) > TOLERANCE) {
                    fail(Rule.COVERAGE_REPORTED, null, "interval " + e.start() + ": shifts give " + e.scheduled()
                            + " of " + e.planned() + ", roster says " + r.scheduled() + " of " + r.planned());
                    break;
                }
            }
        }
        double shortfall = expected.stream().mapToDouble(Coverage::shortfall).sum();
        double surplus = expected.stream().mapToDouble(Coverage::surplus).sum();
        checkSummary(roster, shortfall, surplus);
        checkActivityTotals(roster);
    }

    /** Checks the summary's activity totals against those of the shifts. */
    private void checkActivityTotals(Roster roster) {
        List<RosterSummary.ActivityTotals> expected = problem.activities().isEmpty() ? null
                : RosterSummary.ActivityTotals.of(problem, roster.shifts());
        if (!java.util.Objects.equals(expected, roster.summary().activities())) {
            fail(Rule.SUMMARY_REPORTED, null, "summary.activities " + roster.summary().activities()
                    + " differs from the shifts' " + expected);
        }
    }

    /**
     * With several queues the split of agents between queues need not be unique, so the roster's rows are checked
     * against conditions any best split meets, computed here over every subset of queues and not with
     * {@link SkillAllocation}: the split uses every agent on the phones exactly once and gives each subset
     * {@code B} of queues at most the agents skilled for some queue of {@code B} (then a fractional assignment
     * exists, by the supply-demand theorem); and for the queues of each weight and above, it covers as much of
     * their plan as a maximum flow would, {@code min over B of (planned outside B + agents skilled in B)} (then no
     * split has less weighted shortfall, as the feasible splits form a polymatroid). The totals are checked against
     * the unique least total shortfall and the surplus left.
     */
    private void checkQueueCoverage(Roster roster) {
        List<ZonedDateTime> grid = horizonGrid(problem);
        SkillSets sets = SkillSets.of(problem, grid, roster.shifts());
        List<String> queues = problem.queueIds();
        int n = queues.size();
        if (roster.coverage().size() != grid.size() * n) {
            fail(Rule.COVERAGE_REPORTED, null, "roster has " + roster.coverage().size() + " coverage rows, the horizon "
                    + grid.size() + " intervals for " + n + " queues");
            return;
        }
        double[] weights = problem.queues().stream().mapToDouble(QueueDemand::weight).toArray();
        double shortfall = 0;
        double surplus = 0;
        for (int i = 0; i < grid.size(); i++) {
            double[] split = new double[n];
            for (int q = 0; q < n; q++) {
                Coverage r = roster.coverage().get(i * n + q);
                LocalDateTime start = grid.get(i).toLocalDateTime();
                if (!start.equals(r.start()) || !queues.get(q).equals(r.queue())
                        || Math.abs(sets.planned()[i][q] - r.planned()) > TOLERANCE) {
                    fail(Rule.COVERAGE_REPORTED, null, "row " + (i * n + q) + " should be queue " + queues.get(q)
                            + " at " + start + " planning " + sets.planned()[i][q] + ", roster says " + r.queue()
                            + " at " + r.start() + " planning " + r.planned());
                    return;
                }
                split[q] = r.scheduled();
            }
            String problemAt = splitProblem(sets, i, split, weights, queues);
            if (problemAt != null) {
                fail(Rule.COVERAGE_REPORTED, null, "interval " + grid.get(i).toLocalDateTime() + ": " + problemAt);
                return;
            }
            long[] within = sets.within(i, n);
            int all = (1 << n) - 1;
            double served = maxServed(all, sets.planned()[i], within);
            double planned = java.util.Arrays.stream(sets.planned()[i]).sum();
            shortfall += planned - served;
            surplus += within[all] - served;
        }
        double paid = checkSummary(roster, shortfall, surplus);
        checkActivityTotals(roster);
        RosterSummary rows = RosterSummary.of(roster.coverage(), paid);
        if (roster.summary().byQueue() == null || !sameTotals(roster.summary().byQueue(), rows.byQueue())) {
            fail(Rule.SUMMARY_REPORTED, null, "summary.byQueue " + roster.summary().byQueue()
                    + " differs from the coverage rows' " + rows.byQueue());
        }
    }

    /**
     * Checks the summary's shortfall, surplus and paid hours against those the check computed from the shifts;
     * returns the paid hours.
     */
    private double checkSummary(Roster roster, double shortfall, double surplus) {
        double paid = roster.shifts().stream()
                .mapToDouble(problem::paidHours).sum();
        RosterSummary summary = roster.summary();
        if (Math.abs(summary.shortfall() - shortfall) > TOLERANCE || Math.abs(summary.surplus() - surplus) > TOLERANCE
                || Math.abs(summary.paidHours() - paid) > TOLERANCE) {
            fail(Rule.SUMMARY_REPORTED, null, String.format(java.util.Locale.ROOT,
                    "shifts give shortfall %.3f, surplus %.3f, paid hours %.2f; summary says %.3f, %.3f, %.2f",
                    shortfall, surplus, paid, summary.shortfall(), summary.surplus(), summary.paidHours()));
        }
        return paid;
    }

    /** What is wrong with one interval's split over queues, or {@code null} when it is a best split. */
    private static String splitProblem(SkillSets sets, int interval, double[] split, double[] weights,
                                       List<String> queues) {
        int n = split.length;
        int all = (1 << n) - 1;
        long[] within = sets.within(interval, n);
        double[] sums = subsetSums(split);
        if (Math.abs(sums[all] - within[all]) > TOLERANCE) {
            return "the queues get " + sums[all] + " agents, " + within[all] + " are on the phones";
        }
        for (int subset = 1; subset <= all; subset++) {
            long skilled = within[all] - within[all & ~subset];
            if (sums[subset] > skilled + TOLERANCE) {
                int members = subset;
                String names = java.util.stream.IntStream.range(0, n).filter(q -> (members >> q & 1) == 1)
                        .mapToObj(queues::get).collect(java.util.stream.Collectors.joining(", "));
                return "queues " + names + " get " + sums[subset] + " agents, only " + skilled
                        + " are skilled for them";
            }
        }
        double[] planned = sets.planned()[interval];
        for (double level : java.util.Arrays.stream(weights).distinct().toArray()) {
            int heavier = 0;
            double served = 0;
            for (int q = 0; q < n; q++) {
                if (weights[q] >= level) {
                    heavier |= 1 << q;
                    served += Math.min(split[q], planned[q]);
                }
            }
            double best = maxServed(heavier, planned, within);
            if (served < best - TOLERANCE) {
                return "the split serves " + served + " planned agents of the queues weighing " + level
                        + " or more, " + best + " could be";
            }
        }
        return null;
    }

    /** The most of the plans of {@code queues} (a subset) the agents can serve: a minimum cut over its subsets. */
    private static double maxServed(int queues, double[] planned, long[] within) {
        int all = within.length - 1;
        double[] plannedSums = subsetSums(planned);
        double best = plannedSums[queues];
        for (int b = queues; b > 0; b = (b - 1) & queues) {
            best = Math.min(best, plannedSums[queues & ~b] + within[all] - within[all & ~b]);
        }
        return best;
    }

    private static double[] subsetSums(double[] values) {
        double[] sums = new double[1 << values.length];
        for (int subset = 1; subset < sums.length; subset++) {
            int low = Integer.numberOfTrailingZeros(subset);
            sums[subset] = sums[subset & (subset - 1)] + values[low];
        }
        return sums;
    }

    private static boolean sameTotals(List<RosterSummary.QueueTotals> a, List<RosterSummary.QueueTotals> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).queue().equals(b.get(i).queue())
                    || Math.abs(a.get(i).shortfall() - b.get(i).shortfall()) > TOLERANCE
                    || Math.abs(a.get(i).surplus() - b.get(i).surplus()) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}

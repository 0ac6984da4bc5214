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
        check.checkCoverage(roster);
        return List.copyOf(check.violations);
    }

    /**
     * The coverage of these shifts: one row per interval of the horizon with the planned requirement and the
     * agents on shift and not on break.
     */
    public static List<Coverage> coverage(ScheduleProblem problem, List<Shift> shifts) {
        List<ZonedDateTime> grid = horizonGrid(problem);
        long step = problem.interval().getSeconds();
        long origin = grid.isEmpty() ? 0 : grid.get(0).toEpochSecond();
        int[] onPhone = new int[grid.size()];
        for (Shift shift : shifts) {
            add(onPhone, origin, step, instant(problem, shift.start()), instant(problem, shift.end()), 1);
            for (ShiftBreak b : shift.breaks()) {
                add(onPhone, origin, step, instant(problem, b.start()), instant(problem, b.end()), -1);
            }
        }
        IntervalSeries requirements = problem.requirements();
        List<Coverage> rows = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            LocalDateTime start = grid.get(i).toLocalDateTime();
            int r = requirements.indexOf(grid.get(i).toInstant()); // the instant: the repeated hour has two
            double planned = r < 0 ? 0 : problem.plannedRequirement(r);
            rows.add(new Coverage(start, planned, onPhone[i]));
        }
        return rows;
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

    private static void add(int[] counts, long origin, long step, Instant from, Instant to, int delta) {
        long first = Math.max(0, Math.floorDiv(from.getEpochSecond() - origin + step - 1, step));
        long last = Math.min(counts.length, Math.floorDiv(to.getEpochSecond() - origin + step - 1, step));
        for (long i = first; i < last; i++) {
            counts[(int) i] += delta;
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
        if (!type.startTimes().contains(shift.start().toLocalTime())
                || problem.zone().getRules().getValidOffsets(shift.start()).isEmpty()) {
            fail(Rule.SHIFT_START_ALLOWED, who, type.id() + " may not start at " + shift.start());
        }
        ZonedDateTime start = ZonedDateTime.ofLocal(shift.start(), problem.zone(), null);
        LocalDateTime end = start.plus(type.length()).toLocalDateTime();
        if (!end.equals(shift.end())) {
            fail(Rule.SHIFT_LENGTH, who, "shift " + shift.start() + " should end at " + end + " but ends at " + shift.end());
        }
        checkBreaks(shift, type, start);
    }

    private void checkBreaks(Shift shift, ShiftType type, ZonedDateTime shiftStart) {
        String who = shift.agent();
        if (shift.breaks().size() != type.breaks().size()) {
            fail(Rule.BREAKS_TAKEN, who, "shift " + shift.start() + " has " + shift.breaks().size() + " breaks, "
                    + type.id() + " carries " + type.breaks().size());
            return;
        }
        Instant previousEnd = shiftStart.toInstant();
        for (int i = 0; i < type.breaks().size(); i++) {
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
            if (!Duration.between(from, to).equals(rule.length())) {
                fail(Rule.BREAK_LENGTH, who, where + " lasts " + Duration.between(from, to) + ", not " + rule.length());
            }
            if (from.isBefore(previousEnd)) {
                fail(Rule.BREAKS_IN_ORDER_WITHOUT_OVERLAP, who, where + " starts before the previous break ends");
            }
            previousEnd = to;
        }
    }

    private void checkAgent(Agent agent, List<Shift> shifts) {
        String who = agent.id();
        Contract contract = agent.contract();
        TreeSet<LocalDate> days = new TreeSet<>();
        double paidHours = 0;
        Shift previous = null;
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
            paidHours += problem.shiftType(shift.type()).map(ShiftType::paidHours).orElse(0.0);
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
        int run = 0;
        LocalDate last = null;
        for (LocalDate day : days) {
            run = last != null && last.plusDays(1).equals(day) ? run + 1 : 1;
            if (run == contract.maxConsecutiveDays() + 1) {
                fail(Rule.MAX_CONSECUTIVE_DAYS, who, "works more than " + contract.maxConsecutiveDays()
                        + " days in a row up to " + day);
            }
            last = day;
        }
    }

    private void checkCoverage(Roster roster) {
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
        double paid = roster.shifts().stream()
                .mapToDouble(s -> problem.shiftType(s.type()).map(ShiftType::paidHours).orElse(0.0)).sum();
        RosterSummary summary = roster.summary();
        if (Math.abs(summary.shortfall() - shortfall) > TOLERANCE || Math.abs(summary.surplus() - surplus) > TOLERANCE
                || Math.abs(summary.paidHours() - paid) > TOLERANCE) {
            fail(Rule.SUMMARY_REPORTED, null, String.format(java.util.Locale.ROOT,
                    "shifts give shortfall %.3f, surplus %.3f, paid hours %.2f; summary says %.3f, %.3f, %.2f",
                    shortfall, surplus, paid, summary.shortfall(), summary.surplus(), summary.paidHours()));
        }
    }
}

package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCheckTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    /** One 4-hour shift type starting 08:00-10:00 with a 1-hour paid break 1h-2h in; two agents; 2 days. */
    private static ScheduleProblem problem() {
        ShiftType early = ShiftType.of("E", LocalTime.of(8, 0), LocalTime.of(10, 0), HOUR, Duration.ofHours(4))
                .withBreaks(BreakRule.paid("break", HOUR, HOUR, Duration.ofHours(2)));
        IntervalSeries req = IntervalSeries.of(ZoneId.of("UTC"), HOUR, Map.of(
                t("2026-01-05T08:00"), 1.0, t("2026-01-05T09:00"), 2.0, t("2026-01-05T10:00"), 1.0));
        Contract contract = new Contract(3, 8, 2, 11, 1);
        return ScheduleProblem.of("t", HOUR, MONDAY, 2, req, List.of(early), List.of(
                Agent.of("A1", contract, "E"), Agent.of("A2", contract, "E").withTimeOff(TimeOff.sick(MONDAY.plusDays(1)))));
    }

    private static Shift shift(String agent, String start, String breakStart) {
        LocalDateTime s = t(start);
        LocalDateTime b = t(breakStart);
        return new Shift(agent, "E", s, s.plusHours(4), List.of(new ShiftBreak("break", b, b.plusHours(1), true)));
    }

    private static Roster roster(ScheduleProblem p, List<Shift> shifts) {
        List<Coverage> coverage = RosterCheck.coverage(p, shifts);
        double shortfall = coverage.stream().mapToDouble(Coverage::shortfall).sum();
        double surplus = coverage.stream().mapToDouble(Coverage::surplus).sum();
        return new Roster("t", "0hard/0soft", true, shifts, coverage,
                new RosterSummary(shortfall, surplus, shifts.stream()
                        .mapToDouble(s -> p.shiftType(s.type()).orElseThrow().paidHours()).sum(), null, null));
    }

    @Test
    void aShiftOnAWeekdayItsTypeDoesNotStartOnIsRefused() {
        ScheduleProblem p = problem();
        ShiftType weekdays = p.shiftTypes().get(0).withDays(java.time.DayOfWeek.TUESDAY);
        ScheduleProblem tuesdays = ScheduleProblem.of("t", HOUR, MONDAY, 2, p.requirements(), List.of(weekdays),
                p.agents());
        List<Shift> monday = List.of(shift("A1", "2026-01-05T08:00", "2026-01-05T10:00"));
        List<RosterCheck.Violation> a1 = RosterCheck.check(tuesdays, roster(tuesdays, monday)).stream()
                .filter(v -> "A1".equals(v.agent())).toList();
        assertThat(a1).extracting(RosterCheck.Violation::rule).containsExactly(Rule.SHIFT_START_ALLOWED);
        assertThat(a1.get(0).toString()).contains("E may not start on a Monday (2026-01-05T08:00; its days: TUE)");
        // without days, every day: A1's Monday shift is fine
        assertThat(RosterCheck.check(p, roster(p, monday))).noneMatch(v -> "A1".equals(v.agent()));
    }

    @Test
    void acceptsAValidRosterAndCountsCoverageWithoutBreaks() {
        ScheduleProblem p = problem();
        List<Shift> shifts = List.of(shift("A1", "2026-01-05T08:00", "2026-01-05T10:00"),
                shift("A2", "2026-01-05T08:00", "2026-01-05T09:00"));
        Roster r = roster(p, shifts);
        assertThat(RosterCheck.check(p, r)).isEmpty();
        assertThat(r.coverage()).hasSize(48);
        assertThat(r.coverage().subList(8, 12)).extracting(Coverage::scheduled).containsExactly(2.0, 1.0, 1.0, 2.0);
        assertThat(r.summary().shortfall()).isEqualTo(1.0);
        // 08:00 two on for one needed, 09:00 one for two, 10:00 one for one, 11:00 two for none
        assertThat(r.summary().surplus()).isEqualTo(3.0);
    }

    @Test
    void findsEveryBrokenRule() {
        ScheduleProblem p = problem();
        List<Shift> shifts = new ArrayList<>(List.of(
                shift("A1", "2026-01-05T08:00", "2026-01-05T08:00"),   // break too early
                shift("A1", "2026-01-06T08:00", "2026-01-06T10:00"),   // rest 16h ok, but 2 days in a row > 1
                shift("A2", "2026-01-06T10:00", "2026-01-06T11:00"),   // sick day
                new Shift("A2", "E", t("2026-01-05T08:30"), t("2026-01-05T12:30"), List.of())));
        Roster r = roster(p, shifts);
        assertThat(RosterCheck.check(p, r)).extracting(RosterCheck.Violation::rule).containsExactlyInAnyOrder(
                Rule.BREAK_IN_WINDOW, Rule.SHIFT_START_ALLOWED, Rule.BREAKS_TAKEN, Rule.NO_WORK_ON_TIME_OFF,
                Rule.MAX_CONSECUTIVE_DAYS, Rule.MAX_CONSECUTIVE_DAYS); // A1 and A2 both work Monday and Tuesday
    }

    @Test
    void flagsACoverageOrSummaryThatDisagreesWithTheShifts() {
        ScheduleProblem p = problem();
        List<Shift> shifts = List.of(shift("A1", "2026-01-05T08:00", "2026-01-05T10:00"),
                shift("A2", "2026-01-05T08:00", "2026-01-05T09:00"));
        Roster good = roster(p, shifts);
        Roster badSummary = good.withSummary(new RosterSummary(0, 0, 8, null, null));
        assertThat(RosterCheck.check(p, badSummary)).extracting(RosterCheck.Violation::rule)
                .containsExactly(Rule.SUMMARY_REPORTED);
        List<Coverage> coverage = new ArrayList<>(good.coverage());
        coverage.set(9, new Coverage(coverage.get(9).start(), coverage.get(9).planned(), 2));
        Roster badCoverage = new Roster("t", "", true, shifts, coverage, good.summary());
        assertThat(RosterCheck.check(p, badCoverage)).extracting(RosterCheck.Violation::rule)
                .containsExactly(Rule.COVERAGE_REPORTED);
    }

    @Test
    void checksHoursRestAndDaysFromTheContract() {
        ScheduleProblem p = problem().withAgents(List.of(Agent.of("A1", new Contract(5, 6, 1, 20, 7), "E")));
        List<Shift> shifts = List.of(shift("A1", "2026-01-05T10:00", "2026-01-05T11:00"),
                shift("A1", "2026-01-06T08:00", "2026-01-06T09:00"));
        assertThat(RosterCheck.check(p, roster(p, shifts))).extracting(RosterCheck.Violation::rule)
                .containsExactlyInAnyOrder(Rule.MAX_PAID_HOURS, Rule.MAX_DAYS, Rule.MIN_REST_BETWEEN_SHIFTS);
    }

    @Test
    void aDstDayHasFewerIntervalsAndAShiftOverTheChangeKeepsItsLength() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        ShiftType night = ShiftType.of("N", LocalTime.of(22, 0), LocalTime.of(22, 0), HOUR, Duration.ofHours(8));
        IntervalSeries req = IntervalSeries.of(amsterdam, HOUR, Map.of(t("2026-03-29T03:00"), 1.0));
        ScheduleProblem p = new ScheduleProblem("dst", amsterdam, HOUR, LocalDate.of(2026, 3, 28), 2, req, 0,
                List.of(night), List.of(Agent.of("A1", Contract.NONE, "N")));
        // 22:00 + 8 elapsed hours across the spring change ends at 07:00 local
        Shift ok = new Shift("A1", "N", t("2026-03-28T22:00"), t("2026-03-29T07:00"), List.of());
        Roster r = roster(p, List.of(ok));
        assertThat(RosterCheck.horizonGrid(p)).hasSize(24 + 23);
        assertThat(RosterCheck.check(p, r)).isEmpty();
        assertThat(r.summary().shortfall()).isZero();
        Shift wrong = new Shift("A1", "N", t("2026-03-28T22:00"), t("2026-03-29T06:00"), List.of());
        assertThat(RosterCheck.check(p, roster(p, List.of(wrong)))).extracting(RosterCheck.Violation::rule)
                .contains(Rule.SHIFT_LENGTH);
    }
}

package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.ScheduleProblemJson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Work a roster carries that it does not plan: shifts cut short by a sick call, and the previous roster's shifts
 * that run into the horizon, as {@link RosterCheck} sees them.
 */
class CarriedWorkTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    /**
     * A 24/7 centre on hourly intervals: an 8-hour shift type starting at any hour with a 1-hour unpaid break
     * 3-4 h in; one agent needed every hour of Monday and Tuesday; two agents with 11 h rest and at most 5 days in a
     * row.
     */
    private static ScheduleProblem problem() {
        ShiftType any = ShiftType.of("N8", LocalTime.MIDNIGHT, LocalTime.of(23, 0), HOUR, Duration.ofHours(8))
                .withBreaks(BreakRule.unpaid("meal", HOUR, Duration.ofHours(3), Duration.ofHours(4)));
        IntervalSeries.Builder req = IntervalSeries.builder(ZoneId.of("UTC"), HOUR);
        for (int h = 0; h < 48; h++) {
            req.add(MONDAY.atStartOfDay().plusHours(h), 1);
        }
        Contract contract = new Contract(0, 40, 5, 11, 5);
        return ScheduleProblem.of("t", HOUR, MONDAY, 2, req.build(), List.of(any),
                List.of(Agent.of("A1", contract, "N8"), Agent.of("A2", contract, "N8")));
    }

    private static Shift shift(String agent, String start, String meal) {
        LocalDateTime s = t(start);
        LocalDateTime b = t(meal);
        return new Shift(agent, "N8", s, s.plusHours(8), List.of(new ShiftBreak("meal", b, b.plusHours(1), false)));
    }

    private static Roster roster(ScheduleProblem p, List<Shift> shifts) {
        List<Coverage> coverage = RosterCheck.coverage(p, shifts);
        double shortfall = coverage.stream().mapToDouble(Coverage::shortfall).sum();
        double surplus = coverage.stream().mapToDouble(Coverage::surplus).sum();
        double paid = 0;
        for (Shift s : shifts) {
            long minutes = Duration.between(s.start(), s.end()).toMinutes();
            for (ShiftBreak b : s.breaks()) {
                minutes -= b.paid() ? 0 : Duration.between(b.start(), b.end()).toMinutes();
            }
            paid += minutes / 60.0;
        }
        return new Roster("t", "0hard/0soft", true, shifts, coverage, new RosterSummary(shortfall, surplus, paid, null,
                null));
    }

    private static List<Rule> rules(ScheduleProblem p, List<Shift> shifts) {
        return RosterCheck.check(p, roster(p, shifts)).stream().map(RosterCheck.Violation::rule).toList();
    }

    @Test
    void aShiftCutAtASickCallKeepsTheHoursWorkedAndTheBreaksTaken() {
        ScheduleProblem p = problem();
        Shift whole = shift("A1", "2026-01-05T08:00", "2026-01-05T11:00");
        Shift cut = whole.cutAt(t("2026-01-05T11:30"));
        // the meal under way at the call ends with the shift
        assertThat(cut).isEqualTo(new Shift("A1", "N8", t("2026-01-05T08:00"), t("2026-01-05T11:30"),
                List.of(new ShiftBreak("meal", t("2026-01-05T11:00"), t("2026-01-05T11:30"), false)), true));
        assertThat(rules(p, List.of(cut))).doesNotContain(Rule.SHIFT_LENGTH, Rule.BREAKS_TAKEN, Rule.BREAK_LENGTH,
                Rule.SUMMARY_REPORTED, Rule.COVERAGE_REPORTED);
        // 08:00-11:00 on the phones, paid 3 h (the half hour of meal is unpaid)
        Roster r = roster(p, List.of(cut));
        assertThat(r.coverage().subList(7, 12)).extracting(Coverage::scheduled).containsExactly(0.0, 1.0, 1.0, 1.0, 0.0);
        assertThat(r.summary().paidHours()).isEqualTo(3.0);
        // cut before the meal could start: no break, which is right
        assertThat(rules(p, List.of(whole.cutAt(t("2026-01-05T10:00"))))).doesNotContain(Rule.BREAKS_TAKEN);
        assertThat(whole.cutAt(t("2026-01-05T10:00")).breaks()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> whole.cutAt(t("2026-01-05T16:00")))
                .withMessageContaining("not inside it");
    }

    @Test
    void aCutShiftMustEndBeforeItsTypeAndHoldThePassedBreaks() {
        ScheduleProblem p = problem();
        Shift whole = shift("A1", "2026-01-05T08:00", "2026-01-05T11:00");
        Shift notShorter = new Shift("A1", "N8", whole.start(), whole.end(), whole.breaks(), true);
        assertThat(rules(p, List.of(notShorter))).contains(Rule.SHIFT_LENGTH);
        // cut at 13:00 without its meal, whose window closed at 12:00
        Shift mealSkipped = new Shift("A1", "N8", whole.start(), t("2026-01-05T13:00"), List.of(), true);
        assertThat(rules(p, List.of(mealSkipped))).contains(Rule.BREAKS_TAKEN);
    }

    @Test
    void previousShiftsCoverTheFirstHoursAndCountForRestAndDaysInARow() throws IOException {
        // A1 worked Sunday night 22:00-06:00 and the four days before: five days in a row up to Monday
        List<Shift> previous = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            LocalDate day = MONDAY.minusDays(d + 1);
            previous.add(shift("A1", day + "T22:00", day.plusDays(1) + "T01:00"));
        }
        previous.add(shift("A1", "2026-01-04T22:00", "2026-01-05T01:00"));
        ScheduleProblem p = problem().withPrevious(previous);
        assertThat(p.previousRun("A1")).isEqualTo(5);
        assertThat(p.previousRun("A2")).isZero();

        // Monday 00:00-06:00 is covered by the carried shift, its meal hour 01:00 excepted
        Roster nothing = roster(p, List.of());
        assertThat(nothing.coverage().subList(0, 7)).extracting(Coverage::scheduled)
                .containsExactly(1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0);
        assertThat(RosterCheck.check(p, nothing)).isEmpty();

        // A1 back at 15:00 rests 9 h: too little; on Monday it would be its sixth day in a row
        List<RosterCheck.Violation> early = RosterCheck.check(p, roster(p,
                List.of(shift("A1", "2026-01-05T15:00", "2026-01-05T18:00"))));
        assertThat(early).extracting(RosterCheck.Violation::rule)
                .contains(Rule.MIN_REST_BETWEEN_SHIFTS, Rule.MAX_CONSECUTIVE_DAYS);
        assertThat(early.stream().filter(v -> v.rule() == Rule.MAX_CONSECUTIVE_DAYS).findFirst().orElseThrow().detail())
                .contains("counting the previous roster's days");
        // A2, who did not work, may start at midnight
        assertThat(RosterCheck.check(p, roster(p, List.of(shift("A2", "2026-01-05T06:00", "2026-01-05T09:00")))))
                .noneMatch(v -> "A2".equals(v.agent()));
        // written and read back with the problem
        Path file = dir.resolve("problem.json");
        ScheduleProblemJson.write(p, file);
        assertThat(ScheduleProblemJson.read(file).previous()).isEqualTo(previous);
    }

    @Test
    void previousShiftsStartBeforeTheHorizonAndBelongToTheTeam() {
        ScheduleProblem p = problem();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> p.withPrevious(List.of(shift("A1", "2026-01-05T06:00", "2026-01-05T09:00"))))
                .withMessageContaining("starts in the horizon");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> p.withPrevious(List.of(shift("A9", "2026-01-04T22:00", "2026-01-05T01:00"))))
                .withMessageContaining("no agent of that id in the team");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> p.withPrevious(List.of(shift("A1", "2026-01-04T06:00", "2026-01-04T09:00"),
                        shift("A1", "2026-01-04T18:00", "2026-01-04T21:00"))))
                .withMessageContaining("two on 2026-01-04");
    }
}

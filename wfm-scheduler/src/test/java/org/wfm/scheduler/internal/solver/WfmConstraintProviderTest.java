package org.wfm.scheduler.internal.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.wfm.core.workforce.Shift;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wfm.scheduler.internal.solver.Fixture.B2;
import static org.wfm.scheduler.internal.solver.Fixture.D;
import static org.wfm.scheduler.internal.solver.Fixture.MONDAY;
import static org.wfm.scheduler.internal.solver.Fixture.N;

class WfmConstraintProviderTest {

    private final ConstraintVerifier<WfmConstraintProvider, Schedule> verifier = ConstraintVerifier
            .build(new WfmConstraintProvider(), Schedule.class, ShiftAssignment.class, Session.class,
                    IntervalCoverage.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    private final Fixture f = new Fixture();

    @Test
    void shiftTypeAllowed() {
        verifier.verifyThat(WfmConstraintProvider::shiftTypeAllowed)
                .given(f.forced("A", f.start(N, 0, 22)), f.working("A", 2, D, 8))
                .penalizesBy(1);
    }

    @Test
    void noWorkOnTimeOff() {
        verifier.verifyThat(WfmConstraintProvider::noWorkOnTimeOff)
                .given(f.forced("A", f.start(D, 6, 8)), f.working("A", 5, D, 8))
                .penalizesBy(1);
    }

    @Test
    void noWorkWhenUnavailable() {
        // A is unavailable Tuesday 09:00-10:00: 08:00-12:00 touches it, 10:00-14:00 does not
        verifier.verifyThat(WfmConstraintProvider::noWorkWhenUnavailable)
                .given(f.forced("A", f.start(D, 1, 8)), f.forced("A", f.start(D, 1, 10)))
                .penalizesBy(1);
        assertThat(f.day("A", 1).getStartRange()).extracting(s -> s.localStart().getHour()).containsExactly(10, 11, 12);
    }

    @Test
    void breaksInOrderWithoutOverlap() {
        // lunch at 2:00-2:30 (position 4 of its window from 1:00), break at 2:00 (position 0): 2 intervals overlap
        ShiftAssignment overlapping = f.working("B", 0, B2, 8);
        overlapping.setBreakPosition(0, 4);
        overlapping.setBreakPosition(1, 0);
        ShiftAssignment apart = f.working("B", 1, B2, 8);
        apart.setBreakPosition(0, 0);
        apart.setBreakPosition(1, 0);
        verifier.verifyThat(WfmConstraintProvider::breaksInOrderWithoutOverlap)
                .given(overlapping, apart)
                .penalizesBy(2);
    }

    @Test
    void minRestBetweenShifts() {
        // night Monday 22:00-06:00, day Tuesday 08:00: 2 h rest of 11 -> 540 minutes short; Wednesday 08:00 is fine
        verifier.verifyThat(WfmConstraintProvider::minRestBetweenShifts)
                .given(f.working("B", 0, N, 22), f.working("B", 1, D, 8), f.working("B", 2, D, 8))
                .penalizesBy(540);
    }

    @Test
    void maxDays() {
        verifier.verifyThat(WfmConstraintProvider::maxDays)
                .given(f.working("A", 0, D, 8), f.working("A", 2, D, 8), f.working("A", 4, D, 8))
                .penalizesBy(1);
    }

    @Test
    void maxConsecutiveDays() {
        verifier.verifyThat(WfmConstraintProvider::maxConsecutiveDays)
                .given(f.working("A", 0, D, 8), f.working("A", 1, D, 10), f.working("A", 2, D, 8))
                .penalizesBy(1);
        verifier.verifyThat(WfmConstraintProvider::maxConsecutiveDays)
                .given(f.working("A", 0, D, 8), f.working("A", 1, D, 10), f.working("A", 3, D, 8))
                .penalizesBy(0);
        assertThat(WfmConstraintProvider.excessConsecutive(0b1110111L, 2)).isEqualTo(2);
        assertThat(WfmConstraintProvider.excessConsecutive(0b1111111L, 7)).isZero();
    }

    @Test
    void maxConsecutiveDaysCountsThePreviousRostersRun() {
        // A (2 days in a row at most) worked last Sunday: Monday and Tuesday make three in a row
        Fixture after = new Fixture(List.of(new Shift("A", "D", MONDAY.minusDays(1).atTime(8, 0),
                MONDAY.minusDays(1).atTime(12, 0), List.of())), List.of());
        verifier.verifyThat(WfmConstraintProvider::maxConsecutiveDays)
                .given(after.working("A", 0, D, 8), after.working("A", 1, D, 10))
                .penalizesBy(1);
        verifier.verifyThat(WfmConstraintProvider::maxConsecutiveDays)
                .given(after.working("A", 0, D, 8), after.working("A", 2, D, 10))
                .penalizesBy(0);
        // a run longer than the limit was the previous roster's: not working Monday breaks nothing
        assertThat(WfmConstraintProvider.excessConsecutive(after.agent("A").consecutiveMask(0b10L), 2)).isZero();
    }

    @Test
    void theRestAfterThePreviousRostersLastShiftLeavesOutEarlierStarts() {
        // B's Sunday night ends Monday 06:00; with 11 h rest only Monday's night shift at 22:00 is left
        Fixture after = new Fixture(List.of(new Shift("B", "N", MONDAY.minusDays(1).atTime(22, 0),
                MONDAY.atTime(6, 0), List.of())), List.of());
        assertThat(after.day("B", 0).getStartRange()).extracting(s -> s.localStart().getHour()).containsExactly(22);
        assertThat(f.day("B", 0).getStartRange()).hasSizeGreaterThan(1);
    }

    @Test
    void aShiftCutBySickLeaveCountsItsDayAndItsPaidTime() {
        // A's Monday shift was cut after 2 h: with one 4-hour shift A lacks 8 - 4 - 2 = 2 paid hours, and days
        // Monday, Wednesday and Thursday are one more than its 2
        Shift cut = new Shift("A", "D", MONDAY.atTime(8, 0), MONDAY.atTime(10, 0), List.of(), true);
        Fixture sick = new Fixture(List.of(), List.of(cut));
        verifier.verifyThat(WfmConstraintProvider::minPaidHours)
                .given(sick.working("A", 2, D, 8), sick.day("A", 3))
                .penalizesBy(120);
        verifier.verifyThat(WfmConstraintProvider::maxDays)
                .given(sick.working("A", 2, D, 8), sick.working("A", 3, D, 8))
                .penalizesBy(1);
        verifier.verifyThat(WfmConstraintProvider::maxPaidHours)
                .given(sick.working("A", 2, D, 8), sick.working("A", 3, D, 8))
                .penalizesBy(0);
        // the cut shift's two hours are on the phones
        assertThat(sick.schedule.getIntervals().get(8 * 4).getScheduled()).isEqualTo(1);
        assertThat(sick.schedule.getIntervals().get(10 * 4).getScheduled()).isZero();
    }

    @Test
    void minPaidHours() {
        // A needs 8 paid hours: one 4-hour shift (paid break) and two days off leave 240 minutes missing
        verifier.verifyThat(WfmConstraintProvider::minPaidHours)
                .given(f.working("A", 0, D, 8), f.day("A", 2), f.day("A", 3))
                .penalizesBy(240);
        verifier.verifyThat(WfmConstraintProvider::minPaidHours)
                .given(f.day("A", 2), f.day("A", 3))
                .penalizesBy(480);
    }

    @Test
    void maxPaidHours() {
        verifier.verifyThat(WfmConstraintProvider::maxPaidHours)
                .given(f.working("A", 0, D, 8), f.working("A", 2, D, 8), f.working("A", 3, D, 8),
                        f.working("A", 5, D, 8))
                .penalizesBy(240);
    }

    @Test
    void understaffingIsTheSquaredShortfallInHundredthsOfAnAgent() {
        verifier.verifyThat(WfmConstraintProvider::understaffing)
                .given(demand(2.5, 1), demand(2.5, 3), demand(2.5, 0), demand(0, 0))
                .penalizesBy(150 * 150 + 250 * 250);
    }

    @Test
    void overstaffing() {
        verifier.verifyThat(WfmConstraintProvider::overstaffing)
                .given(demand(2.5, 4), demand(2.5, 2), demand(0, 1))
                .penalizesBy(150 + 100);
    }

    @Test
    void paidHours() {
        verifier.verifyThat(WfmConstraintProvider::paidHours)
                .given(f.working("B", 0, D, 8), f.working("B", 1, B2, 8), f.day("B", 2))
                .penalizesBy(240 + 330);
    }

    @Test
    void fairWeekends() {
        verifier.verifyThat(WfmConstraintProvider::fairWeekends)
                .given(f.working("B", 5, D, 8), f.working("B", 6, D, 8), f.working("B", 4, D, 8),
                        f.working("A", 5, D, 8))
                .penalizesBy(WfmConstraintProvider.FAIRNESS_WEIGHT * (4 + 1));
    }

    @Test
    void fairLateShifts() {
        // the night shift runs past 20:00; a day shift 12:00-16:00 does not
        verifier.verifyThat(WfmConstraintProvider::fairLateShifts)
                .given(f.working("B", 0, N, 22), f.working("B", 2, N, 22), f.working("B", 4, D, 12))
                .penalizesBy(WfmConstraintProvider.FAIRNESS_WEIGHT * 4);
    }

    @Test
    void keepOriginalShifts() {
        ShiftAssignment changed = f.working("B", 0, D, 8);
        changed.keepAsOriginal();
        changed.setStart(f.day("B", 0).getStartRange().get(1));
        ShiftAssignment kept = f.working("B", 1, D, 8);
        kept.keepAsOriginal();
        ShiftAssignment added = f.day("B", 2);
        added.keepAsOriginal();
        added.setStart(added.getStartRange().get(0));
        ShiftAssignment breakMoved = f.working("B", 3, D, 8);
        breakMoved.keepAsOriginal();
        breakMoved.setBreakPosition(0, 0);
        verifier.verifyThat(WfmConstraintProvider::keepOriginalShifts)
                .given(changed, kept, added, breakMoved)
                .penalizesBy(2 * WfmConstraintProvider.CHANGE_WEIGHT + WfmConstraintProvider.BREAK_CHANGE_WEIGHT);
    }

    private static IntervalCoverage demand(double planned, int scheduled) {
        IntervalCoverage d = new IntervalCoverage(0, LocalDateTime.of(2026, 1, 5, 8, 0), planned);
        d.setScheduled(scheduled);
        return d;
    }

    /** A session of {@code length} intervals from {@code start} for {@code attendees}, {@code missing} of them absent. */
    private Session session(String id, boolean together, int start, int length, int allowedMissing, int missing,
                            String... attendees) {
        List<AgentRules> who = java.util.Arrays.stream(attendees).map(f::agent).toList();
        int[] order = java.util.Arrays.stream(attendees).mapToInt(a -> a.equals("A") ? 0 : 1).toArray();
        Session s = new Session(id, id.split("/")[0], together, length, who, order, allowedMissing, 0,
                List.of(start));
        s.setStart(start);
        s.setMissing(missing);
        return s;
    }

    @Test
    void activityAttendance() {
        // a meeting of two that may go without one misses both: 1 beyond, 4 intervals; a coaching missed: 2
        verifier.verifyThat(WfmConstraintProvider::activityAttendance)
                .given(session("meeting", true, 40, 4, 1, 2, "A", "B"),
                        session("coaching/A/1", false, 50, 2, 0, 1, "A"),
                        session("coaching/B/1", false, 50, 2, 0, 0, "B"),
                        session("training", true, 60, 8, 1, 1, "A", "B"))
                .penalizesBy(6);
    }

    @Test
    void activityWithoutOverlap() {
        // meeting 40-44 (A, B); B's coaching 42-44 overlaps it by 2; A's coaching 43-45 overlaps the meeting by 1 and
        // B's coaching (no shared attendee) not at all; B's training 44-52 touches the meeting's end without overlap
        verifier.verifyThat(WfmConstraintProvider::activityWithoutOverlap)
                .given(session("meeting", true, 40, 4, 0, 0, "A", "B"),
                        session("coaching/B/1", false, 42, 2, 0, 0, "B"),
                        session("coaching/A/1", false, 43, 2, 0, 0, "A"),
                        session("training", true, 44, 8, 0, 0, "B"))
                .penalizesBy(3);
    }

    @Test
    void activityMissing() {
        // the meeting may go without one and misses two: one is soft (the other hard); coaching allows none
        verifier.verifyThat(WfmConstraintProvider::activityMissing)
                .given(session("meeting", true, 40, 4, 1, 2, "A", "B"),
                        session("coaching/A/1", false, 50, 2, 0, 1, "A"))
                .penalizesBy(WfmConstraintProvider.MISSING_WEIGHT);
    }

    @Test
    void aSessionAttendedInAShiftIsOffThePhonesAndOneOutsideItIsNot() {
        // D Monday 08:00-12:00 (intervals 32-47), break at 09:00 (position 0): a session 10:00-10:30 is attended
        ShiftAssignment day = f.working("A", 0, D, 8);
        day.setBreakPosition(0, 0);
        Session inside = session("coaching/A/1", false, 40, 2, 0, 0, "A");
        Session onBreak = session("coaching/A/2", false, 36, 2, 0, 0, "A");
        Session after = session("coaching/A/3", false, 48, 2, 0, 0, "A");
        assertThat(day.attends(inside)).isTrue();
        assertThat(day.attends(onBreak)).isFalse();
        assertThat(day.attends(after)).isFalse();
        assertThat(day.workingIntervals(List.of(inside, onBreak, after))).containsExactly(
                32, 33, 34, 35, 37, 38, 39, 42, 43, 44, 45, 46, 47);
    }
}

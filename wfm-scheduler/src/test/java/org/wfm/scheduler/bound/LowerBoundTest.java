package org.wfm.scheduler.bound;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.core.workforce.Unavailability;
import org.wfm.scheduler.SyntheticProblems;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Small problems whose LP optimum is known by hand; all figures in quarter-hour agent-intervals. */
class LowerBoundTest {

    static final Duration QUARTER = Duration.ofMinutes(15);
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final ZoneId UTC = ZoneId.of("UTC");

    /** A one-hour shift (4 intervals) starting only at 08:00. */
    static final ShiftType HOUR_AT_8 = ShiftType.of("H8", LocalTime.of(8, 0), LocalTime.of(8, 0), QUARTER,
            Duration.ofHours(1));
    /** A one-hour shift starting only at 12:00. */
    static final ShiftType HOUR_AT_12 = ShiftType.of("H12", LocalTime.of(12, 0), LocalTime.of(12, 0),
            QUARTER, Duration.ofHours(1));

    /**
     * Optima of the earlier formulation (one variable per shift start, break rule and position, a link row
     * for each, an explicit rounding cut per interval) on one-day slices of the generated weeks, three breaks per
     * full-time shift, the 25-hour DST Sunday among them: the aggregated columns and the step variable allow
     * exactly the same plans.
     */
    @Test
    void theCompactFormulationKeepsTheOptimaOfOneVariablePerBreakPosition() {
        assertThat(LowerBound.of(oneDay(SyntheticProblems.week(12, 1), 0, 1)))
                .isEqualTo(new Bound(60.526316, 0));
        assertThat(LowerBound.of(oneDay(SyntheticProblems.coveredWeek(12, 1), 2, 0.5)))
                .isEqualTo(new Bound(0, 198.421053));
        assertThat(LowerBound.of(oneDay(SyntheticProblems.aroundTheClockWeek(12, 1), 6, 1)))
                .isEqualTo(new Bound(32.631579, 76.430027));
        assertThat(LowerBound.of(oneDay(SyntheticProblems.aroundTheClockWeek(12, 1), 6, 0.4)))
                .isEqualTo(new Bound(13.052631, 77.209733));
    }

    /** Day {@code d} of a generated week as a one-day problem, its requirement scaled by {@code factor}. */
    private static ScheduleProblem oneDay(ScheduleProblem week, int d, double factor) {
        LocalDate date = week.start().plusDays(d);
        return new ScheduleProblem(week.name() + "-day" + d, week.zone(), week.interval(), date, 1,
                week.requirements().between(date.atStartOfDay(), date.plusDays(1).atStartOfDay()).map(v -> v * factor),
                week.unplannedShrinkage(), week.shiftTypes(), week.agents());
    }

    @Test
    void oneAgentAgainstTwoRequiredLeavesOneMissingPerInterval() {
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.NONE, "H8")),
                MONDAY.atTime(8, 0), 4, 2.0);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(4, 0));
    }

    @Test
    void aBreakInsideTwoHoursOfRequirementCostsOneInterval() {
        // requirement 08:00-10:00 and a break between 30 and 90 minutes after the 08:00 start
        assertThat(LowerBound.of(twoHoursWithBreak(90, 8)).shortfall()).isCloseTo(1, within(1e-5));
    }

    @Test
    void aBreakWindowReachingOutsideTheRequirementCostsNothing() {
        // requirement 08:00-09:45 only; the break may start at 09:45, where nobody is needed
        assertThat(LowerBound.of(twoHoursWithBreak(105, 7)).shortfall()).isCloseTo(0, within(1e-5));
    }

    @Test
    void unplannedShrinkageRaisesThePlannedRequirement() {
        // 1 required / (1 - 0.2) = 1.25 planned per interval, one agent: 0.25 missing in each of 4 intervals
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.NONE, "H8")),
                MONDAY.atTime(8, 0), 4, 1.0).withUnplannedShrinkage(0.2);
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(1, within(1e-5));
    }

    @Test
    void groupsOnlyWorkTheirOwnShiftTypes() {
        // two agents, but only one may work the 12:00 shift that the requirement needs twice
        List<Agent> agents = List.of(Agent.of("both", Contract.NONE, "H8", "H12"), Agent.of("early", Contract.NONE, "H8"));
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8, HOUR_AT_12), agents, MONDAY.atTime(12, 0), 4, 2.0);
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(4, within(1e-5));

        // one needed at 08:00 and one at 12:00: "early" takes 08:00, "both" takes 12:00
        IntervalSeries.Builder both = IntervalSeries.builder(UTC, QUARTER);
        for (int i = 0; i < 4; i++) {
            both.add(MONDAY.atTime(8, 0).plusMinutes(15L * i), 1.0);
            both.add(MONDAY.atTime(12, 0).plusMinutes(15L * i), 1.0);
        }
        ScheduleProblem p2 = new ScheduleProblem("both", UTC, QUARTER, MONDAY, 1, both.build(), 0,
                List.of(HOUR_AT_8, HOUR_AT_12), agents);
        assertThat(LowerBound.of(p2).shortfall()).isCloseTo(0, within(1e-5));
    }

    @Test
    void oneShiftPerAgentPerDay() {
        // a flexible one-hour shift; one agent can cover 08:00-09:00 or 10:00-11:00 on the day, not both
        ShiftType flexible = ShiftType.of("F", LocalTime.of(8, 0), LocalTime.of(10, 0), QUARTER, Duration.ofHours(1));
        IntervalSeries.Builder req = IntervalSeries.builder(UTC, QUARTER);
        for (int i = 0; i < 4; i++) {
            req.add(MONDAY.atTime(8, 0).plusMinutes(15L * i), 1.0);
            req.add(MONDAY.atTime(10, 0).plusMinutes(15L * i), 1.0);
        }
        ScheduleProblem p = new ScheduleProblem("day", UTC, QUARTER, MONDAY, 1, req.build(), 0, List.of(flexible),
                List.of(Agent.of("A", Contract.NONE, "F")));
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(4, within(1e-5));
    }

    @Test
    void contractsAndTimeOffLimitTheDaysWorked() {
        // one needed 08:00-09:00 on each of three days
        Agent maxDays = Agent.of("A", Contract.hours(0, 100, 1), "H8");
        assertThat(LowerBound.of(threeDays(maxDays)).shortfall()).isCloseTo(8, within(1e-5));
        Agent maxHours = Agent.of("A", Contract.hours(0, 2, 7), "H8");
        assertThat(LowerBound.of(threeDays(maxHours)).shortfall()).isCloseTo(4, within(1e-5));
        Agent onVacation = Agent.of("A", Contract.NONE, "H8").withTimeOff(TimeOff.vacation(MONDAY.plusDays(1)));
        assertThat(LowerBound.of(threeDays(onVacation)).shortfall()).isCloseTo(4, within(1e-5));
        Agent blocked = Agent.of("A", Contract.NONE, "H8")
                .withUnavailable(new Unavailability(MONDAY.atTime(8, 30), MONDAY.atTime(9, 0)));
        assertThat(LowerBound.of(threeDays(blocked)).shortfall()).isCloseTo(4, within(1e-5));
    }

    @Test
    void anAgentsFreeDaysCannotBeTradedForAnotherAgentsBusyDays() {
        // one needed on Monday and on Tuesday; "any" may work any one day, "wednesday" only Wednesday: the pooled
        // counts (Monday 1, Tuesday 1, 2 shifts in all) would cover both days, the agents cannot
        Agent any = Agent.of("any", Contract.hours(0, 100, 1), "H8");
        Agent wednesday = Agent.of("wednesday", Contract.hours(0, 100, 1), "H8")
                .withTimeOff(TimeOff.vacation(MONDAY), TimeOff.vacation(MONDAY.plusDays(1)));
        IntervalSeries.Builder req = IntervalSeries.builder(UTC, QUARTER);
        for (int d = 0; d < 2; d++) {
            for (int i = 0; i < 4; i++) {
                req.add(MONDAY.plusDays(d).atTime(8, 0).plusMinutes(15L * i), 1.0);
            }
        }
        ScheduleProblem p = new ScheduleProblem("trade", UTC, QUARTER, MONDAY, 3, req.build(), 0, List.of(HOUR_AT_8),
                List.of(any, wednesday));
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(4, within(1e-5));
    }

    @Test
    void minimumHoursForceSurplusWhereNobodyIsNeeded() {
        // nobody is needed on Tuesday, but 2 paid hours force a second one-hour shift (4 intervals) somewhere
        ScheduleProblem p = problem(2, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.hours(2, 2, 7), "H8")),
                MONDAY.atTime(8, 0), 4, 1.0);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(0, 4));
    }

    @Test
    void theSurplusBoundIsTakenAtTheLeastShortfall() {
        // 2 needed on Monday: one agent leaves 4 missing there, and its 2 minimum hours force Tuesday's shift
        ScheduleProblem p = problem(2, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.hours(2, 2, 7), "H8")),
                MONDAY.atTime(8, 0), 4, 2.0);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(4, 4));
    }

    @Test
    void wholeAgentsCannotCoverHalfAnAgent() {
        // half an agent needed 08:00-09:00 on three days, one agent for one day: covering half each day is
        // fractional; a roster covers one day (over by 0.5 x 4) and leaves two short (0.5 x 4 each)
        IntervalSeries.Builder req = IntervalSeries.builder(UTC, QUARTER);
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < 4; i++) {
                req.add(MONDAY.plusDays(d).atTime(8, 0).plusMinutes(15L * i), 0.5);
            }
        }
        ScheduleProblem p = new ScheduleProblem("half", UTC, QUARTER, MONDAY, 3, req.build(), 0, List.of(HOUR_AT_8),
                List.of(Agent.of("A", Contract.hours(0, 100, 1), "H8")));
        Bound bound = LowerBound.of(p);
        assertThat(bound.shortfall()).isEqualTo(4).isEqualTo(LowerBound.shortfall(p));
        // the surplus LP may give up 1e-6 of relative shortfall against round-off, and 4e-6 of surplus with it
        assertThat(bound.surplus()).isCloseTo(2, within(1e-5));
    }

    @Test
    void unreachableMinimumHoursAreCappedAtWhatTheDaysAllow() {
        // 10 hours minimum, but one day of one-hour shifts: the cap leaves one shift, which covers the need
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.hours(10, 10, 7), "H8")),
                MONDAY.atTime(8, 0), 4, 1.0);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(0, 0));
    }

    @Test
    void aShortDstDayCountsElapsedTime() {
        // 2026-03-29 in Amsterdam skips 02:00-03:00: a 4-hour shift from 00:00 ends at 05:00 local
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        LocalDate spring = LocalDate.of(2026, 3, 29);
        ShiftType night = ShiftType.of("N4", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, QUARTER, Duration.ofHours(4));
        IntervalSeries.Builder req = IntervalSeries.builder(amsterdam, QUARTER);
        for (LocalDateTime t = spring.atStartOfDay(); t.isBefore(spring.atTime(5, 0)); t = t.plusMinutes(15)) {
            if (t.getHour() != 2) {
                req.add(t, 1.0);
            }
        }
        ScheduleProblem p = new ScheduleProblem("spring", amsterdam, QUARTER, spring, 1, req.build(), 0,
                List.of(night), List.of(Agent.of("A", Contract.NONE, "N4")));
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(0, within(1e-5));
        // with the requirement running to 06:00 local, the last hour is uncovered
        IntervalSeries.Builder more = IntervalSeries.builder(amsterdam, QUARTER);
        for (int i = 0; i < req.build().size(); i++) {
            more.add(req.build().start(i), 1.0);
        }
        for (LocalDateTime t = spring.atTime(5, 0); t.isBefore(spring.atTime(6, 0)); t = t.plusMinutes(15)) {
            more.add(t, 1.0);
        }
        ScheduleProblem p2 = new ScheduleProblem("spring", amsterdam, QUARTER, spring, 1, more.build(), 0,
                List.of(night), List.of(Agent.of("A", Contract.NONE, "N4")));
        assertThat(LowerBound.of(p2).shortfall()).isCloseTo(4, within(1e-5));
    }

    @Test
    void aLongDstDayCountsTheRepeatedHourTwice() {
        // 2026-10-25 in Amsterdam repeats 02:00-03:00: a 4-hour shift from 00:00 ends at 03:00 local
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        ShiftType night = ShiftType.of("N4", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, QUARTER, Duration.ofHours(4));
        for (int hours : new int[]{4, 5}) {
            IntervalSeries.Builder req = IntervalSeries.builder(amsterdam, QUARTER);
            java.time.ZonedDateTime t = autumn.atStartOfDay(amsterdam);
            for (int i = 0; i < 4 * hours; i++, t = t.plusMinutes(15)) {
                req.add(t.toLocalDateTime(), 1.0); // a repeated local time goes to the later offset the second time
            }
            ScheduleProblem p = new ScheduleProblem("autumn", amsterdam, QUARTER, autumn, 1, req.build(), 0,
                    List.of(night), List.of(Agent.of("A", Contract.NONE, "N4")));
            assertThat(LowerBound.of(p).shortfall()).isCloseTo(4 * (hours - 4), within(1e-5));
        }
    }

    @Test
    void shiftsRunPastTheHorizonEnd() {
        // a 23:00 shift of 2 hours on the last day: only its first hour counts, and it is enough
        ShiftType late = ShiftType.of("L", LocalTime.of(23, 0), LocalTime.of(23, 0), QUARTER, Duration.ofHours(2));
        ScheduleProblem p = problem(1, List.of(late), List.of(Agent.of("A", Contract.NONE, "L")),
                MONDAY.atTime(23, 0), 4, 1.0);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(0, 0));
    }

    @Test
    void withoutAgentsTheWholeDemandIsMissing() {
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8), List.of(), MONDAY.atTime(8, 0), 4, 2.5);
        assertThat(LowerBound.of(p).shortfall()).isCloseTo(10, within(1e-5));
    }

    @Test
    void boundsAreFiniteAndNonNegative() {
        assertThatThrownBy(() -> new Bound(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bound(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Bound(12.5, 3)).hasToString("Bound[shortfall >= 12.5, surplus >= 3 agent-intervals]");
        assertThat(new Bound(10, 0).gap(15, 100)).isEqualTo(0.05);
    }

    /** One agent on a 2-hour shift at 08:00 with a break from 30 to {@code latest} minutes; 1 needed from 08:00. */
    private static ScheduleProblem twoHoursWithBreak(int latest, int requiredIntervals) {
        ShiftType twoHours = new ShiftType("T2", LocalTime.of(8, 0), LocalTime.of(8, 0), QUARTER, Duration.ofHours(2),
                List.of(BreakRule.paid("break", QUARTER, Duration.ofMinutes(30), Duration.ofMinutes(latest))));
        return problem(1, List.of(twoHours), List.of(Agent.of("A", Contract.NONE, "T2")), MONDAY.atTime(8, 0),
                requiredIntervals, 1.0);
    }

    private static ScheduleProblem threeDays(Agent agent) {
        IntervalSeries.Builder req = IntervalSeries.builder(UTC, QUARTER);
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < 4; i++) {
                req.add(MONDAY.plusDays(d).atTime(8, 0).plusMinutes(15L * i), 1.0);
            }
        }
        return new ScheduleProblem("three", UTC, QUARTER, MONDAY, 3, req.build(), 0, List.of(HOUR_AT_8),
                List.of(agent));
    }

    /** {@code count} intervals of {@code required} agents from {@code from}, over a horizon of {@code days}. */
    /**
     * Two agents on one-hour shifts at 08:00 against 2 planned 08:00-09:00: 30 minutes of coaching each takes 4
     * agent-intervals off the phones, a 30-minute meeting of both (or of one, with minAttendance 0.5) 4 (or 2);
     * with the window 09:00-10:00, where no shift is and nobody is planned, the meeting can take no one off the
     * phones: a bound of 4, its agents missing from the requirement where the shifts are.
     */
    @Test
    void activitiesTakeTheirAttendeesOffThePhonesInTheBound() {
        ScheduleProblem p = problem(1, List.of(HOUR_AT_8), List.of(Agent.of("A", Contract.NONE, "H8"),
                Agent.of("B", Contract.NONE, "H8")), MONDAY.atTime(8, 0), 4, 2.0);
        Duration half = Duration.ofMinutes(30);
        assertThat(LowerBound.of(p)).isEqualTo(new Bound(0, 0));
        assertThat(LowerBound.of(p.withActivities(List.of(Activity.perAgent("coaching", half, List.of())))))
                .isEqualTo(new Bound(4, 0));
        Activity meeting = Activity.together("meeting", half, List.of("A", "B"));
        assertThat(LowerBound.of(p.withActivities(List.of(meeting)))).isEqualTo(new Bound(4, 0));
        assertThat(LowerBound.of(p.withActivities(List.of(meeting.withMinAttendance(0.5)))))
                .isEqualTo(new Bound(2, 0));
        Activity late = Activity.together("meeting", half, List.of("A", "B"),
                new Activity.Window(MONDAY.atTime(9, 0), MONDAY.atTime(10, 0)));
        assertThat(LowerBound.of(p.withActivities(List.of(late))).shortfall()).isEqualTo(4);
    }

    private static ScheduleProblem problem(int days, List<ShiftType> types, List<Agent> agents,
                                           LocalDateTime from, int count, double required) {
        IntervalSeries.Builder req = IntervalSeries.builder(UTC, QUARTER);
        for (int i = 0; i < count; i++) {
            req.add(from.plusMinutes(15L * i), required);
        }
        return new ScheduleProblem("hand", UTC, QUARTER, MONDAY, days, req.build(), 0, types, agents);
    }
}

package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.TimeOff;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.solver.SolverSetup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivitySchedulingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** Every incremental update of coverage and attendance agrees with a full recalculation, move after move. */
    @Test
    void sessionsKeepTheScoreExactUnderFullAssert() {
        ScheduleProblem problem = SyntheticProblems.withActivities(SyntheticProblems.coveredWeek(12, 3));
        SolverConfig config = SolverSetup.config(SolveOptions.of(Duration.ofSeconds(3)).termination(), 1, true,
                SolverSetup.SessionMoves.MOVE_AND_SWAP)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        Schedule solved = SolverFactory.<Schedule>create(config).buildSolver().solve(Schedule.of(problem));
        assertThat(RosterCheck.check(problem, solved.toRoster())).isEmpty();
    }

    @Test
    void aCoveredWeekHoldsEverySessionAndTheRosterPassesTheCheck() {
        ScheduleProblem problem = SyntheticProblems.withActivities(SyntheticProblems.coveredWeek(40, 7));
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(4))).roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.feasible()).isTrue();
        List<RosterSummary.ActivityTotals> totals = roster.summary().activities();
        assertThat(totals).extracting(RosterSummary.ActivityTotals::id)
                .containsExactly("team-meeting", "coaching", "training");
        assertThat(totals).allSatisfy(t -> assertThat(t.missing()).isZero());
        assertThat(totals.get(0).sessions()).isEqualTo(1);
        assertThat(totals.get(0).attendees()).isEqualTo(problem.attendees(problem.activities().get(0)).size());
        assertThat(totals.get(1).attendees()).isEqualTo(problem.attendees(problem.activities().get(1)).size());
    }

    /** A together meeting whose attendee is on vacation on Wednesday goes on Tuesday or Thursday, with everyone. */
    @Test
    void aTogetherSessionAvoidsTheDayAnAttendeeIsOnVacation() {
        ScheduleProblem week = SyntheticProblems.coveredWeek(10, 2);
        List<Agent> agents = new ArrayList<>();
        for (Agent a : week.agents()) {
            agents.add(a.id().equals("A001") ? a.withTimeOff(TimeOff.vacation(MONDAY.plusDays(1)),
                    TimeOff.vacation(MONDAY.plusDays(2))) : a);
        }
        Activity meeting = Activity.together("team-meeting", Duration.ofHours(1), List.of("A001", "A002", "A003"),
                new Activity.Window(MONDAY.plusDays(1).atTime(9, 0), MONDAY.plusDays(3).atTime(17, 0)));
        ScheduleProblem problem = week.withAgents(agents).withActivities(List.of(meeting));
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(2))).roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        Set<LocalDateTime> starts = sessions(roster, "team-meeting").stream().map(ShiftActivity::start)
                .collect(Collectors.toSet());
        assertThat(starts).hasSize(1);
        assertThat(starts.iterator().next().toLocalDate()).isEqualTo(MONDAY.plusDays(3));
        assertThat(roster.summary().activities().get(0).attendees()).isEqualTo(3);
    }

    /** With minAttendance 0.75 a meeting of four goes ahead without the one away all week, reported as missing. */
    @Test
    void minAttendanceLetsTheSessionGoAheadWithoutAnAttendee() {
        ScheduleProblem week = SyntheticProblems.coveredWeek(10, 2);
        List<Agent> agents = new ArrayList<>();
        for (Agent a : week.agents()) {
            agents.add(a.id().equals("A004") ? a.withTimeOff(TimeOff.vacation(MONDAY.plusDays(1)),
                    TimeOff.vacation(MONDAY.plusDays(2)), TimeOff.vacation(MONDAY.plusDays(3))) : a);
        }
        Activity meeting = Activity.together("team-meeting", Duration.ofHours(1),
                List.of("A001", "A002", "A003", "A004"),
                new Activity.Window(MONDAY.plusDays(1).atTime(9, 0), MONDAY.plusDays(3).atTime(17, 0)))
                .withMinAttendance(0.75);
        ScheduleProblem problem = week.withAgents(agents).withActivities(List.of(meeting));
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(2))).roster();
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.feasible()).isTrue();
        assertThat(roster.summary().activities())
                .containsExactly(new RosterSummary.ActivityTotals("team-meeting", 1, 3, 1));
        assertThatThrownBy(() -> Scheduler.solve(problem.withActivities(List.of(meeting.withMinAttendance(1))),
                SolveOptions.of(Duration.ofSeconds(1))))
                .isInstanceOf(InfeasibleInputException.class)
                .hasMessage("activity team-meeting: attendee A004 has time off on every day its windows touch; "
                        + "change the windows, the attendees or the time off");
    }

    /** Coaching for an agent on vacation the whole window is refused before solving, naming the activity. */
    @Test
    void anActivityNoAttendeeCanReachIsRefusedBeforeSolving() {
        ScheduleProblem week = SyntheticProblems.coveredWeek(6, 2);
        List<Agent> agents = new ArrayList<>();
        for (Agent a : week.agents()) {
            agents.add(a.id().equals("A002") ? a.withTimeOff(TimeOff.vacation(MONDAY)) : a);
        }
        Activity coaching = Activity.perAgent("coaching", Duration.ofMinutes(30), List.of("A001", "A002"),
                new Activity.Window(MONDAY.atTime(8, 0), MONDAY.atTime(18, 0)));
        ScheduleProblem problem = week.withAgents(agents).withActivities(List.of(coaching));
        assertThatThrownBy(() -> Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(1))))
                .isInstanceOf(InfeasibleInputException.class)
                .hasMessage("activity coaching: attendee A002 has time off on every day its windows touch; change the "
                        + "windows, the attendees or the time off");
    }

    /**
     * A three-hour workshop fits a full-time shift (its first break may wait three hours) but never a four-hour shift
     * whose one break comes between 90 and 150 minutes in.
     */
    @Test
    void anActivityNoShiftCanHoldOffItsBreaksIsRefusedBeforeSolving() {
        ScheduleProblem week = SyntheticProblems.coveredWeek(10, 2);
        String partTimer = week.agents().stream().filter(a -> !a.allows(SyntheticProblems.FULL_TIME))
                .map(Agent::id).findFirst().orElseThrow();
        ScheduleProblem problem = week.withActivities(List.of(
                Activity.together("workshop", Duration.ofHours(3), List.of("A001", partTimer))));
        assertThatThrownBy(() -> Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(1))))
                .isInstanceOf(InfeasibleInputException.class)
                .hasMessage("activity workshop: attendee " + partTimer + " has no possible shift that holds a session "
                        + "of PT3H inside its windows and off the shift's breaks (their shift types' times and "
                        + "lengths, time off, unavailable windows); change the windows, the attendees or the time off");
    }

    /**
     * A sick call on Tuesday morning, back on Thursday: sessions that started before it stay as they were, and the
     * absent agent's coaching, which was to come, is placed again in one of its shifts after its return.
     */
    @Test
    void aRescheduleKeepsPastSessionsAndPlacesTheAbsentAgentsAgain() {
        ScheduleProblem problem = SyntheticProblems.withActivities(SyntheticProblems.coveredWeek(12, 3));
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(2))).roster();
        LocalDateTime from = MONDAY.plusDays(1).atTime(7, 0);
        LocalDateTime back = MONDAY.plusDays(3).atStartOfDay();
        String absent = problem.agents().stream().map(Agent::id)
                .filter(id -> problem.activities().stream().filter(Activity::together)
                        .noneMatch(a -> problem.attendees(a).contains(id)))
                .filter(id -> roster.shiftsOf(id).stream().flatMap(s -> s.activities().stream())
                        .anyMatch(a -> a.start().isAfter(from)))
                .filter(id -> roster.shiftsOf(id).stream().anyMatch(s -> s.start().isAfter(back)
                        && s.start().isBefore(MONDAY.plusDays(4).atTime(17, 0))))
                .findFirst().orElseThrow();
        Roster repaired = Scheduler.reschedule(problem, roster, absent, from, MONDAY.plusDays(2),
                SolveOptions.of(Duration.ofSeconds(2))).result().roster();
        assertThat(RosterCheck.check(problem, repaired)).isEmpty();
        assertThat(pastSessions(repaired, from)).isEqualTo(pastSessions(roster, from));
        assertThat(repaired.shiftsOf(absent).stream().flatMap(s -> s.activities().stream()))
                .singleElement().satisfies(a -> assertThat(a.start()).isAfter(back));
    }

    private static Set<String> pastSessions(Roster roster, LocalDateTime from) {
        Set<String> past = new java.util.TreeSet<>();
        for (Shift s : roster.shifts()) {
            s.activities().stream().filter(a -> a.start().isBefore(from))
                    .forEach(a -> past.add(s.agent() + " " + a.id() + " " + a.start()));
        }
        return past;
    }

    private static List<ShiftActivity> sessions(Roster roster, String id) {
        List<ShiftActivity> all = new ArrayList<>();
        for (Shift s : roster.shifts()) {
            s.activities().stream().filter(a -> a.id().equals(id)).forEach(all::add);
        }
        return all;
    }
}

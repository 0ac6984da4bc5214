package org.wfm.scheduler.internal.solver;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import org.wfm.core.workforce.Unavailability;
import org.wfm.scheduler.internal.domain.AgentDay;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A small week in UTC for constraint tests. Types: D (day, 08:00-12:00 starts hourly, 4 h, one paid 15-minute
 * break 1-2 h in), N (night, 22:00, 8 h, no break), B2 (6 h, a 30-minute lunch 1-3 h in and a 15-minute break
 * 2-4 h in, windows that overlap). Agent A: D only, 8-12 paid hours, at most 2 days, 2 in a row, 11 h rest, off
 * on Sunday, unavailable Tuesday 09:00-10:00. Agent B: every type, no contract limits but 11 h rest.
 */
final class Fixture {

    static final Duration QUARTER = Duration.ofMinutes(15);
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    static final ShiftType D = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(12, 0), Duration.ofHours(1),
            Duration.ofHours(4)).withBreaks(BreakRule.paid("break", QUARTER, Duration.ofHours(1), Duration.ofHours(2)));
    static final ShiftType N = ShiftType.of("N", LocalTime.of(22, 0), LocalTime.of(22, 0), Duration.ofHours(1),
            Duration.ofHours(8));
    static final ShiftType B2 = ShiftType.of("B2", LocalTime.of(8, 0), LocalTime.of(8, 0), Duration.ofHours(1),
            Duration.ofHours(6)).withBreaks(
            BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3)),
            BreakRule.paid("break", QUARTER, Duration.ofHours(2), Duration.ofHours(4)));

    final ScheduleProblem problem;
    final Schedule schedule;

    Fixture() {
        this(List.of(), List.of());
    }

    /** The fixture following {@code previous} shifts of the week before, with {@code cut} shifts in the roster. */
    Fixture(List<Shift> previous, List<Shift> cut) {
        Agent a = new Agent("A", List.of("D"), Contract.hours(8, 12, 2).withMaxConsecutiveDays(2).withMinRestHours(11),
                List.of(TimeOff.vacation(MONDAY.plusDays(6))),
                List.of(new Unavailability(MONDAY.plusDays(1).atTime(9, 0), MONDAY.plusDays(1).atTime(10, 0))));
        Agent b = new Agent("B", List.of("D", "N", "B2"), Contract.NONE.withMinRestHours(11), List.of(), List.of());
        IntervalSeries req = IntervalSeries.of(QUARTER, Map.of(MONDAY.atTime(8, 0), 2.5));
        problem = ScheduleProblem.of("fixture", QUARTER, MONDAY, 7, req, List.of(D, N, B2), List.of(a, b))
                .withPrevious(previous);
        schedule = Schedule.of(problem, cut);
    }

    AgentRules agent(String id) {
        return schedule.getAgents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The agent-day from the schedule. */
    ShiftAssignment day(String agent, int day) {
        return schedule.getAssignments().stream()
                .filter(a -> a.getAgent().id().equals(agent) && a.getDay() == day).findFirst().orElseThrow();
    }

    /** A shift start built directly (also ones the agent's value range leaves out). */
    ShiftStart start(ShiftType type, int day, int hour) {
        return new ShiftStart(type, day, MONDAY.plusDays(day).atTime(hour, 0), schedule.getTimeline());
    }

    /** An agent-day outside the agent's value ranges (a time-off day, say) holding one shift. */
    ShiftAssignment forced(String agent, ShiftStart start) {
        ShiftAssignment template = schedule.getAssignments().get(0);
        AgentDay day = new AgentDay(agent(agent), start.day(), start.localStart().toLocalDate(), List.of(start),
                template.getAgentDay().breakRanges(), schedule.getIntervals().size());
        return new ShiftAssignment(day).withStart(start);
    }

    /** The agent-day with the shift of this type starting at {@code hour}, from its value range. */
    ShiftAssignment working(String agent, int day, ShiftType type, int hour) {
        ShiftAssignment a = day(agent, day);
        LocalDateTime at = MONDAY.plusDays(day).atTime(hour, 0);
        ShiftStart s = a.getStartRange().stream()
                .filter(x -> x.typeId().equals(type.id()) && x.localStart().equals(at)).findFirst().orElseThrow();
        return a.withStart(s);
    }
}

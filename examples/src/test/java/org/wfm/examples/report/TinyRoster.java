package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A one-day problem small enough to check by hand: one agent needed 08:00-12:00 (16 quarter-hours); A1 works a
 * 4-hour shift from 08:00 with a paid break at 09:00, so 09:00-09:15 is one agent short; A2 is on vacation.
 */
final class TinyRoster {

    static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    static final Duration QUARTER = Duration.ofMinutes(15);

    private TinyRoster() {
    }

    static ScheduleProblem problem(String name) {
        IntervalSeries.Builder required = IntervalSeries.builder(ZoneOffset.UTC, QUARTER);
        for (int i = 0; i < 16; i++) {
            required.add(DAY.atTime(8, 0).plus(QUARTER.multipliedBy(i)), 1);
        }
        ShiftType type = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(8, 0), QUARTER, Duration.ofHours(4))
                .withBreaks(BreakRule.paid("break", QUARTER, Duration.ofHours(1), Duration.ofHours(2)));
        List<Agent> agents = List.of(Agent.of("A1", Contract.hours(0, 8, 1), "D"),
                Agent.of("A2", Contract.hours(0, 8, 1), "D").withTimeOff(TimeOff.vacation(DAY)));
        return ScheduleProblem.of(name, QUARTER, DAY, 1, required.build(), List.of(type), agents);
    }

    static Roster roster(ScheduleProblem problem) {
        Shift shift = new Shift("A1", "D", DAY.atTime(8, 0), DAY.atTime(12, 0),
                List.of(new ShiftBreak("break", DAY.atTime(9, 0), DAY.atTime(9, 15), true)));
        return new Roster(problem.name(), "0hard/-1medium/0soft", true, List.of(shift),
                RosterCheck.coverage(problem, List.of(shift)), new RosterSummary(1, 0, 4, null, null));
    }
}

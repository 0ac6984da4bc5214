package org.wfm.scheduler;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;
import org.wfm.scheduler.bound.LowerBound;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A 24/7 centre planned week after week: last Sunday's night shifts carried into Monday. */
class WeekAfterWeekTest {

    @Test
    void sundayNightShiftsCoverMondayAndTheirAgentsRestAcrossTheBoundary() {
        ScheduleProblem first = SyntheticProblems.aroundTheClockWeek(16, 1);
        Roster before = Scheduler.solve(first, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(20_000L)).roster();
        LocalDate sunday = first.start().plusDays(first.days() - 1L);
        // the week's own roster staffs no Sunday night (its horizon ends at midnight); the planner adds two night
        // shifts 22:00-06:00 for agents free that day, breaks at the start of their windows
        ShiftType night = first.shiftType(SyntheticProblems.NIGHT).orElseThrow();
        List<Shift> sundayNights = new ArrayList<>();
        for (Agent agent : first.agents()) {
            boolean free = before.shifts().stream().noneMatch(s -> s.agent().equals(agent.id())
                    && !s.start().toLocalDate().isBefore(sunday));
            if (free && agent.allows(night.id()) && sundayNights.size() < 2) {
                LocalDateTime start = sunday.atTime(22, 0);
                List<ShiftBreak> breaks = night.breaks().stream().map(r -> new ShiftBreak(r.name(),
                        start.plus(r.earliest()), start.plus(r.earliest()).plus(r.length()), r.paid())).toList();
                sundayNights.add(new Shift(agent.id(), night.id(), start, start.plus(night.length()), breaks));
            }
        }
        assertThat(sundayNights).hasSize(2);
        List<Shift> previous = new ArrayList<>(before.shifts());
        previous.addAll(sundayNights);

        // the next three days: two agents needed around the clock, the same team without a minimum of hours
        LocalDate monday = sunday.plusDays(1);
        IntervalSeries.Builder demand = IntervalSeries.builder(first.zone(), first.interval());
        for (LocalDateTime t = monday.atStartOfDay(); t.isBefore(monday.plusDays(3).atStartOfDay());
             t = t.plus(first.interval())) {
            demand.add(t, 2);
        }
        List<Agent> team = first.agents().stream().map(a -> new Agent(a.id(), a.shiftTypes(),
                new Contract(0, a.contract().maxHours(), a.contract().maxDays(), a.contract().minRestHours(),
                        a.contract().maxConsecutiveDays()), List.of(), List.of())).toList();
        ScheduleProblem next = new ScheduleProblem("next", first.zone(), first.interval(), monday, 3, demand.build(),
                first.unplannedShrinkage(), first.shiftTypes(), team).withPrevious(previous);
        Roster after = Scheduler.solve(next, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(20_000L)).roster();

        // the independent check sees the carried shifts: coverage, rest and days in a row across the boundary
        assertThat(RosterCheck.check(next, after)).isEmpty();
        Coverage midnight = after.coverage().get(0);
        long carriedOnThePhones = sundayNights.stream().filter(s -> s.breaks().stream()
                .noneMatch(b -> !b.start().isAfter(midnight.start()) && b.end().isAfter(midnight.start()))).count();
        long plannedAtMidnight = after.shifts().stream().filter(s -> !s.start().isAfter(midnight.start())).count();
        assertThat(carriedOnThePhones).isEqualTo(2);
        assertThat(midnight.scheduled()).isEqualTo(carriedOnThePhones + plannedAtMidnight);
        for (Shift carried : sundayNights) {
            after.shifts().stream().filter(s -> s.agent().equals(carried.agent())).min(Comparator.comparing(Shift::start))
                    .ifPresent(firstShift -> assertThat(hours(next, carried.end(), firstShift.start()))
                            .as(carried.agent()).isGreaterThanOrEqualTo(agent(next, carried.agent()).contract().minRestHours()));
        }
        // the bound knows the carried agents: two fewer to find in Monday's first hours
        assertThat(LowerBound.shortfall(next)).isLessThan(LowerBound.shortfall(next.withPrevious(List.of())));
    }

    private static double hours(ScheduleProblem p, LocalDateTime from, LocalDateTime to) {
        return Duration.between(ZonedDateTime.ofLocal(from, p.zone(), null), ZonedDateTime.ofLocal(to, p.zone(), null))
                .getSeconds() / 3600.0;
    }

    private static Agent agent(ScheduleProblem p, String id) {
        return p.agent(id).orElseThrow();
    }
}

package org.wfm.core.calls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Adherence, conformance and occupancy on a hand-made day: UTC, 15-minute intervals, one 4-hour shift type with
 * one 30-minute paid break, two agents both rostered 08:00-12:00 (A1's break 10:00-10:30, A2's 10:30-11:00).
 * A1 logs in 15 minutes late and takes the break 15 minutes late, and is on the phones otherwise; A2 logs
 * nothing. Every figure worked out by hand in the comments.
 *
 * <p>Definitions (the issue): within the agent's shifts, an exception second is one scheduled on the phones but
 * not on the phones, or scheduled on break but on the phones; adherence = 1 - exception seconds / shift seconds;
 * conformance = seconds on the phones within the shifts / seconds scheduled on the phones; available, on_call
 * and wrap are on the phones.
 */
class AdherenceTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** A1's day: line numbers as in the file (the header is line 1). */
    private static final String STATES = """
            agent,state,start,end
            A1,offline,2026-01-05T07:45:00,2026-01-05T08:15:00
            A1,available,2026-01-05T08:15:00,2026-01-05T09:00:00
            A1,on_call,2026-01-05T09:00:00,2026-01-05T09:10:00
            A1,wrap,2026-01-05T09:10:00,2026-01-05T09:12:00
            A1,available,2026-01-05T09:12:00,2026-01-05T10:15:00
            A1,break,2026-01-05T10:15:00,2026-01-05T10:45:00
            A1,available,2026-01-05T10:45:00,2026-01-05T11:30:00
            A1,on_call,2026-01-05T11:30:00,2026-01-05T11:50:00
            A1,available,2026-01-05T11:50:00,2026-01-05T12:00:00
            A1,offline,2026-01-05T12:00:00,2026-01-05T12:30:00
            Z9,available,2026-01-05T08:00:00,2026-01-05T09:00:00
            """;

    @TempDir
    Path dir;

    private static LocalDateTime t(String time) {
        return LocalDateTime.parse("2026-01-05T" + time);
    }

    private static ScheduleProblem problem() {
        ShiftType day = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(9, 0), QUARTER, Duration.ofHours(4))
                .withBreaks(BreakRule.paid("break", Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3)));
        IntervalSeries required = IntervalSeries.of(UTC, QUARTER, Map.of(t("08:00"), 1.0));
        return ScheduleProblem.of("hand", QUARTER, MONDAY, 1, required, List.of(day),
                List.of(Agent.of("A1", Contract.NONE, "D"), Agent.of("A2", Contract.NONE, "D")));
    }

    private static Shift shift(String agent, String breakStart) {
        LocalDateTime b = t(breakStart);
        return new Shift(agent, "D", t("08:00"), t("12:00"),
                List.of(new ShiftBreak("break", b, b.plusMinutes(30), true)));
    }

    private static Roster roster(ScheduleProblem p, List<Shift> shifts) {
        List<Coverage> coverage = RosterCheck.coverage(p, shifts);
        return new Roster("hand", "0hard/0soft", true, shifts, coverage, new RosterSummary(
                coverage.stream().mapToDouble(Coverage::shortfall).sum(),
                coverage.stream().mapToDouble(Coverage::surplus).sum(), 8, null, null));
    }

    private static Roster roster() {
        return roster(problem(), List.of(shift("A1", "10:00"), shift("A2", "10:30")));
    }

    private AgentStates states(String text) throws IOException {
        Path file = dir.resolve("states.csv");
        Files.writeString(file, text);
        return AgentStates.read(file, UTC);
    }

    private static double value(OptionalDouble d) {
        return KpisTest.value(d);
    }

    @Test
    void theRosterIsValid() {
        assertThat(RosterCheck.check(problem(), roster())).isEmpty();
    }

    @Test
    void lateInAndLateBreakCostAdherenceAndConformance() throws IOException {
        List<AgentAdherence> rows = states(STATES).adherence(problem(), roster());
        // the problem's agents in id order; Z9 has states but no place in the problem
        assertThat(rows).extracting(AgentAdherence::agent).containsExactly("A1", "A2");
        AgentAdherence a1 = rows.get(0);
        // shift 08:00-12:00 = 14400 s; on the phones as planned 08:00-10:00 and 10:30-12:00 = 7200 + 5400 = 12600 s
        assertThat(a1.shiftSeconds()).isEqualTo(14400);
        assertThat(a1.scheduledOnPhoneSeconds()).isEqualTo(12600);
        // on the phones (available, on_call, wrap) 08:15-10:15 and 10:45-12:00 (the offline hour around the shift
        // and the break do not count). Exceptions: 08:00-08:15 planned on but off (900), 10:00-10:15 planned break
        // but on (900), 10:30-10:45 planned on but on break (900): 2700 s
        assertThat(a1.exceptionSeconds()).isEqualTo(2700);
        assertThat(value(a1.adherence())).isEqualTo(0.8125);                 // 1 - 2700 / 14400
        // on the phones in the shift: 08:15-10:15 (7200, the 15 minutes of the planned break included) + 10:45-12:00
        // (4500) = 11700 s of 12600 planned
        assertThat(a1.onPhoneInShiftSeconds()).isEqualTo(11700);
        assertThat(value(a1.conformance())).isEqualTo(11700.0 / 12600);      // 13/14 = 0.93
        assertThat(a1.toString()).isEqualTo("A1: adherence 81.3%, conformance 92.9% over 4.0 h of shifts");
    }

    @Test
    void anAgentWithoutStatesIsNeverOnThePhones() throws IOException {
        AgentAdherence a2 = states(STATES).adherence(problem(), roster()).get(1);
        // every planned phone second is an exception (12600 s); the 30 minutes of break are kept, off the phones:
        // adherence 1 - 12600 / 14400 = 1/8, conformance 0 / 12600
        assertThat(a2.exceptionSeconds()).isEqualTo(12600);
        assertThat(value(a2.adherence())).isEqualTo(0.125);
        assertThat(value(a2.conformance())).isZero();
    }

    @Test
    void otherOnQueueStatesChangeTheFigures() throws IOException {
        AgentStates states = states(STATES);
        assertThat(states.onQueueStates()).isEqualTo(AgentStates.DEFAULT_ON_QUEUE);
        // wrap no longer on the phones (the names are read in any case): 09:10-09:12 is 120 s more off the phones
        AgentStates noWrap = states.withOnQueueStates(Set.of("Available", "ON_CALL"));
        assertThat(noWrap.onQueueStates()).containsExactlyInAnyOrder("available", "on_call");
        AgentAdherence a1 = noWrap.adherence(problem(), roster()).get(0);
        assertThat(a1.exceptionSeconds()).isEqualTo(2820);                   // 2700 + 120
        assertThat(value(a1.adherence())).isEqualTo(1 - 2820.0 / 14400);
        assertThat(value(a1.conformance())).isEqualTo(11580.0 / 12600);      // 11700 - 120
        // break on the phones: 08:15-12:00 on. Exceptions 08:00-08:15 (900) and the whole planned break 10:00-10:30
        // (1800): still 2700 s, but conformance 13500 / 12600 > 1
        AgentAdherence withBreak = states.withOnQueueStates(Set.of("available", "on_call", "wrap", "break"))
                .adherence(problem(), roster()).get(0);
        assertThat(withBreak.exceptionSeconds()).isEqualTo(2700);
        assertThat(withBreak.onPhoneInShiftSeconds()).isEqualTo(13500);
        assertThat(value(withBreak.conformance())).isEqualTo(13500.0 / 12600);
        // and the agents' time on the phones
        assertThat(states.onPhone().seconds("A1")).isEqualTo(11700);
        assertThat(noWrap.onPhone().seconds("A1")).isEqualTo(11580);
        assertThat(states.onPhone().seconds("Z9")).isEqualTo(3600);
        assertThat(states.onPhone().seconds("A2")).isZero();
        assertThatThrownBy(() -> states.withOnQueueStates(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("give at least one on-queue state");
    }

    @Test
    void theStatesCoverFromTheFirstStartToTheLastEnd() throws IOException {
        PhoneTime onPhone = states(STATES).onPhone();
        assertThat(onPhone.agents()).containsExactly("A1", "Z9");
        assertThat(onPhone.from()).isEqualTo(Instant.parse("2026-01-05T07:45:00Z"));
        assertThat(onPhone.to()).isEqualTo(Instant.parse("2026-01-05T12:30:00Z"));
    }

    @Test
    void overlappingStatesOfOneAgentAreRefusedWithBothLines() throws IOException {
        Path file = dir.resolve("overlap.csv");
        Files.writeString(file, """
                agent,state,start,end
                A1,available,2026-01-05T09:00:00,2026-01-05T10:00:00
                A2,available,2026-01-05T08:00:00,2026-01-05T09:30:00
                A1,on_call,2026-01-05T08:00:00,2026-01-05T09:30:00
                """);
        // A2's state at the same time is no overlap: one state per agent
        assertThatThrownBy(() -> AgentStates.read(file, UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":4 [start]: agent A1's state overlaps the state on line 2: an agent is in one "
                        + "state at a time");
        // back to back is fine
        Files.writeString(file, """
                agent,state,start,end
                A1,available,2026-01-05T09:00:00,2026-01-05T10:00:00
                A1,on_call,2026-01-05T08:00:00,2026-01-05T09:00:00
                """);
        assertThat(AgentStates.read(file, UTC).onPhone().seconds("A1")).isEqualTo(7200);
    }

    @Test
    void aStateMustEndAfterItStarts() throws IOException {
        Path file = dir.resolve("backwards.csv");
        Files.writeString(file, """
                agent,state,start,end
                A1,available,2026-01-05T09:00:00,2026-01-05T09:00:00
                """);
        assertThatThrownBy(() -> AgentStates.read(file, UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":2 [end]: the state ends at 2026-01-05T09:00:00, not after its start "
                        + "2026-01-05T09:00:00");
    }

    @Test
    void aRosterWithAnUnknownAgentDoesNotFit() throws IOException {
        ScheduleProblem p = problem();
        Roster ghost = roster(p, List.of(shift("A1", "10:00"), shift("GHOST", "10:30")));
        assertThatThrownBy(() -> PhoneTime.scheduled(p, ghost)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the roster does not fit the problem: knownAgentAndType [GHOST]: shift at "
                        + "2026-01-05T08:00 names unknown agent or type D");
        AgentStates states = states(STATES);
        assertThatThrownBy(() -> states.adherence(p, ghost)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the roster does not fit the problem: knownAgentAndType [GHOST]");
    }

    /**
     * c1 (Q1, A1) arrives 08:05, answered 08:10, talks to 08:20, wraps 60 s: busy 08:10-08:21, 300 s in the 08:00
     * interval and 360 s in 08:15. c2 (Q2, A2) 08:20-08:25, no wrap: 300 s in 08:15. c3 (Q1) abandoned.
     * c4 (Q1, A1) the next day, outside the roster's horizon: no busy time counted.
     */
    private static List<CallRecord> calls() {
        Instant day = Instant.parse("2026-01-05T00:00:00Z");
        return List.of(
                CallRecord.answered("c1", "Q1", at("08:05"), at("08:10"), at("08:20"), "A1").withWrap(60),
                CallRecord.answered("c2", "Q2", at("08:20"), at("08:20"), at("08:25"), "A2"),
                CallRecord.unanswered("c3", "Q1", at("08:07"), at("08:08"), Outcome.ABANDONED),
                CallRecord.answered("c4", "Q1", day.plus(Duration.ofHours(33)), day.plus(Duration.ofHours(33)),
                        day.plus(Duration.ofHours(33)).plusSeconds(120), "A1"));
    }

    private static Instant at(String time) {
        return t(time).toInstant(ZoneOffset.UTC);
    }

    private static KpiFigures allAt(Kpis k, String time) {
        return k.byInterval().stream()
                .filter(r -> r.queue().equals(Kpis.ALL) && r.start().toLocalDateTime().equals(t(time)))
                .findFirst().orElseThrow();
    }

    @Test
    void occupancyIsHandleTimeInsideTheIntervalOverPhoneTimeWithACallSplitBetweenIntervals() {
        PhoneTime scheduled = PhoneTime.scheduled(problem(), roster());
        // on shift less break: 12600 s each; the roster's horizon is the problem's day
        assertThat(scheduled.seconds("A1")).isEqualTo(12600);
        assertThat(scheduled.seconds("A2")).isEqualTo(12600);
        assertThat(scheduled.from()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(scheduled.to()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
        Kpis k = Kpis.of(calls(), KpiDefinitions.defaults().withInterval(QUARTER), scheduled);

        // 08:00: both agents on for 900 s = 1800 s; c1's 300 s inside
        KpiFigures eight = allAt(k, "08:00");
        assertThat(eight.phoneSeconds()).isEqualTo(1800);
        assertThat(eight.busySeconds()).isEqualTo(300);
        assertThat(value(eight.occupancy())).isEqualTo(300.0 / 1800);
        // 08:15: c1's other 360 s (c1 arrived in 08:00) and c2's 300 s
        KpiFigures quarterPast = allAt(k, "08:15");
        assertThat(quarterPast.offered()).isOne();
        assertThat(quarterPast.busySeconds()).isEqualTo(660);
        assertThat(value(quarterPast.occupancy())).isEqualTo(660.0 / 1800);
        // 10:00 and 10:30: one agent on break, 900 s on the phones, nobody busy
        assertThat(allAt(k, "10:00").phoneSeconds()).isEqualTo(900);
        // no call arrived or was handled at 10:30, but the row is there for its staffing
        assertThat(allAt(k, "10:30").offered()).isZero();
        assertThat(value(allAt(k, "10:30").occupancy())).isZero();
        // all rows with staffing: 08:00-12:00, 16 quarters, then c4's interval the next day
        List<KpiFigures> all = k.byInterval().stream().filter(r -> r.queue().equals(Kpis.ALL)).toList();
        assertThat(all).hasSize(17);
        KpiFigures nextDay = all.get(16);
        assertThat(nextDay.offered()).isOne();
        assertThat(nextDay.phoneSeconds()).isZero();
        assertThat(nextDay.occupancy()).isEmpty();   // no staffing known there: not 0, not 100 %
        // the total: (300 + 360 + 300) s busy over 2 * 12600 s on the phones
        assertThat(k.total().busySeconds()).isEqualTo(960);
        assertThat(k.total().phoneSeconds()).isEqualTo(25200);
        assertThat(value(k.total().occupancy())).isEqualTo(960.0 / 25200);
        // per agent: A1 660 s (c4 is outside the horizon) of 12600, A2 300 s; both handled calls count
        AgentFigures a1 = k.byAgent().get(0);
        assertThat(a1.agent()).isEqualTo("A1");
        assertThat(a1.handled()).isEqualTo(2);
        assertThat(a1.busySeconds()).isEqualTo(660);
        assertThat(value(a1.occupancy())).isEqualTo(660.0 / 12600);
        assertThat(value(k.byAgent().get(1).occupancy())).isEqualTo(300.0 / 12600);
        // the day rows add their intervals up
        KpiFigures monday = k.byDay().stream().filter(r -> r.queue().equals(Kpis.ALL)).findFirst().orElseThrow();
        assertThat(monday.phoneSeconds()).isEqualTo(25200);
        assertThat(value(monday.occupancy())).isEqualTo(960.0 / 25200);
    }

    @Test
    void occupancyIsEmptyOnQueueRowsAndForOneQueue() {
        PhoneTime scheduled = PhoneTime.scheduled(problem(), roster());
        KpiDefinitions quarters = KpiDefinitions.defaults().withInterval(QUARTER);
        Kpis k = Kpis.of(calls(), quarters, scheduled);
        // agents' time is not split by queue
        assertThat(k.byInterval()).filteredOn(r -> !r.queue().equals(Kpis.ALL)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.occupancy()).isEmpty());
        assertThat(k.byQueue()).filteredOn(r -> !r.queue().equals(Kpis.ALL)).hasSize(2)
                .allSatisfy(r -> assertThat(r.occupancy()).isEmpty());
        assertThat(k.byDay()).filteredOn(r -> !r.queue().equals(Kpis.ALL))
                .allSatisfy(r -> assertThat(r.occupancy()).isEmpty());
        // one queue chosen: no row has occupancy, and the agents have no phone time
        Kpis q1 = Kpis.of(calls(), quarters.withQueue("Q1"), scheduled);
        assertThat(q1.total().occupancy()).isEmpty();
        assertThat(q1.byInterval()).isNotEmpty().allSatisfy(r -> assertThat(r.occupancy()).isEmpty());
        assertThat(q1.byDay()).allSatisfy(r -> assertThat(r.occupancy()).isEmpty());
        assertThat(q1.byAgent()).allSatisfy(a -> assertThat(a.occupancy()).isEmpty());
    }

    @Test
    void occupancyFromTheAgentStates() throws IOException {
        // A1 on the phones 08:15-10:15 and 10:45-12:00, Z9 08:00-09:00; A2 logged nothing
        PhoneTime onPhone = states(STATES).onPhone();
        Kpis k = Kpis.of(calls(), KpiDefinitions.defaults().withInterval(QUARTER), onPhone);
        // 08:00: Z9's 900 s; c1's 300 s. 08:15: A1 and Z9, 1800 s; c1 360 s + c2 300 s (A2's calls count as
        // handle time though A2 has no phone time)
        assertThat(value(allAt(k, "08:00").occupancy())).isEqualTo(300.0 / 900);
        assertThat(allAt(k, "08:15").phoneSeconds()).isEqualTo(1800);
        assertThat(value(allAt(k, "08:15").occupancy())).isEqualTo(660.0 / 1800);
        // the period is 07:45-12:30: c4 the next day is outside
        assertThat(k.total().phoneSeconds()).isEqualTo(11700 + 3600);
        assertThat(k.total().busySeconds()).isEqualTo(960);
        // wrap off the phones: 120 s less phone time at 09:00
        Kpis noWrap = Kpis.of(calls(), KpiDefinitions.defaults().withInterval(QUARTER),
                states(STATES).withOnQueueStates(Set.of("available", "on_call")).onPhone());
        assertThat(allAt(noWrap, "09:00").phoneSeconds()).isEqualTo(900 - 120);
    }
}

package org.wfm.core.sim;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Outcome;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.BreakRule;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.core.workforce.ShiftType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Routing chains, priorities, voicemail, replays and rosters, on cases small enough to work out by hand (replayed
 * calls of the log's own handle times and callers without patience make a replication deterministic), and the pooled
 * case whose answer is Erlang C.
 */
class RoutingSimulationTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final LocalDateTime EIGHT = LocalDateTime.of(2026, 1, 5, 8, 0);

    private static Instant at(String time) {
        return LocalDateTime.parse("2026-01-05T" + time).toInstant(ZoneOffset.UTC);
    }

    private static CallRecord call(String id, String queue, String arrived, double handleSeconds) {
        Instant a = at(arrived);
        return CallRecord.answered(id, queue, a, a, a.plusMillis((long) (1000 * handleSeconds)), "X");
    }

    private static IntervalSeries agents(int intervals, double value) {
        Map<LocalDateTime, Double> values = new TreeMap<>();
        for (int i = 0; i < intervals; i++) {
            values.put(EIGHT.plusMinutes(15L * i), value);
        }
        return IntervalSeries.of(UTC, QUARTER, values);
    }

    private static Routing serviceAndSales() {
        return new Routing(List.of(
                new Routing.Queue("service", 1, List.of(new Routing.Step("service", Duration.ZERO),
                        new Routing.Step("sales", Duration.ofSeconds(20))), Duration.ofMinutes(2)),
                new Routing.Queue("sales", 2, List.of(new Routing.Step("sales", Duration.ZERO)), null)));
    }

    private static CallRecord byId(List<CallRecord> records, String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aChainOverflowsAfterItsWaitAndTheHigherPriorityQueueIsServedFirst() {
        // one service and one sales agent 08:00-09:00; every call keeps the log's handle time
        List<CallRecord> log = List.of(
                call("s1", "service", "08:00:00", 300),  // service-1 08:00:00-08:05:00
                call("s2", "service", "08:00:10", 60),   // overflows to sales-1 at 08:00:30 (after 20 s), to 08:01:30
                call("x1", "sales", "08:01:00", 120),    // sales-1 frees at 08:01:30: x1 (priority 2) before s3
                call("s3", "service", "08:01:10", 60),   // eligible for sales at 08:01:30, no one free: message at 08:03:10
                call("s4", "service", "08:04:00", 30),   // sales-1 idle since 08:03:30: overflows at 08:04:20
                CallRecord.unanswered("x2", "sales", at("08:10:00"), at("08:10:30"), Outcome.ABANDONED));
        Simulation sim = Simulation.of(Arrivals.replay(log, UTC),
                Duty.staffing(Map.of("service", agents(4, 1), "sales", agents(4, 1))))
                .withRouting(serviceAndSales()).withReplications(3);
        List<CallRecord> out = sim.records(0);
        assertThat(byId(out, "s1").answered()).isEqualTo(at("08:00:00"));
        assertThat(byId(out, "s1").agent()).isEqualTo("service-1");
        assertThat(byId(out, "s2").answered()).isEqualTo(at("08:00:30"));
        assertThat(byId(out, "s2").agent()).isEqualTo("sales-1");
        assertThat(byId(out, "x1").answered()).isEqualTo(at("08:01:30"));
        assertThat(byId(out, "s3").outcome()).isEqualTo(Outcome.VOICEMAIL);
        assertThat(byId(out, "s3").ended()).isEqualTo(at("08:03:10"));
        assertThat(byId(out, "s4").answered()).isEqualTo(at("08:04:20"));
        assertThat(byId(out, "s4").agent()).isEqualTo("sales-1");
        // the abandoned call is replayed with the handle time of an answered call of its queue: x1's 120 s
        assertThat(byId(out, "x2").answered()).isEqualTo(at("08:10:00"));
        assertThat(byId(out, "x2").ended()).isEqualTo(at("08:12:00"));
        SimulationResult r = sim.run(KpiDefinitions.defaults());
        assertThat(r.voicemailRate().mean()).isEqualTo(1.0 / 6);
        assertThat(r.voicemailRate().high() - r.voicemailRate().low()).isZero(); // every replication alike
        assertThat(r.abandonRate().mean()).isZero();
    }

    /**
     * Two queues of 5 Erlangs each (25 calls a quarter-hour all day, AHT 180 s), two groups of 7 agents, each queue's
     * chain both groups at 0 s: one pooled group of 14 for 10 Erlangs. 40 replications, seed 7.
     */
    static Simulation pooled() {
        Map<LocalDateTime, Double> calls = new TreeMap<>();
        Map<LocalDateTime, Double> seven = new TreeMap<>();
        for (int i = 0; i < 96; i++) {
            calls.put(EIGHT.toLocalDate().atStartOfDay().plusMinutes(15L * i), 25.0);
            seven.put(EIGHT.toLocalDate().atStartOfDay().plusMinutes(15L * i), 7.0);
        }
        IntervalSeries perQueue = IntervalSeries.of(UTC, QUARTER, calls);
        IntervalSeries group = IntervalSeries.of(UTC, QUARTER, seven);
        Routing crossed = new Routing(List.of(
                new Routing.Queue("a", 0, List.of(new Routing.Step("ga", Duration.ZERO), new Routing.Step("gb", Duration.ZERO)), null),
                new Routing.Queue("b", 0, List.of(new Routing.Step("gb", Duration.ZERO), new Routing.Step("ga", Duration.ZERO)), null)));
        return Simulation.of(Arrivals.forecast(Map.of("a", perQueue, "b", perQueue), Map.of(), 180),
                        Duty.staffing(Map.of("ga", group, "gb", group)))
                .withRouting(crossed).withReplications(40).withSeed(7);
    }

    @Test
    void twoGroupsThatOverflowAtOnceAreOnePooledErlangCGroup() {
        SimulationResult r = pooled().run(KpiDefinitions.defaults());
        ExpectedService exact = SimulationTest.exact(QueueModel.erlangC(), 14); // SL 88.84 %, ASA 7.84 s
        assertThat(Math.abs(r.serviceLevel().mean() - exact.serviceLevel()))
                .isLessThanOrEqualTo(r.serviceLevel().high() - r.serviceLevel().low());
        assertThat(Math.abs(r.asa().mean() - exact.asa())).isLessThanOrEqualTo(r.asa().high() - r.asa().low());
        assertThat(r.byDay().stream().filter(row -> !row.queue().equals("all")).map(SimulationResult.Row::queue))
                .containsExactly("a", "b");
    }

    private static ScheduleProblem problem() {
        ShiftType day = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(9, 0), QUARTER, Duration.ofHours(4))
                .withBreaks(BreakRule.paid("break", Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3)));
        IntervalSeries required = IntervalSeries.of(UTC, QUARTER, Map.of(EIGHT, 1.0));
        return ScheduleProblem.of("hand", QUARTER, LocalDate.of(2026, 1, 5), 1, required, List.of(day),
                List.of(Agent.of("A1", Contract.NONE, "D")));
    }

    private static Roster roster(ScheduleProblem p) {
        List<Shift> shifts = List.of(new Shift("A1", "D", EIGHT, EIGHT.plusHours(4),
                List.of(new ShiftBreak("break", EIGHT.plusHours(2), EIGHT.plusHours(2).plusMinutes(30), true))));
        List<Coverage> coverage = RosterCheck.coverage(p, shifts);
        return new Roster("hand", "0hard/0soft", true, shifts, coverage, new RosterSummary(0, 0, 4, null, null));
    }

    @Test
    void aBreakStartsLateWhenTheAgentIsOnACallAndEndsLateByAsMuch() {
        List<CallRecord> log = List.of(
                call("c1", "main", "09:55:00", 600),  // A1 on it 09:55-10:05: the 10:00 break runs 10:05-10:35
                call("c2", "main", "10:32:00", 60),   // waits for A1's return at 10:35
                call("c3", "main", "11:58:00", 300)); // answered 11:58, ends 12:03: the shift runs over 3 minutes
        ScheduleProblem p = problem();
        Simulation sim = Simulation.of(Arrivals.replay(log, UTC), Duty.roster(p, roster(p))).withReplications(2);
        List<CallRecord> out = sim.records(1);
        assertThat(byId(out, "c2").answered()).isEqualTo(at("10:35:00"));
        assertThat(byId(out, "c3").agent()).isEqualTo("A1");
        SimulationResult r = sim.run(KpiDefinitions.defaults());
        assertThat(r.lateness()).containsExactly(new SimulationResult.Lateness("A1", 5, 3));
        assertThat(r.lateBreakMinutes()).isCloseTo(5, within(1e-9));
        assertThat(r.overrunMinutes()).isCloseTo(3, within(1e-9));
    }

    @Test
    void absentShiftsAreMissedAtRandomAndTheCallersStayTheSame() {
        ScheduleProblem p = problem();
        Simulation present = Simulation.of(Arrivals.forecast(agents(16, 20), null, 240), Duty.roster(p, roster(p)))
                .withReplications(200);
        Simulation halfAbsent = present.withAbsence(0.5);
        SimulationResult r = halfAbsent.run(KpiDefinitions.defaults());
        long worked = r.replications().stream().filter(k -> k.total().answered() > 0).count();
        // A1's one shift is missed with probability 1/2 in each of 200 replications: 100 +- 21 (three sd)
        assertThat(worked).isBetween(79L, 121L);
        assertThat(r.replications()).allMatch(k -> k.total().answered() == 0 || k.total().phoneSeconds() == 3.5 * 3600);
        assertThat(halfAbsent.records(7)).extracting(CallRecord::arrived)
                .isEqualTo(present.records(7).stream().map(CallRecord::arrived).toList());
        assertThat(halfAbsent.run(KpiDefinitions.defaults()).serviceLevel()).isEqualTo(r.serviceLevel());
        assertThatThrownBy(() -> present.withAbsence(1)).hasMessageContaining("below 1");
    }

    /** Queues service and sales; A1 answers service only, A2 both; both work 08:00-12:00 without breaks. */
    private static ScheduleProblem skilled() {
        ShiftType day = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(9, 0), QUARTER, Duration.ofHours(4));
        IntervalSeries one = IntervalSeries.of(UTC, QUARTER, Map.of(EIGHT, 1.0));
        return ScheduleProblem.ofQueues("skills", UTC, QUARTER, LocalDate.of(2026, 1, 5), 1,
                List.of(QueueDemand.of("service", one), QueueDemand.of("sales", one)), 0, List.of(day),
                List.of(Agent.of("A1", Contract.NONE, "D").withSkills("service"),
                        Agent.of("A2", Contract.NONE, "D").withSkills("service", "sales")));
    }

    private static Roster skilledRoster(ScheduleProblem p) {
        List<Shift> shifts = List.of(new Shift("A1", "D", EIGHT, EIGHT.plusHours(4), List.of()),
                new Shift("A2", "D", EIGHT, EIGHT.plusHours(4), List.of()));
        return new Roster("skills", "0hard/0soft", true, shifts, RosterCheck.coverage(p, shifts),
                new RosterSummary(0, 0, 8, null, null));
    }

    private static final List<CallRecord> SKILLED_LOG = List.of(
            call("s1", "service", "08:00:00", 600), // both idle: the specialist A1 takes it (busy to 08:10)
            call("x1", "sales", "08:01:00", 60),    // only A2 answers sales
            call("s2", "service", "08:05:00", 30),  // A1 busy: the cross-trained A2 takes it
            call("x2", "sales", "08:06:00", 300),   // A2, busy to 08:11
            call("x3", "sales", "08:08:00", 60));   // A1 is free at 08:10 but not skilled: waits for A2 at 08:11

    @Test
    void aRosterOfAgentsWithDifferentSkillsRoutesEachCallToTheAgentsSkilledForIt() {
        ScheduleProblem p = skilled();
        Duty duty = Duty.roster(p, skilledRoster(p));
        assertThat(duty.groups()).containsExactly("service", "service+sales");
        assertThat(duty.skills("service+sales")).containsExactlyInAnyOrder("service", "sales");
        Simulation sim = Simulation.of(Arrivals.replay(SKILLED_LOG, UTC), duty);
        List<CallRecord> out = sim.records(1);
        assertThat(out).extracting(CallRecord::id, CallRecord::agent, CallRecord::answered).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("s1", "A1", at("08:00:00")),
                org.assertj.core.groups.Tuple.tuple("x1", "A2", at("08:01:00")),
                org.assertj.core.groups.Tuple.tuple("s2", "A2", at("08:05:00")),
                org.assertj.core.groups.Tuple.tuple("x2", "A2", at("08:06:00")),
                org.assertj.core.groups.Tuple.tuple("x3", "A2", at("08:11:00")));

        // A routing adds overflow by skill: sales calls go to anyone skilled for service after 30 s, so A1 takes x3
        Routing overflow = new Routing(List.of(
                new Routing.Queue("service", 0, List.of(new Routing.Step("service", Duration.ZERO)), null),
                new Routing.Queue("sales", 0, List.of(new Routing.Step("sales", Duration.ZERO),
                        new Routing.Step("service", Duration.ofSeconds(30))), null)));
        CallRecord x3 = byId(sim.withRouting(overflow).records(1), "x3");
        assertThat(x3.agent()).isEqualTo("A1");
        assertThat(x3.answered()).isEqualTo(at("08:10:00"));
    }

    @Test
    void aSkilledRosterRefusesCallsNoAgentIsSkilledForAndRoutesNamingNoSkill() {
        ScheduleProblem p = skilled();
        Duty duty = Duty.roster(p, skilledRoster(p));
        List<CallRecord> log = List.of(call("v1", "vip", "08:00:00", 60));
        assertThatThrownBy(() -> Simulation.of(Arrivals.replay(log, UTC), duty).run(KpiDefinitions.defaults()))
                .hasMessage("no agent of the problem's roster is skilled for queue 'vip' of the calls (groups: service,"
                        + " service+sales): add the skill to agents, or route the queue to a group with --routing");
        Routing unknown = new Routing(List.of(new Routing.Queue("service", 0,
                List.of(new Routing.Step("vip", Duration.ZERO)), null)));
        assertThatThrownBy(() -> Simulation.of(Arrivals.replay(SKILLED_LOG.subList(0, 1), UTC), duty).withRouting(unknown))
                .hasMessage("queues[0].chain[0].group: no agent of the problem's roster has the skill or group 'vip'"
                        + " (groups: service, service+sales)");
        // Agents who all answer every queue stay one group main that takes every call
        ScheduleProblem everyone = p.withAgents(List.of(Agent.of("A1", Contract.NONE, "D"),
                Agent.of("A2", Contract.NONE, "D").withSkills("sales", "service")));
        Duty main = Duty.roster(everyone, skilledRoster(everyone));
        assertThat(main.groups()).containsExactly("main");
        assertThat(main.routesBySkill()).isFalse();
        assertThat(Simulation.of(Arrivals.replay(log, UTC), main).records(1).get(0).agent()).isNotNull();
    }

    @Test
    void inputsThatDisagreeAreRefused() {
        List<CallRecord> log = List.of(call("s1", "service", "08:00:00", 300), call("z", "sales", "09:00:00", 30));
        Duty duty = Duty.staffing(Map.of("service", agents(4, 1), "sales", agents(4, 0)));
        assertThatThrownBy(() -> Simulation.of(Arrivals.replay(log, UTC), duty))
                .hasMessage("call z arrived at 2026-01-05T09:00, which lies outside the staffing's horizon "
                        + "2026-01-05T08:00..2026-01-05T08:45");
        Simulation ok = Simulation.of(Arrivals.replay(log.subList(0, 1), UTC), duty);
        Routing unknownGroup = new Routing(List.of(new Routing.Queue("service", 0,
                List.of(new Routing.Step("service", Duration.ZERO), new Routing.Step("vip", Duration.ZERO)), null)));
        assertThatThrownBy(() -> ok.withRouting(unknownGroup))
                .hasMessage("queues[0].chain[1].group: group 'vip' is not among the staffing's groups (sales, service)");
        Routing other = new Routing(List.of(new Routing.Queue("sales", 0, List.of(new Routing.Step("sales", null)), null)));
        assertThatThrownBy(() -> ok.withRouting(other))
                .hasMessage("the calls of queue 'service' have no route: add it to the routing's queues");
        assertThatThrownBy(() -> new Routing.Queue("q", 0, List.of(new Routing.Step("g", null), new Routing.Step("g", null)), null))
                .hasMessage("queue 'q' names group 'g' twice in its chain");
        assertThatThrownBy(() -> Arrivals.replay(List.of(CallRecord.unanswered("u", "q", at("08:00:00"), at("08:01:00"),
                Outcome.ABANDONED)), UTC))
                .hasMessage("queue 'q' has no answered call to draw the handle times of its unanswered calls from");
    }
}

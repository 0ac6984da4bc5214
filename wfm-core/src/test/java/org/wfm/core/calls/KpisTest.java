package org.wfm.core.calls;

import org.junit.jupiter.api.Test;
import org.wfm.core.History;
import org.wfm.core.queue.ServiceLevelBasis;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every KPI definition on a hand-made file of ten calls (src/test/resources/calls/hand.csv), each figure worked
 * out by hand (in the comments) and by the independent script scripts/kpi-check.py.
 */
class KpisTest {

    static Path resource(String name) {
        try {
            return Path.of(KpisTest.class.getResource("/calls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Kpis kpis(Path file, KpiDefinitions definitions) throws IOException {
        try (Stream<CallRecord> calls = CallRecords.read(file, definitions.zone(), CallRecords.DEFAULT_MAX_SKEW)) {
            return Kpis.of(calls::iterator, definitions);
        }
    }

    static double value(OptionalDouble d) {
        assertThat(d).isPresent();
        return d.getAsDouble();
    }

    private final Kpis hand;

    KpisTest() throws IOException {
        hand = kpis(resource("hand.csv"), KpiDefinitions.defaults());
    }

    @Test
    void countsOfferedAsAnsweredAbandonedAndVoicemailAndBlockedApart() {
        KpiFigures t = hand.total();
        assertThat(t.queue()).isEqualTo(Kpis.ALL);
        // 9 inbound calls: c1 c6 c7 c8 c9 answered, c2 c3 abandoned, c4 voicemail, c5 blocked; o1 is outbound
        assertThat(List.of(t.offered(), t.answered(), t.abandoned(), t.voicemail(), t.blocked()))
                .containsExactly(8L, 5L, 2L, 1L, 1L);
        assertThat(t.outbound()).isEqualTo(1);
    }

    @Test
    void waitsClampClockSkewAndServiceLevelHasThreeBases() throws IOException {
        KpiFigures t = hand.total();
        // waits: c1 answered 2 s before arrival -> 0, c6 25, c7 10, c8 exactly 20 (counts), c9 5
        assertThat(t.answeredWithin()).isEqualTo(4);
        assertThat(value(t.serviceLevel())).isEqualTo(0.5);                      // 4 / 8 offered
        assertThat(value(t.asa())).isEqualTo(12.0);                              // (0 + 25 + 10 + 20 + 5) / 5
        KpiDefinitions d = KpiDefinitions.defaults();
        assertThat(value(byBasis(d.withBasis(ServiceLevelBasis.ANSWERED)).serviceLevel())).isEqualTo(0.8); // 4 / 5
        // c2 abandoned at 3 s <= 20 s leaves the denominator: 4 / (8 - 1)
        assertThat(value(byBasis(d.withBasis(ServiceLevelBasis.EXCLUDING_SHORT_ABANDONS)).serviceLevel()))
                .isEqualTo(4.0 / 7);
    }

    private static KpiFigures byBasis(KpiDefinitions d) throws IOException {
        return kpis(resource("hand.csv"), d).total();
    }

    @Test
    void handleTimeIsTalkPlusWrapAndAbandonsHaveTheirOwnWait() {
        KpiFigures t = hand.total();
        // c1 302 s talk (from the skewed answer) + 8 wrap, c6 180 + 10, c7 120, c8 600, c9 60
        assertThat(value(t.aht())).isEqualTo((310 + 190 + 120 + 600 + 60) / 5.0);
        assertThat(value(t.abandonRate())).isEqualTo(0.25);
        assertThat(t.shortAbandoned()).isEqualTo(1);                             // c2 at 3 s < 5 s
        assertThat(value(t.averageAbandonWait())).isEqualTo(16.5);               // (3 + 30) / 2
        assertThat(value(t.longestWait())).isEqualTo(60);                        // c4's voicemail
    }

    @Test
    void shortAbandonIsStrictlyBelowItsThreshold() throws IOException {
        // c2 abandoned at exactly 3 s: not short below 3 s, short below 4 s
        assertThat(byBasis(KpiDefinitions.defaults().withShortAbandon(Duration.ofSeconds(3))).shortAbandoned()).isZero();
        assertThat(byBasis(KpiDefinitions.defaults().withShortAbandon(Duration.ofSeconds(4))).shortAbandoned()).isOne();
    }

    @Test
    void firstContactResolutionLooksInEveryQueueAndLeavesOutCallsItCannotJudge() {
        // last arrival 02-10 12:00: c7 (02-09) and c9 (02-10) cannot be judged. c1 is followed by c3 (queue B,
        // abandoned, 20 minutes later): a repeat. c6 (02-02 10:00) by c7 at exactly 7 days: a repeat (the blocked
        // c5 came before and is not offered anyway). c8 (02-03) by nothing but the outbound o1: resolved.
        KpiFigures t = hand.total();
        assertThat(t.fcrJudged()).isEqualTo(3);
        assertThat(t.fcrResolved()).isEqualTo(1);
        KpiFigures a = hand.byQueue().get(0);
        assertThat(a.queue()).isEqualTo("A");
        assertThat(a.fcrJudged()).isEqualTo(3);
        assertThat(hand.byQueue().get(1).fcr()).isEmpty(); // queue B: no judged call
    }

    @Test
    void oneQueueStillFindsRepeatsInTheOthers() throws IOException {
        Kpis a = kpis(resource("hand.csv"), KpiDefinitions.defaults().withQueue("A"));
        assertThat(a.total().queue()).isEqualTo("A");
        assertThat(a.total().offered()).isEqualTo(5);
        assertThat(a.total().fcrResolved()).isEqualTo(1); // c1's repeat c3 is in queue B
        assertThat(a.byQueue()).extracting(KpiFigures::queue).containsExactly("A");
        assertThat(a.byInterval()).extracting(KpiFigures::queue).containsOnly("A");
    }

    @Test
    void emptyDenominatorsGiveEmptyRatesNeverZero() {
        KpiFigures b = hand.byQueue().get(1); // B: c3 abandoned, c4 voicemail, c7 answered
        assertThat(b.offered()).isEqualTo(3);
        KpiFigures blockedOnly = hand.byInterval().stream()
                .filter(r -> r.queue().equals("A") && r.start().toLocalDateTime().equals(LocalDateTime.parse("1999-02-01T09:30")))
                .findFirst().orElseThrow();
        assertThat(blockedOnly.blocked()).isEqualTo(1);
        assertThat(blockedOnly.serviceLevel()).isEmpty();
        assertThat(blockedOnly.asa()).isEmpty();
        assertThat(blockedOnly.aht()).isEmpty();
        assertThat(blockedOnly.abandonRate()).isEmpty();
        assertThat(blockedOnly.longestWait()).isEmpty();
        assertThat(hand.total().revenuePerCall()).isEmpty();   // no revenue column
        assertThat(hand.total().occupancy()).isEmpty();        // no staffing
        assertThat(value(hand.total().rpcRate())).isZero();    // one outbound call, right party not known
    }

    @Test
    void intervalRowsPerQueueThenAllInTimeOrder() {
        List<KpiFigures> rows = hand.byInterval();
        assertThat(rows).hasSize(14);
        assertThat(rows.subList(0, 3)).extracting(KpiFigures::queue).containsExactly("A", "B", Kpis.ALL);
        assertThat(rows.get(2).offered()).isEqualTo(3);     // 09:00: c1 c2 c3
        assertThat(value(rows.get(2).serviceLevel())).isEqualTo(1.0 / 3);
        assertThat(rows).filteredOn(r -> r.queue().equals(Kpis.ALL)).hasSize(6);
    }

    @Test
    void daysCarryFirstContactResolution() {
        KpiFigures first = hand.byDay().stream().filter(r -> r.queue().equals(Kpis.ALL)).findFirst().orElseThrow();
        assertThat(first.date()).hasToString("1999-02-01");
        assertThat(first.fcrJudged()).isEqualTo(1);       // c1
        assertThat(first.fcrResolved()).isZero();
    }

    @Test
    void agentsCountEveryHandledCallInboundAndOutbound() {
        assertThat(hand.byAgent()).extracting(AgentFigures::agent).containsExactly("W", "X", "Y", "Z");
        AgentFigures x = hand.byAgent().get(1);
        assertThat(x.handled()).isEqualTo(3);
        assertThat(value(x.aht())).isEqualTo(490.0 / 3);  // c1 310, c7 120, c9 60
        assertThat(x.wrapHours()).isEqualTo(8.0 / 3600);
        assertThat(hand.byAgent().get(0).handled()).isEqualTo(1); // W's outbound call
    }

    @Test
    void patienceIsKaplanMeierWithCensoredCallsAtRiskAtTheirWait() {
        Patience p = hand.patience();
        // offered waits 0c 3e 5c 10c 20c 25c 30e 60c: S(3) = 6/7, S(30) = 6/7 * 1/2
        assertThat(p.curve()).hasSize(2);
        assertThat(p.curve().get(0).seconds()).isEqualTo(3);
        assertThat(p.curve().get(0).atRisk()).isEqualTo(7);
        assertThat(p.curve().get(0).abandoned()).isEqualTo(1);
        assertThat(p.curve().get(0).survival()).isCloseTo(6.0 / 7, within(1e-15));
        assertThat(p.curve().get(1).atRisk()).isEqualTo(2);
        assertThat(p.curve().get(1).survival()).isCloseTo(3.0 / 7, within(1e-15));
        assertThat(value(p.medianSeconds())).isEqualTo(30);
        assertThat(value(p.meanSeconds())).isEqualTo(153 / 2.0);  // total wait 153 s over 2 abandons
    }

    @Test
    void historyRunsFromEachDaysFirstToLastIntervalWithCalls() {
        History h = hand.history();
        assertThat(h.offered().size()).isEqualTo(6);
        assertThat(h.offered().start(0)).isEqualTo(LocalDateTime.parse("1999-02-01T09:00"));
        assertThat(h.offered().value(0)).isEqualTo(3);
        assertThat(h.offered().value(1)).isEqualTo(1);        // c4's voicemail; the blocked c5 is not offered
        assertThat(h.aht().orElseThrow().get(LocalDateTime.parse("1999-02-01T09:00")).getAsDouble()).isEqualTo(310);
        assertThat(h.aht().orElseThrow().get(LocalDateTime.parse("1999-02-01T09:30"))).isEmpty();
    }

    @Test
    void outboundCallsGiveRightPartyContactsAndRevenuePerSuccessfulCall() {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        List<CallRecord> calls = List.of(
                CallRecord.answered("i1", "sales", t, t.plusSeconds(5), t.plusSeconds(65), "A").withRevenue(30),
                new CallRecord("o1", "sales", t, t.plusSeconds(1), t.plusSeconds(61), Outcome.ANSWERED, "A", 0, null,
                        null, Direction.OUTBOUND, true, 50.0),
                new CallRecord("o2", "sales", t, t.plusSeconds(1), t.plusSeconds(61), Outcome.ANSWERED, "A", 0, null,
                        null, Direction.OUTBOUND, false, null),
                CallRecord.unanswered("o3", "sales", t, t.plusSeconds(20), Outcome.ABANDONED).withOutbound(null));
        KpiFigures total = Kpis.of(calls).total();
        assertThat(total.offered()).isEqualTo(1);
        assertThat(value(total.rpcRate())).isEqualTo(1.0 / 3);
        assertThat(value(total.revenuePerCall())).isEqualTo(80.0 / 2); // successful: i1 and o1
        assertThat(Kpis.of(calls).byAgent().get(0).handled()).isEqualTo(3);
    }

    @Test
    void anAutumnNightKeepsBothPassesOfTheRepeatedHourApart() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Path file = java.nio.file.Files.createTempFile("autumn", ".csv");
        java.nio.file.Files.writeString(file, """
                call_id,arrived,answered,ended,outcome,agent
                first,2026-10-25T02:10:00+02:00,2026-10-25T02:10:30+02:00,2026-10-25T02:12:00+02:00,answered,A
                second,2026-10-25T02:10:00+01:00,,2026-10-25T02:11:00+01:00,abandoned,
                across,2026-10-25T02:55:00,2026-10-25T02:58:00,2026-10-25T02:05:00,answered,A
                """);
        Kpis k = kpis(file, KpiDefinitions.defaults().withZone(berlin));
        List<KpiFigures> all = k.byInterval().stream().filter(r -> r.queue().equals(Kpis.ALL)).toList();
        // 02:00 and 02:30 of the first pass, then 02:00 of the second: the same wall clock twice, in time order
        assertThat(all).extracting(r -> r.start().toLocalDateTime().toString())
                .containsExactly("2026-10-25T02:00", "2026-10-25T02:30", "2026-10-25T02:00");
        assertThat(all).extracting(r -> r.start().getOffset().toString()).containsExactly("+02:00", "+02:00", "+01:00");
        assertThat(all).extracting(KpiFigures::offered).containsExactly(1L, 1L, 1L);
        // 'across' arrives at 02:55 in the first pass and ends at 02:05 in the second: 3 min wait, 7 min talk
        assertThat(value(all.get(1).asa())).isEqualTo(180);
        assertThat(value(all.get(1).aht())).isEqualTo(420);
        assertThat(value(all.get(2).averageAbandonWait())).isEqualTo(60);
        assertThat(k.history().offered().size()).isEqualTo(3);
        java.nio.file.Files.delete(file);
    }
}

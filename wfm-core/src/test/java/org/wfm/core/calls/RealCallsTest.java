package org.wfm.core.calls;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.queue.ServiceLevelBasis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The KPIs of two weeks of real calls (the Anonymous Bank, 1 to 14 February 1999, in ../shared/data; skipped
 * when absent) against the independent script {@code python3 scripts/kpi-check.py FILE} with its defaults
 * (UTC, 30-minute intervals, 20 s, offered basis, short abandons below 5 s, 7-day repeat window). Counts must
 * agree exactly; sums of seconds are whole here, so the means agree to rounding (1e-9 where the order of
 * summation differs between the two).
 */
class RealCallsTest {

    private static final String FILE = "anonymous-bank-1999-02-01-to-14-calls.csv";
    private static final double EPS = 1e-9;

    private static Path file;
    private static Kpis kpis;

    @BeforeAll
    static void read() throws IOException {
        file = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(p -> p.resolve("shared/data/" + FILE)).filter(Files::isRegularFile).findFirst().orElse(null);
        kpis = file == null ? null : KpisTest.kpis(file, KpiDefinitions.defaults());
    }

    /** Each test skips on its own, so the report lists them as skipped with the reason. */
    @BeforeEach
    void needsTheFile() {
        Assumptions.assumeTrue(file != null, "../shared/data/" + FILE + " is absent: skipping");
    }

    private static double value(OptionalDouble d) {
        return KpisTest.value(d);
    }

    @Test
    void totals() {
        KpiFigures t = kpis.total();
        assertThat(List.of(t.offered(), t.answered(), t.abandoned(), t.voicemail(), t.blocked()))
                .containsExactly(16239L, 14356L, 1883L, 0L, 0L);
        assertThat(t.answeredWithin()).isEqualTo(9247);
        assertThat(t.abandonedWithin()).isEqualTo(651);
        assertThat(t.shortAbandoned()).isEqualTo(130);
        assertThat(value(t.serviceLevel())).isCloseTo(0.5694316152472443, within(EPS));      // 9247 / 16239
        assertThat(value(t.abandonRate())).isCloseTo(0.11595541597389002, within(EPS));      // 1883 / 16239
        assertThat(value(t.asa())).isCloseTo(33.815268877124545, within(EPS));
        assertThat(value(t.aht())).isCloseTo(167.23154081916968, within(EPS));
        assertThat(value(t.averageAbandonWait())).isCloseTo(57.35156664896442, within(EPS));
        assertThat(value(t.longestWait())).isEqualTo(730);
        assertThat(t.fcrResolved()).isEqualTo(1251);
        assertThat(t.fcrJudged()).isEqualTo(2926);
        assertThat(t.outbound()).isZero();
    }

    @Test
    void serviceLevelOnTheOtherBases() throws IOException {
        KpiDefinitions d = KpiDefinitions.defaults();
        assertThat(value(KpisTest.kpis(file, d.withBasis(ServiceLevelBasis.ANSWERED)).total().serviceLevel()))
                .isCloseTo(0.6441209250487601, within(EPS));                                // 9247 / 14356
        assertThat(value(KpisTest.kpis(file, d.withBasis(ServiceLevelBasis.EXCLUDING_SHORT_ABANDONS)).total()
                .serviceLevel())).isCloseTo(0.5932127277392867, within(EPS));               // 9247 / (16239 - 651)
    }

    @Test
    void perQueue() {
        Map<String, KpiFigures> q = kpis.byQueue().stream()
                .collect(Collectors.toMap(KpiFigures::queue, Function.identity()));
        assertThat(kpis.byQueue()).extracting(KpiFigures::queue)
                .containsExactly("IN", "NE", "NW", "PE", "PS", "TT", Kpis.ALL);
        // offered, answered, abandoned, answered within 20 s, FCR resolved, FCR judged
        assertThat(row(q.get("IN"))).containsExactly(136L, 114L, 22L, 48L, 0L, 0L);
        assertThat(row(q.get("NE"))).containsExactly(1226L, 1162L, 64L, 725L, 15L, 262L);
        assertThat(row(q.get("NW"))).containsExactly(3940L, 2907L, 1033L, 1737L, 8L, 16L);
        assertThat(row(q.get("PE"))).containsExactly(91L, 82L, 9L, 41L, 13L, 29L);
        assertThat(row(q.get("PS"))).containsExactly(10407L, 9670L, 737L, 6345L, 1149L, 2484L);
        assertThat(row(q.get("TT"))).containsExactly(439L, 421L, 18L, 351L, 66L, 135L);
        assertThat(q.get("IN").fcr()).isEmpty();
        assertThat(value(q.get("IN").asa())).isCloseTo(92.41228070175438, within(EPS));
        assertThat(value(q.get("PS").asa())).isCloseTo(28.253360910031024, within(EPS));
        assertThat(value(q.get("IN").aht())).isCloseTo(253.3684210526316, within(EPS));
        assertThat(value(q.get("PS").aht())).isCloseTo(178.53422957600827, within(EPS));
        assertThat(q.get(Kpis.ALL)).isEqualTo(kpis.total());
    }

    private static List<Long> row(KpiFigures f) {
        return List.of(f.offered(), f.answered(), f.abandoned(), f.answeredWithin(), f.fcrResolved(), f.fcrJudged());
    }

    @Test
    void patience() {
        Patience p = kpis.patience();
        assertThat(value(p.medianSeconds())).isEqualTo(260);
        assertThat(p.totalWait()).isEqualTo(593445);
        assertThat(value(p.meanSeconds())).isCloseTo(315.1593202336697, within(EPS));     // 593445 / 1883
        assertThat(p.curve()).hasSize(236);
        Patience.Step first = p.curve().get(0);
        // 17 callers hung up at once; every offered call is at risk at 0 s
        assertThat(first.seconds()).isZero();
        assertThat(first.atRisk()).isEqualTo(16239);
        assertThat(first.abandoned()).isEqualTo(17);
        assertThat(first.survival()).isCloseTo(1 - 17.0 / 16239, within(1e-15));
        // the script's second step: 1 s, 8883 at risk (answered calls clamped to 0 s wait are censored at 0)
        assertThat(p.curve().get(1).atRisk()).isEqualTo(8883);
        assertThat(p.curve().get(1).abandoned()).isEqualTo(39);
        assertThat(p.curve().get(1).survival()).isCloseTo(0.9945673250168732, within(EPS));
    }

    @Test
    void firstIntervalsOfAllQueues() {
        List<KpiFigures> all = kpis.byInterval().stream().filter(r -> r.queue().equals(Kpis.ALL)).toList();
        assertThat(all).hasSize(397);
        KpiFigures first = all.get(0);
        assertThat(first.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("1999-02-01T06:30"));
        assertThat(first.offered()).isEqualTo(1);    // AA0201-34853 at 06:59:54
        KpiFigures seven = all.get(1);
        assertThat(seven.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("1999-02-01T07:00"));
        assertThat(List.of(seven.offered(), seven.answered(), seven.answeredWithin())).containsExactly(20L, 19L, 19L);
        assertThat(value(seven.asa())).isZero();      // every answer stamped at or before its arrival
        KpiFigures half = all.get(2);
        assertThat(half.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("1999-02-01T07:30"));
        assertThat(half.offered()).isEqualTo(30);
        assertThat(half.answeredWithin()).isEqualTo(24);
        assertThat(value(half.asa())).isCloseTo(10.518518518518519, within(EPS));          // 284 s / 27
    }

    @Test
    void rowsInAnyOrderGiveTheSameFigures(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(1999));
        rows.add(0, lines.get(0));
        Path shuffled = dir.resolve("shuffled.csv");
        Files.write(shuffled, rows);
        Kpis k = KpisTest.kpis(shuffled, KpiDefinitions.defaults());
        for (int i = 0; i < kpis.byQueue().size(); i++) {
            KpiFigures a = kpis.byQueue().get(i);
            KpiFigures b = k.byQueue().get(i);
            assertThat(row(b)).isEqualTo(row(a));
            assertThat(b.answerWait()).isCloseTo(a.answerWait(), within(1e-6));
            assertThat(b.handle()).isCloseTo(a.handle(), within(1e-6));
        }
        assertThat(k.byInterval()).hasSameSizeAs(kpis.byInterval());
        assertThat(k.byDay()).extracting(KpiFigures::fcrResolved)
                .containsExactlyElementsOf(kpis.byDay().stream().map(KpiFigures::fcrResolved).toList());
        assertThat(k.patience().curve()).isEqualTo(kpis.patience().curve());
        assertThat(k.byAgent()).extracting(AgentFigures::handled)
                .containsExactlyElementsOf(kpis.byAgent().stream().map(AgentFigures::handled).toList());
    }

    @Test
    void agents() {
        List<AgentFigures> agents = kpis.byAgent();
        assertThat(agents).hasSize(25);
        assertThat(agents).extracting(AgentFigures::agent).contains("unknown");
        Map<String, AgentFigures> byId = agents.stream()
                .collect(Collectors.toMap(AgentFigures::agent, Function.identity()));
        assertThat(byId.get("TOVA").handled()).isEqualTo(1158);
        assertThat(value(byId.get("TOVA").aht())).isCloseTo(146.5189982728843, within(EPS));
        assertThat(byId.get("MICHAL").handled()).isEqualTo(1117);
        assertThat(agents.stream().mapToLong(AgentFigures::handled).sum()).isEqualTo(14356);
    }
}

package org.wfm.core.queue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QueueModelTest {

    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final ErlangC ERLANG_C = QueueModel.erlangC();

    /** Expected values computed with exact rational arithmetic: B = (A^N/N!) / sum_k A^k/k!. */
    @ParameterizedTest
    @CsvSource({
            "2,   5,   0.03669724770642202",
            "5,   10,  0.018384570336648132",
            "10,  14,  0.05681914338652086",
            "0.5, 1,   0.3333333333333333",
            "100, 110, 0.027463448449822916",
    })
    void erlangBMatchesExactValues(double load, int agents, double expected) {
        assertThat(ErlangB.blocking(load, agents)).isCloseTo(expected, within(1e-14));
    }

    @Test
    void erlangBEdgeCases() {
        assertThat(ErlangB.blocking(7, 0)).isEqualTo(1);
        assertThat(ErlangB.blocking(0, 3)).isEqualTo(0);
        assertThat(ErlangB.blocking(20_000, 20_500)).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> ErlangB.blocking(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Exact Erlang C probabilities of wait (rational arithmetic), and M/M/1 and M/M/2 closed forms. */
    @ParameterizedTest
    @CsvSource({
            "2,   5,   0.05970149253731343",
            "5,   10,  0.03610535915832019",
            "10,  14,  0.17413193359504983",
            "20,  25,  0.2091028265988366",
            "100, 110, 0.23700750028505274",
            "0.7, 1,   0.7",
            "1,   2,   0.3333333333333333",
    })
    void erlangCProbabilityOfWait(double load, int agents, double expected) {
        assertThat(ERLANG_C.evaluate(load, 180, agents, TWENTY_SECONDS).probabilityOfWait())
                .isCloseTo(expected, within(1e-13));
    }

    /** Expected values from exact rational Erlang C; the primer quotes them rounded. */
    @Test
    void erlangCPrimerExample() {
        ExpectedService service = ERLANG_C.evaluate(10, 180, 14, TWENTY_SECONDS);

        assertThat(service.serviceLevel()).isCloseTo(0.8883500191794669, within(1e-14));
        assertThat(service.asa()).isCloseTo(7.835937011777243, within(1e-12));
        // As published, rounded: SL 0.8884, ASA 7.84 s.
        assertThat(Math.round(service.serviceLevel() * 1e4)).isEqualTo(8884);
        assertThat(Math.round(service.asa() * 100)).isEqualTo(784);
        assertThat(service.occupancy()).isCloseTo(0.714, within(0.0005));
        assertThat(service.abandonRate()).isEmpty();
        assertThat(service.toString()).isEqualTo(
                "14 agents for 10 Erlangs: SL 88.84% in 20s, ASA 7.84 s, occupancy 71.4%, P(wait) 0.1741");
    }

    @Test
    void erlangCSingleAgentClosedForms() {
        // M/M/1, rho 0.7: SL(t) = 1 - rho * exp(-(1 - rho) t / AHT), ASA = rho / (1 - rho) * AHT.
        ExpectedService service = ERLANG_C.evaluate(0.7, 100, 1, TWENTY_SECONDS);

        assertThat(service.serviceLevel()).isCloseTo(1 - 0.7 * Math.exp(-0.3 * 0.2), within(1e-14));
        assertThat(service.asa()).isCloseTo(0.7 / 0.3 * 100, within(1e-10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 10})
    void erlangCOverloadedIsReportedNotThrown(int agents) {
        ExpectedService service = ERLANG_C.evaluate(10, 180, agents, TWENTY_SECONDS);

        assertThat(service.serviceLevel()).isZero();
        assertThat(service.probabilityOfWait()).isEqualTo(1);
        assertThat(service.asa()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(service.asaDuration()).isEmpty();
        assertThat(service.occupancy()).isEqualTo(agents == 0 ? 0 : 1);
    }

    @Test
    void noCallsMeansNoWaiting() {
        for (QueueModel model : new QueueModel[] {ERLANG_C, QueueModel.erlangA(Duration.ofSeconds(60))}) {
            ExpectedService service = model.evaluate(0, 180, 0, TWENTY_SECONDS);
            assertThat(service.serviceLevel()).isEqualTo(1);
            assertThat(service.asa()).isZero();
            assertThat(service.occupancy()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {10_000, 20_000})
    void serviceLevelRisesWithAgentsAndStaysFiniteAtLargeLoads(double load) {
        QueueModel patient = QueueModel.erlangA(Duration.ofSeconds(120));
        double previousC = -1;
        double previousA = -1;
        for (int agents = (int) (0.9 * load); agents <= load + 300; agents += 20) {
            ExpectedService c = ERLANG_C.evaluate(load, 240, agents, TWENTY_SECONDS);
            ExpectedService a = patient.evaluate(load, 240, agents, TWENTY_SECONDS);
            assertThat(c.serviceLevel()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previousC);
            assertThat(a.serviceLevel()).isBetween(0.0, 1.0).isGreaterThan(previousA);
            assertThat(a.asa()).isFinite();
            assertThat(a.abandonRate().orElseThrow()).isBetween(0.0, 1.0);
            assertThat(a.occupancy()).isBetween(0.0, 1.0);
            previousC = c.serviceLevel();
            previousA = a.serviceLevel();
        }
    }

    @ParameterizedTest
    @CsvSource({"10, 14", "10, 11", "100, 105", "2000, 2040", "10000, 10100"})
    void erlangAWithVeryLongPatienceConvergesToErlangC(double load, int agents) {
        ExpectedService c = ERLANG_C.evaluate(load, 180, agents, TWENTY_SECONDS);
        ExpectedService a = QueueModel.erlangA(Duration.ofDays(100_000)).evaluate(load, 180, agents, TWENTY_SECONDS);

        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-6));
        assertThat(a.probabilityOfWait()).isCloseTo(c.probabilityOfWait(), within(1e-6));
        assertThat(a.asa()).isCloseTo(c.asa(), within(1e-4 * c.asa()));
        assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-6));
        assertThat(a.abandonRate().orElseThrow()).isLessThan(1e-6);
    }

    /** P(wait) and abandon rate against the birth-death chain summed term by term (small, so safe to sum). */
    @ParameterizedTest
    @CsvSource({"2.5, 3, 100, 50", "10, 8, 180, 90", "10, 14, 180, 600", "4, 1, 60, 30"})
    void erlangAMatchesTheBirthDeathChain(double load, int agents, double aht, double patience) {
        double theta = aht / patience;
        double[] state = new double[4000];
        state[0] = 1;
        double total = 1;
        double queued = 0;
        double waiting = 0;
        for (int k = 1; k < state.length; k++) {
            state[k] = state[k - 1] * load / (Math.min(k, agents) + Math.max(k - agents, 0) * theta);
            total += state[k];
            queued += Math.max(k - agents, 0) * state[k];
            waiting += k >= agents ? state[k] : 0;
        }
        waiting += agents == 0 ? 1 : 0;

        ExpectedService service = QueueModel.erlangA(Duration.ofSeconds((long) patience))
                .evaluate(load, aht, agents, TWENTY_SECONDS);

        assertThat(service.probabilityOfWait()).isCloseTo(waiting / total, within(1e-12));
        // Abandonment flow theta * E[queue] over arrivals lambda (time in units of one AHT).
        assertThat(service.abandonRate().orElseThrow()).isCloseTo(theta * queued / total / load, within(1e-12));
    }

    /** Service level and ASA of answered calls against a seeded simulation of the M/M/N+M queue. */
    @ParameterizedTest
    @CsvSource({"2.5, 3, 100, 50, 20", "10, 8, 180, 90, 20", "10, 12, 180, 300, 30"})
    void erlangAMatchesSimulation(double load, int agents, double aht, double patience, long threshold) {
        Simulated simulated = simulate(load, agents, aht, patience, threshold, 400_000, new Random(42));

        QueueModel model = QueueModel.erlangA(Duration.ofSeconds((long) patience));
        ExpectedService service = model.evaluate(load, aht, agents, Duration.ofSeconds(threshold));

        assertThat(service.serviceLevel()).isCloseTo(simulated.serviceLevel, within(0.01));
        assertThat(model.evaluate(load, aht, agents, Duration.ofSeconds(threshold), ServiceLevelBasis.ANSWERED)
                .serviceLevel()).isCloseTo(simulated.ofAnswered, within(0.01));
        assertThat(model.evaluate(load, aht, agents, Duration.ofSeconds(threshold),
                ServiceLevelBasis.EXCLUDING_SHORT_ABANDONS).serviceLevel())
                .isCloseTo(simulated.excludingShortAbandons, within(0.01));
        assertThat(service.asa()).isCloseTo(simulated.asa, within(0.04 * simulated.asa));
        assertThat(service.abandonRate().orElseThrow()).isCloseTo(simulated.abandonRate, within(0.005));
        assertThat(service.occupancy()).isCloseTo(simulated.occupancy, within(0.01));
    }

    /** No NaN, nothing out of range, across tiny to huge loads, staff and patience (0.0001 to 1,000,000 AHTs). */
    @Test
    void erlangAStaysInRangeForExtremeInputs() {
        for (double load : new double[] {1e-6, 0.01, 1, 100, 20_000}) {
            for (double staffPerErlang : new double[] {0, 0.5, 1, 1.1, 2}) {
                int agents = (int) Math.max(1, Math.round(load * staffPerErlang));
                for (double patienceInAhts : new double[] {1e-4, 1, 1e6}) {
                    QueueModel model = QueueModel.erlangA(Duration.ofMillis(Math.max(1, (long) (patienceInAhts * 180e3))));
                    for (long threshold : new long[] {0, 20, 3600}) {
                        ExpectedService service = model.evaluate(load, 180, agents, Duration.ofSeconds(threshold));
                        assertThat(service.serviceLevel()).isBetween(0.0, 1.0);
                        assertThat(service.probabilityOfWait()).isBetween(0.0, 1.0);
                        assertThat(service.abandonRate().orElseThrow()).isBetween(0.0, 1.0);
                        assertThat(service.occupancy()).isBetween(0.0, 1.0);
                        assertThat(service.asa()).isFinite().isNotNegative();
                    }
                }
            }
        }
    }

    @Test
    void serviceLevelBasesAgreeWithoutAbandonmentAndOrderWithIt() {
        for (ServiceLevelBasis basis : ServiceLevelBasis.values()) {
            assertThat(ERLANG_C.evaluate(10, 180, 14, TWENTY_SECONDS, basis).serviceLevel())
                    .isEqualTo(ERLANG_C.evaluate(10, 180, 14, TWENTY_SECONDS).serviceLevel());
        }
        QueueModel model = QueueModel.erlangA(Duration.ofSeconds(60));
        double offered = model.evaluate(10, 180, 11, TWENTY_SECONDS, ServiceLevelBasis.OFFERED).serviceLevel();
        ExpectedService shortAbandonsOut = model.evaluate(10, 180, 11, TWENTY_SECONDS,
                ServiceLevelBasis.EXCLUDING_SHORT_ABANDONS);
        double answered = model.evaluate(10, 180, 11, TWENTY_SECONDS, ServiceLevelBasis.ANSWERED).serviceLevel();

        assertThat(offered).isLessThan(shortAbandonsOut.serviceLevel()).isLessThan(answered);
        assertThat(shortAbandonsOut.toString()).contains("in 20s (excluding short abandons)");
    }

    @Test
    void erlangAZeroThresholdIsAnsweredWithoutWaiting() {
        ExpectedService service = QueueModel.erlangA(Duration.ofSeconds(60)).evaluate(10, 180, 12, Duration.ZERO);

        assertThat(service.serviceLevel()).isCloseTo(1 - service.probabilityOfWait(), within(1e-14));
    }

    @Test
    void erlangAWithoutAgentsLosesEveryCall() {
        ExpectedService service = QueueModel.erlangA(Duration.ofSeconds(60)).evaluate(3, 180, 0, TWENTY_SECONDS);

        assertThat(service.abandonRate()).hasValue(1);
        assertThat(service.serviceLevel()).isZero();
        assertThat(service.asa()).isInfinite();
    }

    @Test
    void rejectsMeaninglessInput() {
        assertThatThrownBy(() -> ERLANG_C.evaluate(10, 0, 14, TWENTY_SECONDS))
                .hasMessage("AHT must be more than 0 seconds, got 0.0");
        assertThatThrownBy(() -> ERLANG_C.evaluate(Double.NaN, 180, 14, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueModel.erlangA(Duration.ZERO))
                .hasMessage("patience must be more than 0 s, got PT0S");
    }

    private record Simulated(double serviceLevel, double ofAnswered, double excludingShortAbandons, double asa,
                             double abandonRate, double occupancy) {
    }

    /**
     * First come first served with abandonment: a caller takes the earliest free agent unless the wait for it
     * exceeds their patience; callers who abandon never hold an agent, so agents' free times are all the state.
     */
    private static Simulated simulate(double load, int agents, double aht, double patience, double threshold,
                                      int calls, Random random) {
        double[] free = new double[agents];
        double arrivalRate = load / aht;
        double now = 0;
        int answeredInTime = 0;
        int answered = 0;
        int abandoned = 0;
        int abandonedInTime = 0;
        double totalWait = 0;
        double busy = 0;
        for (int call = 0; call < calls; call++) {
            now += -Math.log(1 - random.nextDouble()) / arrivalRate;
            double patienceOfCaller = -Math.log(1 - random.nextDouble()) * patience;
            double handle = -Math.log(1 - random.nextDouble()) * aht;
            int agent = 0;
            for (int i = 1; i < agents; i++) {
                agent = free[i] < free[agent] ? i : agent;
            }
            double wait = Math.max(0, free[agent] - now);
            if (wait > patienceOfCaller) {
                abandoned++;
                abandonedInTime += patienceOfCaller <= threshold ? 1 : 0;
                continue;
            }
            free[agent] = now + wait + handle;
            answered++;
            answeredInTime += wait <= threshold ? 1 : 0;
            totalWait += wait;
            busy += handle;
        }
        return new Simulated((double) answeredInTime / calls, (double) answeredInTime / answered,
                (double) answeredInTime / (calls - abandonedInTime), totalWait / answered, (double) abandoned / calls,
                busy / (agents * now));
    }
}

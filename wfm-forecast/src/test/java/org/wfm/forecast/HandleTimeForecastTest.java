package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The handle time that {@code wfm forecast} forecasts: a weekly profile times the recent level. */
class HandleTimeForecastTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);

    /** 100 calls every weekday quarter-hour 08:00-22:00 for {@code weeks} weeks; AHT 300 s, {@code last} s in the last week. */
    private static History history(int weeks, double last) {
        IntervalSeries.Builder calls = IntervalSeries.builder(ZoneOffset.UTC, QUARTER);
        IntervalSeries.Builder aht = IntervalSeries.builder(ZoneOffset.UTC, QUARTER);
        for (LocalDate date = Synthetic.FIRST; date.isBefore(Synthetic.FIRST.plusWeeks(weeks)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            boolean lastWeek = !date.isBefore(Synthetic.FIRST.plusWeeks(weeks - 1));
            for (LocalDateTime t = date.atTime(8, 0); t.isBefore(date.atTime(22, 0)); t = t.plus(QUARTER)) {
                calls.add(t, 100);
                aht.add(t, lastWeek ? last : 300);
            }
        }
        return History.of(calls.build(), aht.build());
    }

    @Test
    void aSteadyHandleTimeIsForecastAsItIs() {
        Forecast f = Forecasters.weeklyAverage().forecast(history(6, 300), Synthetic.FIRST.plusWeeks(6), 7);
        assertThat(f.aht().orElseThrow().values()).hasSize(5 * 56);
        for (double a : f.aht().orElseThrow().values()) {
            assertThat(a).isCloseTo(300, within(1e-9)); // the weighted means' round-off
        }
    }

    @Test
    void aLongerLastWeekRaisesTheForecastByTheShrunkRecentLevel() {
        Forecast f = Forecasters.weeklyAverage().forecast(history(6, 360), Synthetic.FIRST.plusWeeks(6), 7);
        // the last week's 28,000 calls handled 360 s where the profile (300 s) expected 300 s; 1,000 calls of prior
        double calls = 5 * 56 * 100;
        double level = (calls * 360 + 1000 * 300) / (calls * 300 + 1000 * 300);
        for (double a : f.aht().orElseThrow().values()) {
            assertThat(a).isCloseTo(300 * level, within(1e-9));
        }
        assertThat(f.aht().orElseThrow().values()).hasSize(5 * 56);
    }

    @Test
    void theBacktestScoresTheHandleTimeByHandledSeconds() {
        History steady = history(10, 300);
        List<Accuracy> accuracies = Backtest.run(List.of(Forecasters.weeklyAverage()), steady, 2, 7);
        assertThat(accuracies.get(0).ahtWape()).isCloseTo(0, within(1e-12));
        assertThat(Backtest.markdown(accuracies)).contains("| AHT WAPE |").contains("| 0.00 % |");
        History withoutAht = History.of(steady.offered());
        Accuracy plain = Backtest.run(List.of(Forecasters.weeklyAverage()), withoutAht, 2, 7).get(0);
        assertThat(plain.ahtWape()).isNaN();
        assertThat(Backtest.markdown(List.of(plain))).doesNotContain("AHT WAPE");
    }
}

package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.wfm.core.History;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BacktestTest {

    private static final LocalDate WEEK4 = Synthetic.FIRST.plusWeeks(3);

    @Test
    void scoresTheSeasonalNaiveForecastOfAGrowingSeries() {
        History history = ForecastersTest.weekNumbered(null);

        Accuracy accuracy = Backtest.run(Forecasters.seasonalNaive(), history, List.of(WEEK4), 7);

        // week 4 is forecast as week 3: 100 calls too few in each of 5 x 56 intervals of 400..404 calls
        double wape = 100 * 5.0 / (400 + 401 + 402 + 403 + 404);
        assertThat(accuracy.wape()).isCloseTo(wape, within(1e-12));
        assertThat(accuracy.dailyWape()).isCloseTo(wape, within(1e-12));
        assertThat(accuracy.bias()).isCloseTo(-wape, within(1e-12));
        assertThat(accuracy.mase()).isCloseTo(1, within(1e-12));
        assertThat(accuracy.coverage()).isNaN();
        assertThat(accuracy.intervals()).isEqualTo(5 * 56);
        assertThat(accuracy.toString()).isEqualTo(
                "seasonal-naive: WAPE 24.88 %, daily 24.88 %, bias -24.88 %, MASE 1.000 (1 origins, 280 intervals)");
    }

    @Test
    void weeklyOriginsEndWithTheLastWeekOfTheHistory() {
        History history = ForecastersTest.weekNumbered(null);

        assertThat(Backtest.weeklyOrigins(history, 2)).containsExactly(WEEK4.minusWeeks(1), WEEK4);
        assertThatThrownBy(() -> Backtest.weeklyOrigins(history, 4))
                .hasMessage("the history (2026-01-05..2026-01-30) has room for 3 weekly origins, not 4");
    }

    @Test
    void markdownHasOneRowPerMethod() {
        Accuracy accuracy = new Accuracy("auto", 5, 1425, 0.0592, 0.0404, 0.0188, 0.747, 0.788);

        assertThat(Backtest.markdown(List.of(accuracy))).endsWith(
                "|---|---:|---:|---:|---:|---:|---:|---:|\n| auto | 5.92 % | 4.04 % | +1.88 % | 0.747 | 78.8 % | 5 | 1425 |\n");
    }
}

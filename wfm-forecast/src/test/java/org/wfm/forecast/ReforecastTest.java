package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReforecastTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);

    /**
     * {@code weeks} weeks of weekdays whose level strays from {@link Synthetic#level} by a day factor drawn once per
     * day (sd 10 %, seeded): a morning above forecast then foretells an afternoon above it.
     */
    private static IntervalSeries strayingDays(int weeks) {
        Random random = new Random(7);
        IntervalSeries.Builder b = IntervalSeries.builder(ZoneOffset.UTC, QUARTER);
        for (LocalDate date = Synthetic.FIRST; date.isBefore(Synthetic.FIRST.plusWeeks(weeks)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            double day = Math.exp(0.1 * random.nextGaussian());
            for (LocalDateTime t = date.atTime(7, 0); t.isBefore(date.atTime(21, 0)); t = t.plus(QUARTER)) {
                b.add(t, Math.round(Synthetic.level(date) * Synthetic.shape(t) * day * (1 + 0.02 * random.nextGaussian())));
            }
        }
        return b.build();
    }

    /** The history up to {@code now}, today's morning replaced by {@code factor} times the forecast. */
    private static History morning(IntervalSeries calls, Forecast forecast, LocalDateTime now, double factor) {
        IntervalSeries.Builder b = IntervalSeries.builder(ZoneOffset.UTC, QUARTER);
        IntervalSeries before = calls.between(calls.firstDate().atStartOfDay(), now.toLocalDate().atStartOfDay());
        for (int i = 0; i < before.size(); i++) {
            b.add(before.start(i), before.value(i));
        }
        IntervalSeries today = forecast.calls().between(now.toLocalDate().atStartOfDay(), now);
        for (int i = 0; i < today.size(); i++) {
            b.add(today.start(i), factor * today.value(i));
        }
        return History.of(b.build());
    }

    /** Ten weeks of straying days; the week-ahead forecast of the tenth; its Wednesday noon. */
    private static final IntervalSeries CALLS = strayingDays(10);
    private static final LocalDate MONDAY = Synthetic.FIRST.plusWeeks(9);
    private static final Forecast WEEK = Forecasters.auto().forecast(History.of(CALLS).before(MONDAY), MONDAY, 7);
    private static final LocalDateTime NOW = MONDAY.plusDays(2).atTime(12, 0);

    @Test
    void aMorningOnForecastLeavesTheRestOfTheDayAsForecast() {
        IntervalSeries calls = CALLS;
        Forecast week = WEEK;
        LocalDateTime now = NOW;

        Forecast rest = Reforecast.of(morning(calls, week, now, 1.0)).update(week, now, Optional.empty());

        assertThat(rest.calls()).isEqualTo(week.calls().between(now, now.toLocalDate().plusDays(1).atStartOfDay()));
        assertThat(rest.calls().start(0)).isEqualTo(now);
        assertThat(rest.method()).isEqualTo(week.method() + "+reforecast");
    }

    @Test
    void aMorningAboveForecastRaisesTheRestOfTheDayAsTheHistoryLearned() {
        IntervalSeries calls = CALLS;
        Forecast week = WEEK;
        LocalDateTime now = NOW;
        Reforecast reforecast = Reforecast.of(morning(calls, week, now, 1.2));

        Reforecast.Weights weights = reforecast.weights(LocalTime.NOON);
        // day levels persist in this history: the learned update moves the forecast, and helps on the learning days
        assertThat(weights.priorCalls()).isFinite();
        assertThat(weights.learningWape()).isLessThan(weights.forecastWape());
        Forecast rest = reforecast.update(week, now, Optional.of(0.8));
        IntervalSeries planned = week.calls().between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        double m = rest.calls().value(0) / planned.value(0);
        assertThat(m).isGreaterThan(1.0).isLessThanOrEqualTo(1.2);
        for (int i = 0; i < planned.size(); i++) {
            assertThat(rest.calls().value(i)).isCloseTo(m * planned.value(i), within(1e-9));
            assertThat(rest.lower().orElseThrow().value(i)).isLessThan(rest.calls().value(i));
            assertThat(rest.upper().orElseThrow().value(i)).isGreaterThan(rest.calls().value(i));
        }
        assertThat(reforecast.withHistory(History.of(calls)).weights(LocalTime.NOON)).isEqualTo(weights);
    }

    @Test
    void theUpdateIsTheShrunkRatio() {
        assertThat(Reforecast.factor(120, 100, 0)).isEqualTo(1.2);
        assertThat(Reforecast.factor(120, 100, 100)).isEqualTo(1.1);
        assertThat(Reforecast.factor(120, 100, Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Reforecast.factor(0, 0, 0)).isEqualTo(1.0);
    }

    @Test
    void aHistoryTooShortToLearnFromIsRefused() {
        History short3 = History.of(Synthetic.calls(3, QUARTER, Set.of(), 0.05));
        assertThatThrownBy(() -> Reforecast.of(short3)).isInstanceOf(InsufficientHistoryException.class)
                .hasMessageStartingWith("re-forecasting learns from 4 whole weeks before the last one: ");
    }
}

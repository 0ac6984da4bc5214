package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastersTest {

    private static final Duration M15 = Duration.ofMinutes(15);
    private static final LocalDate FIRST = Synthetic.FIRST;
    private static final LocalDate WEEK5 = FIRST.plusWeeks(4);

    /** Four weeks, Monday to Friday 07:00-20:45: value = 100 x (week + 1) + weekday (0 = Monday); a day missing. */
    static History weekNumbered(LocalDate missing) {
        Map<LocalDateTime, Double> values = new TreeMap<>();
        for (int week = 0; week < 4; week++) {
            for (int weekday = 0; weekday < 5; weekday++) {
                LocalDate date = FIRST.plusWeeks(week).plusDays(weekday);
                for (LocalDateTime t = date.atTime(7, 0); t.isBefore(date.atTime(21, 0)) && !date.equals(missing);
                     t = t.plus(M15)) {
                    values.put(t, 100.0 * (week + 1) + weekday);
                }
            }
        }
        return History.of(IntervalSeries.of(M15, values));
    }

    private static double at(Forecast forecast, LocalDate date, int hour) {
        return forecast.calls().get(date.atTime(hour, 0)).getAsDouble();
    }

    @Test
    void aMissingDayNeverShiftsTheWeeklyPattern() {
        History history = weekNumbered(FIRST.plusWeeks(3).plusDays(2));

        Forecast naive = Forecasters.seasonalNaive().forecast(history, WEEK5, 7);
        Forecast average = Forecasters.weeklyAverage(4).forecast(history, WEEK5, 7);

        // last week's Wednesday is missing: the Wednesday before stands in, Thursday is still last Thursday
        assertThat(at(naive, WEEK5.plusDays(2), 9)).isEqualTo(302);
        assertThat(at(naive, WEEK5.plusDays(3), 9)).isEqualTo(403);
        assertThat(at(average, WEEK5.plusDays(2), 9)).isEqualTo((102 + 202 + 302) / 3.0);
        assertThat(at(average, WEEK5.plusDays(3), 9)).isEqualTo((103 + 203 + 303 + 403) / 4.0);
    }

    @Test
    void theHorizonHasEveryOpenIntervalAndNothingElse() {
        Forecast forecast = Forecasters.auto().forecast(weekNumbered(null), WEEK5, 7);

        IntervalSeries calls = forecast.calls();
        assertThat(calls.size()).isEqualTo(5 * 56);
        assertThat(calls.dates()).containsExactly(WEEK5, WEEK5.plusDays(1), WEEK5.plusDays(2), WEEK5.plusDays(3),
                WEEK5.plusDays(4));
        assertThat(calls.start(0)).isEqualTo(WEEK5.atTime(7, 0));
        assertThat(calls.start(55)).isEqualTo(WEEK5.atTime(20, 45));
    }

    @Test
    void specialDaysCloseScaleAndExclude() {
        History history = weekNumbered(null);
        Forecaster naive = Forecasters.seasonalNaive();
        SpecialDays special = SpecialDays.none().factor(WEEK5, 0).factor(WEEK5.plusDays(1), 1.3)
                .exclude(FIRST.plusWeeks(3).plusDays(2));

        Forecast forecast = naive.withSpecialDays(special).forecast(history, WEEK5, 7);

        assertThat(forecast.calls().dates()).doesNotContain(WEEK5).hasSize(4);
        assertThat(at(forecast, WEEK5.plusDays(1), 9)).isCloseTo(1.3 * 401, within(1e-9));
        assertThat(at(forecast, WEEK5.plusDays(2), 9)).isEqualTo(302);
    }

    @Test
    void badHorizonsAndShortHistoriesSayWhatIsWrong() {
        History history = weekNumbered(null);
        History tenDays = history.before(FIRST.plusDays(10));

        assertThatThrownBy(() -> Forecasters.auto().forecast(history, FIRST.plusWeeks(3), 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the horizon starts on 2026-01-26, not after the end of the history (2026-01-30)");
        assertThatThrownBy(() -> Forecasters.auto().forecast(history, WEEK5, 0))
                .hasMessage("the horizon must have at least 1 day, not 0");
        assertThatThrownBy(() -> Forecasters.holtWinters().forecast(tenDays, FIRST.plusWeeks(2), 7))
                .hasMessage("holt-winters needs at least 14 days of history; the history spans 10 days (2026-01-05..2026-01-14)");
        assertThatThrownBy(() -> Forecasters.byName("arima")).hasMessageStartingWith("unknown method 'arima'");
        assertThat(Forecasters.auto().forecast(tenDays, FIRST.plusWeeks(2), 7).method()).isEqualTo("auto (weekly-average)");
    }

    @Test
    void aggregatesFiveMinuteHistoryAndWeighsHandleTimeByCalls() {
        LocalDateTime t = FIRST.atTime(7, 0);
        IntervalSeries calls = IntervalSeries.of(Duration.ofMinutes(5), Map.of(t, 1.0, t.plusMinutes(5), 3.0,
                t.plusMinutes(15), 2.0));
        IntervalSeries aht = IntervalSeries.of(Duration.ofMinutes(5), Map.of(t, 100.0, t.plusMinutes(5), 300.0,
                t.plusMinutes(15), 50.0));

        History quarter = History.of(calls, aht).aggregate(M15);

        assertThat(quarter.offered()).isEqualTo(IntervalSeries.of(M15, Map.of(t, 4.0, t.plusMinutes(15), 2.0)));
        assertThat(quarter.aht().orElseThrow()).isEqualTo(IntervalSeries.of(M15, Map.of(t, 250.0, t.plusMinutes(15), 50.0)));
    }

    @Test
    void forecastsHandleTimeAsAProfileWeightedByCallsTimesTheRecentLevel() {
        History history = weekNumbered(null);
        IntervalSeries offered = history.offered();
        IntervalSeries aht = offered.map(v -> v < 300 ? 100 : 400);

        Forecast forecast = Forecasters.weeklyAverage(4).forecast(History.of(offered, aht), WEEK5, 7);

        // Weekday wd of weeks 1..4 has 100 + wd, 200 + wd calls at 100 s and 300 + wd, 400 + wd at 400 s, the same
        // in each of its 56 quarters. The profile up to week 3 weighs weeks 3, 2, 1 by 1, 2^-1/4, 2^-1/2 and calls;
        // week 4's level is its handled seconds over what that profile expected, shrunk by 1,000 calls.
        double[] profile = new double[5];
        double handled = 0;
        double expectedSeconds = 0;
        double calls = 0;
        for (int wd = 0; wd < 5; wd++) {
            double w1 = Math.pow(0.5, 0.25);
            double w2 = Math.pow(0.5, 0.5);
            profile[wd] = ((300 + wd) * 400 + w1 * (200 + wd) * 100 + w2 * (100 + wd) * 100)
                    / ((300 + wd) + w1 * (200 + wd) + w2 * (100 + wd));
            handled += 56 * (400 + wd) * 400.0;
            expectedSeconds += 56 * (400 + wd) * profile[wd];
            calls += 56 * (400 + wd);
        }
        double mean = expectedSeconds / calls;
        double level = (handled + 1000 * mean) / (expectedSeconds + 1000 * mean);
        assertThat(forecast.aht().orElseThrow().get(WEEK5.atTime(9, 0)).getAsDouble())
                .isCloseTo(level * profile[0], within(1e-9));
    }

    @Test
    void holtWintersFollowsANoiseFreeDoubleSeasonalSeries() {
        History history = History.of(Synthetic.calls(6, M15, Set.of(FIRST.plusWeeks(3).plusDays(2)), 0));

        Forecast forecast = Forecasters.holtWinters().forecast(history, FIRST.plusWeeks(6), 7);

        for (int i = 0; i < forecast.calls().size(); i++) {
            LocalDateTime t = forecast.calls().start(i);
            double truth = Synthetic.level(t.toLocalDate()) * Synthetic.shape(t);
            assertThat(forecast.calls().value(i)).as("at %s", t).isCloseTo(truth, within(0.02 * truth));
        }
    }

    @Test
    void profileLearnsTheTurnOfTheMonth() {
        IntervalSeries calls = Synthetic.calls(10, M15, Set.of(), 0);
        boolean[] weekdays = {true, true, true, true, true, false, false};
        History history = History.of(turnOfMonthBoost(calls, weekdays));
        LocalDate start = FIRST.plusWeeks(10);   // 2026-03-16; 2026-03-31 is the last weekday of March

        Forecast forecast = Forecasters.profile().forecast(history, start, 21);

        double turn = forecast.calls().dailyTotals().get(LocalDate.of(2026, 3, 31));
        double ordinary = forecast.calls().dailyTotals().get(LocalDate.of(2026, 3, 24));
        // the 20 % effect is learned, shrunk towards none by the ridge penalty
        assertThat(turn / ordinary).isBetween(1.1, 1.2);
    }

    private static IntervalSeries turnOfMonthBoost(IntervalSeries calls, boolean[] weekdays) {
        IntervalSeries.Builder boosted = IntervalSeries.builder(calls.zone(), calls.interval());
        for (int i = 0; i < calls.size(); i++) {
            LocalDate date = calls.start(i).toLocalDate();
            boosted.add(calls.start(i), calls.value(i) * (Profile.turnOfMonth(weekdays, date) ? 1.2 : 1));
        }
        return boosted.build();
    }

    @Test
    void forecastsAreDeterministicAndBoundsSurroundThem() {
        History history = History.of(Synthetic.calls(8, M15, Set.of(), 0.1));
        Forecaster auto = Forecasters.auto().withLevel(0.8);

        Forecast first = auto.forecast(history, FIRST.plusWeeks(8), 7);
        Forecast second = auto.forecast(history, FIRST.plusWeeks(8), 7);

        assertThat(first).isEqualTo(second);
        IntervalSeries lower = first.lower().orElseThrow();
        IntervalSeries upper = first.upper().orElseThrow();
        for (int i = 0; i < first.calls().size(); i++) {
            assertThat(lower.value(i)).isLessThan(first.calls().value(i));
            assertThat(upper.value(i)).isGreaterThan(first.calls().value(i));
        }
        assertThat(first.toString()).startsWith("Forecast[auto (").contains("2026-03-02T07:00..2026-03-06T20:45, 280 intervals")
                .endsWith("calls, bounds]");
    }
}

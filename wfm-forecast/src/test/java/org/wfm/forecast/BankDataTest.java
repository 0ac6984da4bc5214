package org.wfm.forecast;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on the real bank data of ../shared/data (skipped when it is absent). */
class BankDataTest {

    private static History bank;

    @BeforeAll
    static void read() throws IOException {
        bank = Synthetic.bank();
    }

    @Test
    void forecastsEveryOpenQuarterHourOfTheWeekAfterTheHistory() {
        LocalDate monday = LocalDate.of(2003, 5, 26);

        IntervalSeries calls = Forecasters.auto().forecast(bank, monday, 7).calls();

        // Monday to Friday, 07:00 to 21:00: the 21:00 quarter holds the history's 21:00-21:05 calls, so it is open
        assertThat(calls.size()).isEqualTo(5 * 57);
        assertThat(calls.dates()).containsExactly(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3),
                monday.plusDays(4));
        for (LocalDate date : calls.dates()) {
            for (LocalDateTime t = date.atTime(7, 0); !t.isAfter(date.atTime(21, 0)); t = t.plusMinutes(15)) {
                assertThat(calls.get(t)).as("%s", t).isPresent();
            }
        }
        assertThat(calls.get(monday.atTime(21, 0)).getAsDouble()).isBetween(10.0, 100.0);
    }

    @Test
    void autoBeatsTheFourWeekAverageByTenPercentWithCalibratedIntervals() {
        List<LocalDate> origins = Backtest.weeklyOrigins(bank, 5);
        assertThat(origins).containsExactly(LocalDate.of(2003, 4, 21), LocalDate.of(2003, 4, 28),
                LocalDate.of(2003, 5, 5), LocalDate.of(2003, 5, 12), LocalDate.of(2003, 5, 19));

        Accuracy auto = Backtest.run(Forecasters.auto().withLevel(0.8), bank, origins, 7);
        Accuracy average = Backtest.run(Forecasters.weeklyAverage(4), bank, origins, 7);

        assertThat(auto.wape()).isLessThanOrEqualTo(0.9 * average.wape());
        assertThat(auto.coverage()).isBetween(0.7, 0.9);
    }

    /** The re-forecast check: lower rest-of-day WAPE than the week-ahead forecast at 10:00, 12:00 and 14:00. */
    @Test
    void reforecastIsBetterThanTheForecastItStartsFromAtEachTime() {
        var rows = ReforecastBacktest.run(bank, 5, 7, java.util.List.of(java.time.LocalTime.of(10, 0),
                java.time.LocalTime.NOON, java.time.LocalTime.of(14, 0)));
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.reforecast()).as(row.toString())
                .isLessThan(row.forecast()));
    }
}

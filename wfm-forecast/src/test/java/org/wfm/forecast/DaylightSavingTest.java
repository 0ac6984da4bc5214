package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DaylightSavingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration M15 = Duration.ofMinutes(15);

    @Test
    void aRoundTheClockCentreSkipsTheSpringGapAndKeepsItsWallClockPattern() {
        // three weeks of a 24/7 centre, calls = hour of day + 1
        IntervalSeries.Builder builder = IntervalSeries.builder(AMSTERDAM, M15);
        LocalDate first = LocalDate.of(2026, 3, 2);
        for (LocalDateTime t = first.atStartOfDay(); t.isBefore(first.plusWeeks(3).atStartOfDay()); t = t.plus(M15)) {
            builder.add(t, t.getHour() + 1);
        }
        LocalDate monday = first.plusWeeks(3);

        Forecast forecast = Forecasters.seasonalNaive().forecast(History.of(builder.build()), monday, 7);

        // Sunday 2026-03-29 has no 02:00-02:45 in Amsterdam
        IntervalSeries calls = forecast.calls();
        assertThat(calls.size()).isEqualTo(7 * 96 - 4);
        assertThat(calls.contains(LocalDateTime.of(2026, 3, 29, 2, 0))).isFalse();
        assertThat(calls.get(LocalDateTime.of(2026, 3, 29, 3, 0)).getAsDouble()).isEqualTo(4);
        assertThat(calls.get(LocalDateTime.of(2026, 3, 29, 23, 45)).getAsDouble()).isEqualTo(24);
    }
}

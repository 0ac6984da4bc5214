package org.wfm.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntervalSeriesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration QUARTER = Duration.ofMinutes(15);

    @Test
    void absentIntervalsStayAbsentAndAreNotZero() {
        IntervalSeries s = IntervalSeries.of(QUARTER, Map.of(
                LocalDateTime.parse("2026-01-05T07:00"), 10.0,
                LocalDateTime.parse("2026-01-05T07:30"), 0.0));
        assertThat(s.get(LocalDateTime.parse("2026-01-05T07:15"))).isEmpty();
        assertThat(s.get(LocalDateTime.parse("2026-01-05T07:30"))).hasValue(0.0);
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void aSpringDayHas23HoursAndAnAutumnDay25() {
        IntervalSeries.Builder spring = IntervalSeries.builder(AMSTERDAM, Duration.ofHours(1));
        IntervalSeries.Builder autumn = IntervalSeries.builder(AMSTERDAM, Duration.ofHours(1));
        for (int h = 0; h < 24; h++) {
            LocalDateTime springHour = LocalDate.parse("2026-03-29").atTime(h, 0);
            if (h != 2) {
                spring.add(springHour, 1);
            } else {
                assertThatThrownBy(() -> spring.add(springHour, 1)).hasMessageContaining("DST gap");
            }
            autumn.add(LocalDate.parse("2026-10-25").atTime(h, 0), 1);
        }
        // the autumn overlap hour 02:00 occurs twice; the second value goes to the later offset
        autumn.add(LocalDateTime.parse("2026-10-25T02:00"), 5);
        assertThat(spring.build().size()).isEqualTo(23);
        IntervalSeries a = autumn.build();
        assertThat(a.size()).isEqualTo(25);
        assertThat(a.total()).isEqualTo(29.0);
        assertThat(a.start(2)).isEqualTo(a.start(3));
        assertThat(a.zonedStart(3).getOffset()).isNotEqualTo(a.zonedStart(2).getOffset());
        assertThat(a.get(LocalDateTime.parse("2026-10-25T02:00"))).hasValue(1.0);
    }

    @Test
    void sumsFineIntervalsIntoCoarseOnesAcrossTheAutumnOverlap() {
        IntervalSeries.Builder b = IntervalSeries.builder(AMSTERDAM, Duration.ofMinutes(30));
        b.add(LocalDateTime.parse("2026-10-25T01:30"), 1);
        b.add(LocalDateTime.parse("2026-10-25T02:00"), 2);
        b.add(LocalDateTime.parse("2026-10-25T02:30"), 3);
        b.add(LocalDateTime.parse("2026-10-25T02:00"), 4);
        b.add(LocalDateTime.parse("2026-10-25T02:30"), 5);
        IntervalSeries hourly = b.build().sumTo(Duration.ofHours(1));
        assertThat(hourly.size()).isEqualTo(3);
        assertThat(hourly.values()).containsExactly(1, 5, 9);
    }

    @Test
    void rejectsOffGridDuplicateAndNonFiniteValues() {
        IntervalSeries.Builder b = IntervalSeries.builder(AMSTERDAM, QUARTER);
        assertThatThrownBy(() -> b.add(LocalDateTime.parse("2026-01-05T07:05"), 1)).hasMessageContaining("grid");
        b.add(LocalDateTime.parse("2026-01-05T07:00"), 1);
        assertThatThrownBy(() -> b.add(LocalDateTime.parse("2026-01-05T07:00"), 1)).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> b.add(LocalDateTime.parse("2026-01-05T07:15"), Double.NaN))
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> IntervalSeries.builder(AMSTERDAM, Duration.ofMinutes(7)))
                .hasMessageContaining("divide 24 hours");
    }

    @Test
    void slicesByDateAndTotalsPerDay() {
        IntervalSeries.Builder b = IntervalSeries.builder(AMSTERDAM, QUARTER);
        b.add(LocalDateTime.parse("2026-01-05T07:00"), 1).add(LocalDateTime.parse("2026-01-05T07:15"), 2)
                .add(LocalDateTime.parse("2026-01-07T07:00"), 4);
        IntervalSeries s = b.build();
        assertThat(s.dailyTotals()).containsExactly(
                Map.entry(LocalDate.parse("2026-01-05"), 3.0), Map.entry(LocalDate.parse("2026-01-07"), 4.0));
        assertThat(s.between(LocalDate.parse("2026-01-06"), LocalDate.parse("2026-01-08")).total()).isEqualTo(4.0);
        assertThat(s.toString()).isEqualTo(
                "IntervalSeries[PT15M, Europe/Amsterdam, 2026-01-05T07:00..2026-01-07T07:00, 3 intervals, total 7.0]");
    }
}

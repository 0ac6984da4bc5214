package org.wfm.core.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CsvTable#wallClockSeconds}, the fast reading of stamps, against {@code LocalDateTime}. */
class WallClockSecondsTest {

    @Provide
    Arbitrary<LocalDateTime> times() {
        return Arbitraries.longs().between(LocalDateTime.of(1600, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(2399, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
    }

    @Property(tries = 2000, seed = "20261202")
    void agreesWithLocalDateTimeToTheSecondAndToTheMinute(@ForAll("times") LocalDateTime time) {
        String seconds = String.format("%04d-%02d-%02dT%02d:%02d:%02d", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond());
        assertThat(CsvTable.wallClockSeconds(seconds)).isEqualTo(time.toEpochSecond(ZoneOffset.UTC));
        assertThat(CsvTable.wallClockSeconds(seconds.substring(0, 16)))
                .isEqualTo(time.withSecond(0).toEpochSecond(ZoneOffset.UTC));
    }

    @Test
    void leavesEveryOtherTextToTheGeneralParser() {
        for (String text : new String[]{"2023-02-29T10:00:00", "2026-13-01T10:00", "2026-01-01T24:00", "2026-01-01T10:60",
                "2026-01-01T10:00:60", "2026-01-01 10:00", "2026-1-01T10:00", "2026-01-01T10:00:00+01:00", "x"}) {
            assertThat(CsvTable.wallClockSeconds(text)).as(text).isEqualTo(Long.MIN_VALUE);
        }
        assertThat(CsvTable.wallClockSeconds("2024-02-29T10:00:00")).isEqualTo(1_709_200_800L);
    }
}

package org.wfm.examples.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationConverterTest {

    @Test
    void acceptsShortFormsAndIso() {
        assertThat(DurationConverter.parse("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(DurationConverter.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationConverter.parse("pt8h30m")).isEqualTo(Duration.ofMinutes(510));
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> DurationConverter.parse("15 minutes"))
                .hasMessage("invalid duration '15 minutes': use e.g. 20s, 15m, 1h30m or PT15M");
        assertThatThrownBy(() -> DurationConverter.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationConverter.parse("PTx")).isInstanceOf(IllegalArgumentException.class);
    }
}

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
                .hasMessage("invalid duration '15 minutes': use e.g. 20s, 15m, 1h30m, 7d or PT15M");
        assertThatThrownBy(() -> DurationConverter.parse("")).isInstanceOf(picocli.CommandLine.TypeConversionException.class);
        assertThatThrownBy(() -> DurationConverter.parse("PTx")).isInstanceOf(picocli.CommandLine.TypeConversionException.class);
    }

    @Test
    void refusesNegativeAndAbsurdDurationsInsteadOfOverflowing() {
        assertThatThrownBy(() -> DurationConverter.parse("PT-5S"))
                .hasMessage("duration 'PT-5S' must be from 0 to 100000 hours");
        assertThatThrownBy(() -> DurationConverter.parse("99999999999999999999h"))
                .hasMessage("invalid duration '99999999999999999999h': use e.g. 20s, 15m, 1h30m, 7d or PT15M");
        assertThatThrownBy(() -> DurationConverter.parse("9999999999999999h"))
                .hasMessage("invalid duration '9999999999999999h': use e.g. 20s, 15m, 1h30m, 7d or PT15M");
        assertThat(DurationConverter.parse("0s")).isZero();
    }
}

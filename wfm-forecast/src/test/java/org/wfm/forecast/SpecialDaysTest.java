package org.wfm.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.io.InputFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialDaysTest {

    private static final LocalDate MEMORIAL = LocalDate.of(2003, 5, 26);

    @Test
    void readsFactorsAndExclusionsFromOneFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("days.csv"),
                "date,factor,exclude\n2003-04-04,,yes\n2003-05-26,0,\n2003-05-27,1.3,no\n");

        SpecialDays days = SpecialDays.read(file);

        assertThat(days.excluded()).containsExactly(LocalDate.of(2003, 4, 4));
        assertThat(days.factors()).isEqualTo(Map.of(MEMORIAL, 0.0, MEMORIAL.plusDays(1), 1.3));
        assertThat(days.factorOf(MEMORIAL.plusDays(2))).isEqualTo(1);
        assertThat(days).isEqualTo(SpecialDays.none().exclude(LocalDate.of(2003, 4, 4)).factor(MEMORIAL, 0)
                .factor(MEMORIAL.plusDays(1), 1.3));
    }

    @Test
    void namesTheLineOfABadRow(@TempDir Path dir) throws IOException {
        Path negative = Files.writeString(dir.resolve("a.csv"), "date,factor\n2003-05-26,-1\n");
        Path flag = Files.writeString(dir.resolve("b.csv"), "date,exclude\n2003-05-26,maybe\n");
        Path neither = Files.writeString(dir.resolve("c.csv"), "date,factor\n2003-05-26,\n");

        assertThatThrownBy(() -> SpecialDays.read(negative)).isInstanceOf(InputFormatException.class)
                .hasMessage(negative + ":2 [factor]: negative value -1");
        assertThatThrownBy(() -> SpecialDays.read(flag)).hasMessage(flag + ":2 [exclude]: 'maybe' is not true/false");
        assertThatThrownBy(() -> SpecialDays.read(neither))
                .hasMessage(neither + ":2 [date]: the row gives neither a factor nor exclude");
        assertThatThrownBy(() -> new SpecialDays(Set.of(), Map.of(MEMORIAL, Double.NaN)))
                .hasMessage("the factor of 2003-05-26 must be 0 or more, not NaN");
    }
}

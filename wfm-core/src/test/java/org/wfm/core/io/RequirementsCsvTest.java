package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.queue.Requirement;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementsCsvTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 5, 7, 0);

    @Test
    void writesAndReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("requirements.csv");
        List<Requirement> requirements = List.of(Requirement.of(T0, 12), Requirement.of(T0.plusMinutes(15), 2.5));

        RequirementsCsv.write(file, requirements);

        assertThat(Files.readString(file)).isEqualTo("start,required\n2026-01-05T07:00,12\n2026-01-05T07:15,2.5\n");
        assertThat(RequirementsCsv.read(file)).isEqualTo(requirements);
    }

    @Test
    void readsRequiredAmongOptionalColumnsInAnyOrder() throws IOException {
        String text = "calls,required,workload,start,asa\n100,14,10,2026-01-05T07:00,\n";

        assertThat(read(text)).containsExactly(Requirement.of(T0, 14));
    }

    @Test
    void namesFileLineAndColumnOfBadValues() {
        assertThatThrownBy(() -> read("start,required\n2026-01-05T07:00,12\n2026-01-05T07:15,-1\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("req.csv:3 [required]: negative value -1");
        assertThatThrownBy(() -> read("start,required\n2026-01-05 07:00,12\n"))
                .hasMessageStartingWith("req.csv:2 [start]: '2026-01-05 07:00' is not a date-time");
        assertThatThrownBy(() -> read("start,agents\n2026-01-05T07:00,12\n"))
                .hasMessage("req.csv:1 [required]: missing column 'required' in the header");
    }

    @Test
    void rejectsAnIntervalListedTwice() {
        assertThatThrownBy(() -> read("start,required\n2026-01-05T07:00,12\n2026-01-05T07:00,13\n"))
                .hasMessage("req.csv:3 [start]: interval 2026-01-05T07:00 appears twice (also on line 2)");
    }

    private static List<Requirement> read(String text) throws IOException {
        return RequirementsCsv.read("req.csv", new StringReader(text));
    }
}

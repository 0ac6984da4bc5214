package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static CsvTable csv(String text) throws IOException {
        return CsvTable.read("h.csv", new StringReader(text));
    }

    @Test
    void findsColumnsByHeaderNameInAnyOrderAndIgnoresUnknownOnes() throws IOException {
        CsvTable t = csv("note,Offered,start\n\"a, b\",12,2026-01-05T07:00\n\n,3.5,2026-01-05T07:15\n");
        assertThat(t.rows()).hasSize(2);
        CsvTable.Row first = t.rows().get(0);
        assertThat(first.decimal("offered")).isEqualTo(12.0);
        assertThat(first.dateTime("start")).isEqualTo(LocalDateTime.parse("2026-01-05T07:00"));
        assertThat(first.text("note")).hasValue("a, b");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).text("note")).isEmpty();
        assertThat(t.firstColumn("forecast", "offered")).hasValue("offered");
    }

    @Test
    void errorsNameTheFileLineAndColumn() throws IOException {
        CsvTable t = csv("start,offered\n2026-01-05T07:00,-3\n2026-01-05 07:15,x\n");
        assertThatThrownBy(() -> t.rows().get(0).nonNegative("offered"))
                .hasMessage("h.csv:2 [offered]: negative value -3");
        assertThatThrownBy(() -> t.rows().get(1).decimal("offered"))
                .hasMessage("h.csv:3 [offered]: 'x' is not a number");
        assertThatThrownBy(() -> t.rows().get(1).dateTime("start"))
                .hasMessage("h.csv:3 [start]: '2026-01-05 07:15' is not a date-time like 2026-01-05T07:15");
        assertThatThrownBy(() -> t.requireColumns("aht"))
                .hasMessage("h.csv:1 [aht]: missing column 'aht' in the header");
        assertThatThrownBy(() -> csv("a,b\n1,2,3\n")).hasMessage("h.csv:2: has 3 fields but the header has 2");
        assertThatThrownBy(() -> csv("")).hasMessage("h.csv:1: empty file: expected a header line");
        assertThatThrownBy(() -> csv("a\n1\nNaN\n").rows().get(1).decimal("a"))
                .hasMessage("h.csv:3 [a]: 'NaN' is not a finite number");
    }

    @Test
    void writesNumbersWithoutTrailingZerosAndInfinityAsEmpty() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out, "start", "value", "asa", "note");
        w.row(LocalDateTime.parse("2026-01-05T07:00"), 14.0, Double.POSITIVE_INFINITY, "x,y");
        w.row(LocalDateTime.parse("2026-01-05T07:15"), 0.88843967, null, 3);
        assertThat(out.toString()).isEqualTo("start,value,asa,note\n2026-01-05T07:00,14,,\"x,y\"\n"
                + "2026-01-05T07:15,0.88844,,3\n");
    }

    @Test
    void anAtomicWriteThatFailsLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.csv");
        assertThatThrownBy(() -> AtomicFile.write(target, w -> {
            w.write("start,required\n");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        AtomicFile.write(target, w -> w.write("ok\n"));
        assertThat(Files.readString(target)).isEqualTo("ok\n");
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // readable by others like any new file, not owner-only like a temporary file
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
    }
}

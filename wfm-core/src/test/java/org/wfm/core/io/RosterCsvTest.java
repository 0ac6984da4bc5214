package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvTest {

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void writesOneRowPerShiftAndBreakWithElapsedMinutesAcrossADstChange(@TempDir Path dir) throws Exception {
        Shift night = new Shift("A7", "N8", t("2026-03-28T22:00"), t("2026-03-29T07:00"),
                List.of(new ShiftBreak("lunch", t("2026-03-29T01:30"), t("2026-03-29T03:00"), false)));
        Roster roster = new Roster("dst", "0hard/0soft", true, List.of(night), List.of(),
                new RosterSummary(0, 0, 7.5, null, null));
        Path file = dir.resolve("roster.csv");
        RosterCsv.write(roster, ZoneId.of("Europe/Amsterdam"), file);
        assertThat(Files.readAllLines(file)).containsExactly(
                "agent,date,activity,name,start,end,minutes,paid",
                "A7,2026-03-28,shift,N8,2026-03-28T22:00,2026-03-29T07:00,480,",
                "A7,2026-03-28,break,lunch,2026-03-29T01:30,2026-03-29T03:00,30,false");
    }
}

package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterJsonTest {

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void writesTheFormatOfTheDocumentAndReadsItBack(@TempDir Path dir) throws Exception {
        Roster roster = new Roster("week-02", "0hard/-1250medium/-8400soft", true,
                List.of(new Shift("A001", "FT8", t("2026-01-05T08:00"), t("2026-01-05T16:30"),
                        List.of(new ShiftBreak("break", t("2026-01-05T09:45"), t("2026-01-05T10:00"), true)))),
                List.of(new Coverage(t("2026-01-05T07:00"), 12, 12)),
                new RosterSummary(14, 37, 1496, null, null).withBound(9, 8333.3));
        String json = RosterJson.toJson(roster);
        assertThat(json).contains("\"start\" : \"2026-01-05T08:00\"", "\"score\" : \"0hard/-1250medium/-8400soft\"",
                "\"bound\" : 9.0", "\"paid\" : true");
        Path file = dir.resolve("roster.json");
        RosterJson.write(roster, file);
        assertThat(RosterJson.read(file)).isEqualTo(roster);
        assertThat(roster.summary().gap()).isEqualTo((14 - 9) / 8333.3);
    }

    @Test
    void leavesOutTheBoundWhenNoneWasComputed() {
        Roster roster = new Roster("r", "0hard/0soft", true, List.of(), List.of(), new RosterSummary(0, 0, 0, null, null));
        assertThat(RosterJson.toJson(roster)).doesNotContain("bound").doesNotContain("gap");
    }
}

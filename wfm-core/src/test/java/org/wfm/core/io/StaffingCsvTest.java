package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffingCsvTest {

    @TempDir
    Path dir;

    @Test
    void groupColumnOrMain() throws IOException {
        Path file = Files.writeString(dir.resolve("staffing.csv"), """
                start,agents,group
                2026-01-05T08:00,2,sales
                2026-01-05T08:00,3,service
                2026-01-05T08:30,4,sales
                """);
        Map<String, IntervalSeries> groups = StaffingCsv.readGroups(file, ZoneOffset.UTC, null);
        assertThat(groups).containsOnlyKeys("sales", "service");
        assertThat(groups.get("sales").values()).containsExactly(2, 4);
        assertThat(groups.get("service").values()).containsExactly(3);

        Path plain = Files.writeString(dir.resolve("plain.csv"), "start,agents\n2026-01-05T08:00,2\n2026-01-05T08:30,3\n");
        assertThat(StaffingCsv.readGroups(plain, ZoneOffset.UTC, null)).containsOnlyKeys("main");
    }

    @Test
    void requirementsOfSeveralQueuesReadAsAGroupPerQueue() throws IOException {
        Path file = Files.writeString(dir.resolve("requirements.csv"), """
                queue,start,required,agents
                sales,2026-01-05T08:00,7,7
                sales,2026-01-05T08:30,10,10
                vip,2026-01-05T08:00,3,3
                """);
        Map<String, IntervalSeries> groups = StaffingCsv.readGroups(file, ZoneOffset.UTC, null);
        assertThat(groups).containsOnlyKeys("sales", "vip");
        assertThat(groups.get("sales").values()).containsExactly(7, 10);
        assertThat(groups.get("vip").values()).containsExactly(3);
    }

    @Test
    void anIntervalTwiceInOneQueueNamesTheQueue() throws IOException {
        Path file = Files.writeString(dir.resolve("requirements.csv"), """
                queue,start,agents
                sales,2026-01-05T08:00,7
                sales,2026-01-05T08:30,7
                sales,2026-01-05T08:00,8
                """);
        assertThatThrownBy(() -> StaffingCsv.readGroups(file, ZoneOffset.UTC, null))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(file + ":4 [start]: ")
                .hasMessageEndingWith(" of group sales");
    }
}

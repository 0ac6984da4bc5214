package org.wfm.core.io;

import org.wfm.core.InputLimits;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staffing CSV of {@code wfm simulate}: {@code start,agents[,group]}, the agents on the phones per interval (for
 * what-if questions), whole numbers. The grain follows the rule of the other interval files. A requirements CSV of
 * several queues ({@code queue,start,...,agents,...}) reads as one: without a {@code group} column, each queue's
 * agents are a group named after the queue.
 */
public final class StaffingCsv {

    private StaffingCsv() {
    }

    /**
     * Reads the agents on the phones per interval and group ({@code main} for rows without a group; the
     * {@code queue} column names the group when there is no {@code group} column), the grain inferred from the
     * rows of every group together.
     *
     * @param grain the interval length, or {@code null} to infer it from the rows
     * @throws InputFormatException naming the file, line and column of a missing column, a malformed date-time, a
     *                              negative, fractional or too large count, a start off the grid, or an interval and
     *                              group that appear twice (other than once in the autumn overlap)
     */
    public static Map<String, IntervalSeries> readGroups(Path file, ZoneId zone, Duration grain) throws IOException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("start", "agents");
        if (table.rows().isEmpty()) {
            throw new InputFormatException(table.source(), 2, null, "no intervals: the staffing is empty");
        }
        List<CsvTable.Row> rows = table.rows();
        LocalDateTime[] starts = new LocalDateTime[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            starts[i] = row.dateTime("start");
            double agents = row.nonNegative("agents");
            if (agents != Math.rint(agents) || agents > InputLimits.MAX_AGENTS) {
                throw row.error("agents", "agents are counted, so a whole number from 0 to " + InputLimits.MAX_AGENTS
                        + "; got " + row.string("agents"));
            }
        }
        Duration interval = Grain.of(table, starts, grain);
        String groupColumn = !table.hasColumn("group") && table.hasColumn("queue") ? "queue" : "group";
        Map<String, IntervalSeries.Builder> groups = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            String group = row.text(groupColumn).orElse("main");
            try {
                groups.computeIfAbsent(group, g -> Grain.builder(table.source(), zone, interval))
                        .add(starts[i], row.decimal("agents"));
            } catch (IllegalArgumentException e) {
                throw row.error("start", e.getMessage() + (groups.size() > 1 || row.text(groupColumn).isPresent()
                        ? " of group " + group : ""));
            }
        }
        Map<String, IntervalSeries> series = new TreeMap<>();
        groups.forEach((group, builder) -> series.put(group, builder.build()));
        return series;
    }
}

package org.wfm.core.io;

import org.wfm.core.IntervalSeries;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.IntervalStaffing;
import org.wfm.core.queue.Requirement;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The Requirements CSV of the public formats: {@code start,required} plus optional columns
 * {@code calls,aht,workload,agents,service_level,asa,occupancy,abandon_rate} (and {@code scheduled_agents}).
 *
 * <p>{@code required} is the number of agents needed on the phones (net: not on break, before shrinkage).
 * Reading keeps only {@code start} and {@code required}; the other columns are for people:
 * <ul>
 *   <li>{@code calls}, {@code aht} (seconds), {@code workload} (Erlangs): the demand;</li>
 *   <li>{@code agents}: the agents on the phones that {@code service_level}, {@code asa} (seconds, empty when
 *       infinite), {@code occupancy} and {@code abandon_rate} (empty without a patience, i.e. under Erlang C)
 *       describe; equal to {@code required} in files written by staffing;</li>
 *   <li>{@code scheduled_agents}: {@code required} grossed up by the staffing's shrinkage and rounded up. The
 *       scheduler does not read it: it applies its own {@code unplannedShrinkage} to {@code required}, and places
 *       breaks itself, so no absence is counted twice.</li>
 * </ul>
 */
public final class RequirementsCsv {

    /** The column with the interval start (ISO local date-time). */
    public static final String START = "start";
    /** The column with the agents needed on the phones. */
    public static final String REQUIRED = "required";
    /** The optional column with the queue of a multi-queue file, read by {@link #readQueues}. */
    public static final String QUEUE = "queue";

    private RequirementsCsv() {
    }

    /**
     * Reads the requirements of a Requirements CSV, in file order. Without a time zone it cannot tell an autumn DST
     * overlap from a mistake, so a local start may appear twice (the earlier offset first), not three times; the
     * zone-aware {@link #read(Path, ZoneId, Duration)} checks exactly.
     *
     * @throws InputFormatException naming the file, line and column of a missing column, a malformed date-time,
     *                              a negative or non-numeric {@code required}, or a start that appears three times
     */
    public static List<Requirement> read(Path file) throws IOException {
        return requirements(CsvTable.read(file));
    }

    /** Reads requirements from CSV text; {@code source} names it in error messages. */
    public static List<Requirement> read(String source, Reader reader) throws IOException {
        return requirements(CsvTable.read(source, reader));
    }

    /**
     * Reads a Requirements CSV as a series of agents required per interval of length {@code interval}, wall-clock
     * times in {@code zone}.
     *
     * @throws InputFormatException as {@link #read(Path)}, and for a start off the interval grid, in a DST gap,
     *                              or repeated (other than once in the autumn overlap), and for rows further apart
     *                              than {@code interval} (a coarser file is never read as zeros in between)
     */
    public static IntervalSeries read(Path file, ZoneId zone, Duration interval) throws IOException {
        return read(CsvTable.read(file), zone, interval);
    }

    /**
     * Reads a Requirements CSV with an optional {@code queue} column: per queue the agents required per interval of
     * length {@code interval} ({@code null}: inferred from the rows of all queues), in queue order. A file without the
     * column is the one queue {@code main}.
     *
     * @throws InputFormatException as {@link #read(Path, ZoneId, Duration)} does, an interval repeated being one
     *                              repeated for a queue
     */
    public static Map<String, IntervalSeries> readQueues(Path file, ZoneId zone, Duration interval) throws IOException {
        CsvTable table = CsvTable.read(file);
        if (!table.hasColumn(QUEUE)) {
            return Map.of(ForecastCsv.MAIN_QUEUE, read(table, zone, interval));
        }
        table.requireColumns(START, REQUIRED);
        Map<String, List<CsvTable.Row>> byQueue = table.rowsBy(QUEUE);
        Duration grain = Grain.of(table, table.rows().stream().map(row -> row.dateTime(START))
                .toArray(LocalDateTime[]::new), interval);
        Map<String, IntervalSeries> queues = new TreeMap<>();
        byQueue.forEach((queue, rows) -> {
            IntervalSeries.Builder series = IntervalSeries.builder(zone, grain);
            for (CsvTable.Row row : rows) {
                try {
                    series.add(row.dateTime(START), row.nonNegative(REQUIRED));
                } catch (IllegalArgumentException e) {
                    if (e instanceof InputFormatException) {
                        throw e;
                    }
                    throw row.error(START, e.getMessage() + " of queue " + queue);
                }
            }
            queues.put(queue, series.build());
        });
        return queues;
    }

    private static IntervalSeries read(CsvTable table, ZoneId zone, Duration interval) {
        List<Requirement> requirements = requirements(table);
        Duration grain = Grain.of(table, requirements.stream().map(Requirement::start).toArray(LocalDateTime[]::new),
                interval);
        IntervalSeries.Builder series = IntervalSeries.builder(zone, grain);
        for (int i = 0; i < requirements.size(); i++) {
            try {
                series.add(requirements.get(i).start(), requirements.get(i).required());
            } catch (IllegalArgumentException e) {
                throw table.rows().get(i).error(START, e.getMessage());
            }
        }
        return series.build();
    }

    private static List<Requirement> requirements(CsvTable table) {
        table.requireColumns(START, REQUIRED);
        List<Requirement> requirements = new ArrayList<>(table.rows().size());
        Map<LocalDateTime, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDateTime start = row.dateTime(START);
            if (seen.merge(start, 1, Integer::sum) > 2) {
                throw row.error(START, "interval " + start + " appears a third time: a local time repeats only"
                        + " once, in the autumn DST overlap");
            }
            requirements.add(new Requirement(start, row.nonNegative(REQUIRED)));
        }
        return List.copyOf(requirements);
    }

    /** Writes the staffing of every interval with all columns to {@code file}, all at once or not at all. */
    public static void writeStaffing(Path file, List<IntervalStaffing> rows) throws IOException {
        AtomicFile.write(file, writer -> writeStaffing(writer, rows));
    }

    /** Writes the staffing of every interval with all columns to {@code writer}. */
    public static void writeStaffing(Writer writer, List<IntervalStaffing> rows) throws IOException {
        writeStaffingQueues(writer, Map.of(ForecastCsv.MAIN_QUEUE, rows));
    }

    /**
     * Writes the staffing of every interval of every queue with all columns to {@code file}, all at once or not at
     * all, as {@link #writeStaffingQueues(Writer, Map)} does.
     */
    public static void writeStaffingQueues(Path file, Map<String, List<IntervalStaffing>> queues) throws IOException {
        AtomicFile.write(file, writer -> writeStaffingQueues(writer, queues));
    }

    /**
     * As {@link #writeStaffingQueues(Writer, Map)}, with a last column {@code simulated_service_level} when
     * {@code simulated} is not null: per queue, one value per row in the rows' order, empty where it is absent.
     */
    public static void writeStaffingQueues(Path file, Map<String, List<IntervalStaffing>> queues,
                                           Map<String, List<OptionalDouble>> simulated) throws IOException {
        AtomicFile.write(file, writer -> writeStaffingQueues(writer, queues, simulated));
    }

    /**
     * Writes the staffing of every interval of every queue with all columns to {@code writer}: the one queue
     * {@code main} alone as {@link #writeStaffing(Writer, List)} does (no {@code queue} column), any other map with
     * the {@code queue} column first, rows in the map's order of queues, then in each queue's order.
     */
    public static void writeStaffingQueues(Writer writer, Map<String, List<IntervalStaffing>> queues) throws IOException {
        writeStaffingQueues(writer, queues, null);
    }

    /** As {@link #writeStaffingQueues(Path, Map, Map)}, to {@code writer}. */
    public static void writeStaffingQueues(Writer writer, Map<String, List<IntervalStaffing>> queues,
                                           Map<String, List<OptionalDouble>> simulated) throws IOException {
        boolean named = !(queues.size() == 1 && queues.containsKey(ForecastCsv.MAIN_QUEUE));
        List<String> header = new ArrayList<>(List.of(START, REQUIRED, "calls", "aht", "workload", "agents",
                "service_level", "asa", "occupancy", "abandon_rate", "scheduled_agents"));
        if (named) {
            header.add(0, QUEUE);
        }
        if (simulated != null) {
            header.add("simulated_service_level");
        }
        CsvWriter csv = new CsvWriter(writer, header.toArray(String[]::new));
        for (Map.Entry<String, List<IntervalStaffing>> queue : queues.entrySet()) {
            List<OptionalDouble> levels = simulated == null ? null : simulated.get(queue.getKey());
            if (levels != null && levels.size() != queue.getValue().size()) {
                throw new IllegalArgumentException("queue " + queue.getKey() + " has " + queue.getValue().size()
                        + " rows but " + levels.size() + " simulated service levels");
            }
            for (int i = 0; i < queue.getValue().size(); i++) {
                IntervalStaffing row = queue.getValue().get(i);
                ExpectedService service = row.service();
                List<Object> cells = new ArrayList<>(List.of(row.start(), row.agents(), row.calls(), row.ahtSeconds(),
                        row.workload(), service.agents(), service.serviceLevel(), service.asa(), service.occupancy()));
                cells.add(service.abandonRate().isPresent() ? service.abandonRate().getAsDouble() : null);
                cells.add(row.plannedAgents());
                if (simulated != null) {
                    cells.add(levels != null && levels.get(i).isPresent() ? levels.get(i).getAsDouble() : null);
                }
                if (named) {
                    cells.add(0, queue.getKey());
                }
                csv.row(cells.toArray());
            }
        }
    }

    /** Writes {@code start,required} rows to {@code file}, all at once or not at all. */
    public static void write(Path file, List<Requirement> requirements) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, START, REQUIRED);
            for (Requirement requirement : requirements) {
                csv.row(requirement.start(), requirement.required());
            }
        });
    }
}

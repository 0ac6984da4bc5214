package org.wfm.core.calls;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The KPI CSVs of {@code wfm kpi} (docs/formats.md): per interval, day, queue or agent, and the patience curve. A
 * rate with an empty denominator is an empty field, never 0 or NaN; shares are fractions (0.8 is 80 %), times in
 * seconds, agents' talk and wrap in hours. Every file is written all at once or not at all.
 */
public final class KpiCsv {

    /** What one row per ... is: the {@code --by} of {@code wfm kpi}. */
    public enum By {
        INTERVAL, DAY, QUEUE, AGENT;

        /** The {@code --by} value, e.g. {@code interval}. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The columns every interval, day and queue row has, after its key. */
    public static final List<String> FIGURES = List.of("offered", "answered", "abandoned", "voicemail", "blocked",
            "answered_within", "service_level", "asa", "aht", "abandon_rate", "short_abandoned", "avg_abandon_wait",
            "max_wait");

    private KpiCsv() {
    }

    /**
     * Writes one row per interval, day, queue or agent. Interval rows are keyed {@code start,queue}, day rows
     * {@code date,queue} and add {@code fcr}, queue rows {@code queue} with {@code fcr}; all three add
     * {@code occupancy} when the staffing is known. Agent rows are {@code agent,handled,aht,talk_hours,wrap_hours}
     * and add {@code occupancy} with staffing and {@code adherence,conformance} with {@code adherence}.
     *
     * @param adherence the agents' adherence, or {@code null}
     */
    public static void write(Path file, Kpis kpis, By by, List<AgentAdherence> adherence) throws IOException {
        boolean staffed = !Double.isNaN(kpis.total().phoneSeconds());
        AtomicFile.write(file, writer -> {
            switch (by) {
                case INTERVAL -> rows(new CsvWriter(writer, header(List.of("start", "queue"), false, staffed)),
                        kpis.byInterval(), r -> List.of(r.start().toLocalDateTime(), r.queue()), false, staffed);
                case DAY -> rows(new CsvWriter(writer, header(List.of("date", "queue"), true, staffed)),
                        kpis.byDay(), r -> List.of(r.date(), r.queue()), true, staffed);
                case QUEUE -> rows(new CsvWriter(writer, header(List.of("queue"), true, staffed)),
                        kpis.byQueue(), r -> List.of(r.queue()), true, staffed);
                case AGENT -> agents(writer, kpis, staffed, adherence);
            }
        });
    }

    private static String[] header(List<String> key, boolean fcr, boolean staffed) {
        List<String> columns = new ArrayList<>(key);
        columns.addAll(FIGURES);
        if (fcr) {
            columns.add("fcr");
        }
        if (staffed) {
            columns.add("occupancy");
        }
        return columns.toArray(String[]::new);
    }

    private static void rows(CsvWriter csv, List<KpiFigures> rows, Function<KpiFigures, List<Object>> key, boolean fcr,
                             boolean staffed) throws IOException {
        for (KpiFigures r : rows) {
            List<Object> values = new ArrayList<>(key.apply(r));
            values.addAll(List.of(r.offered(), r.answered(), r.abandoned(), r.voicemail(), r.blocked(),
                    r.answeredWithin()));
            values.add(value(r.serviceLevel()));
            values.add(value(r.asa()));
            values.add(value(r.aht()));
            values.add(value(r.abandonRate()));
            values.add(r.shortAbandoned());
            values.add(value(r.averageAbandonWait()));
            values.add(value(r.longestWait()));
            if (fcr) {
                values.add(value(r.fcr()));
            }
            if (staffed) {
                values.add(value(r.occupancy()));
            }
            csv.row(values.toArray());
        }
    }

    private static void agents(java.io.Writer writer, Kpis kpis, boolean staffed, List<AgentAdherence> adherence)
            throws IOException {
        List<String> columns = new ArrayList<>(List.of("agent", "handled", "aht", "talk_hours", "wrap_hours"));
        if (staffed) {
            columns.add("occupancy");
        }
        if (adherence != null) {
            columns.addAll(List.of("adherence", "conformance"));
        }
        Map<String, AgentFigures> figures = new TreeMap<>();
        kpis.byAgent().forEach(a -> figures.put(a.agent(), a));
        Map<String, AgentAdherence> kept = new TreeMap<>();
        if (adherence != null) {
            adherence.forEach(a -> kept.put(a.agent(), a));
            kept.keySet().forEach(agent -> figures.computeIfAbsent(agent, a -> new AgentFigures(a, 0, 0, 0,
                    staffed ? 0 : Double.NaN, 0)));
        }
        CsvWriter csv = new CsvWriter(writer, columns.toArray(String[]::new));
        for (AgentFigures a : figures.values()) {
            List<Object> values = new ArrayList<>(List.of(a.agent(), a.handled()));
            values.add(value(a.aht()));
            values.add(a.talkHours());
            values.add(a.wrapHours());
            if (staffed) {
                values.add(value(a.occupancy()));
            }
            if (adherence != null) {
                AgentAdherence k = kept.get(a.agent());
                values.add(k == null ? null : value(k.adherence()));
                values.add(k == null ? null : value(k.conformance()));
            }
            csv.row(values.toArray());
        }
    }

    /** Writes the patience curve: {@code seconds,survival,at_risk,abandoned}, one row per wait with abandons. */
    public static void writePatience(Path file, Patience patience) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, "seconds", "survival", "at_risk", "abandoned");
            for (Patience.Step step : patience.curve()) {
                csv.row(step.seconds(), step.survival(), step.atRisk(), step.abandoned());
            }
        });
    }

    /**
     * Reads a patience curve CSV ({@code seconds,survival[,at_risk,abandoned]}), as {@link #writePatience} writes it.
     *
     * @throws org.wfm.core.io.InputFormatException naming the file, line and column of a missing column, a value
     *                                              that is not a number, a survival outside [0, 1] or rising, or
     *                                              seconds that do not grow
     */
    public static List<Patience.Step> readPatience(Path file) throws IOException {
        org.wfm.core.io.CsvTable table = org.wfm.core.io.CsvTable.read(file);
        table.requireColumns("seconds", "survival");
        List<Patience.Step> steps = new ArrayList<>();
        double seconds = -1;
        double survival = 1;
        for (org.wfm.core.io.CsvTable.Row row : table.rows()) {
            double s = row.nonNegative("seconds");
            double p = row.nonNegative("survival");
            if (s <= seconds) {
                throw row.error("seconds", "the seconds of a patience curve must grow from row to row");
            }
            if (p > survival) {
                throw row.error("survival", "the survival of a patience curve must not rise, and stays at most 1");
            }
            steps.add(new Patience.Step(s, p, row.text("at_risk").isPresent() ? (long) row.nonNegative("at_risk") : 0,
                    row.text("abandoned").isPresent() ? (long) row.nonNegative("abandoned") : 0));
            seconds = s;
            survival = p;
        }
        if (steps.isEmpty()) {
            throw new org.wfm.core.io.InputFormatException(table.source(), 2, null, "no steps: the curve is empty");
        }
        return steps;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}

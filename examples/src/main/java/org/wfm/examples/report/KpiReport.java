package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.AgentAdherence;
import org.wfm.core.calls.AgentFigures;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.KpiFigures;
import org.wfm.core.calls.Kpis;
import org.wfm.core.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The KPIs of a call log as one self-contained HTML page for a planner and a centre manager: key figures, calls
 * offered and answered per interval, the service level against its goal and the abandon rate per interval, the
 * caller-patience curve, and a table per queue and per agent (with adherence when given). Inline SVG and CSS only:
 * the page loads nothing and runs no script, so it opens offline and can be mailed as it is.
 *
 * <p>The figures are those of {@link Kpis}, of the queue it reports ({@link KpiDefinitions#queue()}) or of all
 * queues; a figure without calls to define it shows as {@value #NONE}, never as 0. Percent to one decimal,
 * seconds whole, hours to one decimal.
 *
 * <pre>{@code
 * KpiReport.of(kpis).withServiceTarget(0.8).withAdherence(adherence).write(Path.of("kpis.html"));
 * }</pre>
 *
 * @param kpis          the KPIs shown
 * @param serviceTarget the service level to meet, in (0, 1]: the goal line and the colours of the service level
 *                      ({@link ReportFigures#DEFAULT_SERVICE_TARGET} unless given)
 * @param adherence     the agents' adherence and conformance to the roster, as extra columns of the agent table
 */
public record KpiReport(Kpis kpis, double serviceTarget, Optional<List<AgentAdherence>> adherence) {

    /** What an undefined figure shows: a rate or mean without calls to define it. */
    public static final String NONE = "–";
    private static final String ALL_AGENTS = "all agents";

    public KpiReport {
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(adherence, "adherence");
        if (!(serviceTarget > 0 && serviceTarget <= 1)) {
            throw new IllegalArgumentException("the service-level target must be a share in (0, 1], e.g. 0.8 for "
                    + "80 %, got " + serviceTarget);
        }
        adherence = adherence.map(List::copyOf);
    }

    /** The report of the KPIs against the default service-level target, 80 %. */
    public static KpiReport of(Kpis kpis) {
        return new KpiReport(kpis, ReportFigures.DEFAULT_SERVICE_TARGET, Optional.empty());
    }

    /** The same report with the service level judged against {@code share}, in (0, 1]. */
    public KpiReport withServiceTarget(double share) {
        return new KpiReport(kpis, share, adherence);
    }

    /** The same report with the agents' adherence and conformance in the agent table. */
    public KpiReport withAdherence(List<AgentAdherence> agents) {
        return new KpiReport(kpis, serviceTarget, Optional.of(agents));
    }

    /** Writes the page to {@code file}, all at once or not at all. */
    public void write(Path file) throws IOException {
        String page = html();
        AtomicFile.write(file, writer -> writer.write(page));
    }

    /** The page's title: the queue reported, if one is, and the days of the calls. */
    public String title() {
        String queue = kpis.definitions().queue();
        String title = "Call-centre KPIs" + (queue == null ? "" : " of queue " + queue);
        List<KpiFigures> days = kpis.byDay();
        if (days.isEmpty()) {
            return title;
        }
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        return title + (queue == null ? " " : ", ") + first + (last.equals(first) ? "" : " to " + last);
    }

    /** The whole page. */
    public String html() {
        KpiDefinitions definitions = kpis.definitions();
        StringBuilder page = Page.begin(title(), STYLE);
        long queues = kpis.byQueue().stream().filter(q -> !q.queue().equals(Kpis.ALL)).count();
        String zone = definitions.zone().equals(ZoneOffset.UTC) ? "UTC" : definitions.zone().toString();
        page.append("<p class=\"sub\">").append(Svg.escape(zone)).append(" &middot; ")
                .append(definitions.interval().toMinutes()).append("-minute intervals &middot; ")
                .append(queues).append(queues == 1 ? " queue" : " queues").append(" &middot; ")
                .append(kpis.byAgent().size()).append(" agents</p>\n");
        keyFigures(page);
        Series series = series();
        if (series.offered().isEmpty()) {
            page.append("<p class=\"note\">No inbound calls: nothing to draw per interval.</p>\n");
        } else {
            page.append("<h2>Calls offered and answered per interval</h2>\n")
                    .append(new AnsweredChart(series.offered(), series.answered()).html());
            page.append("<h2>Service level and abandon rate per interval</h2>\n")
                    .append(ServiceChart.measured(series.offered(), series.levels(), series.abandonRates(),
                            serviceTarget).html());
        }
        page.append("<h2>Caller patience</h2>\n")
                .append(new PatienceChart(kpis.patience(), kpis.total().longestWait().orElse(0)).html());
        page.append("<h2>Queues</h2>\n");
        queueTable(page);
        page.append("<h2>Agents</h2>\n");
        agentTable(page);
        page.append("<p class=\"note\">").append(Svg.escape(notes(definitions))).append(" Generated by wfm.</p>\n")
                .append("</body>\n</html>\n");
        return page.toString();
    }

    private void keyFigures(StringBuilder page) {
        KpiFigures total = kpis.total();
        KpiDefinitions definitions = kpis.definitions();
        OptionalDouble level = total.serviceLevel();
        page.append("<div class=\"kpis\">\n");
        Page.kpi(page, String.valueOf(total.offered()), "calls offered", null);
        Page.kpi(page, String.valueOf(total.answered()), "calls answered", null);
        Page.kpi(page, unit(percent(level), " %") + (level.isPresent() ? " in " + seconds(definitions.answerWithin())
                        : ""), "service level (goal " + ServiceStrip.percent(serviceTarget) + " %)",
                level.isEmpty() ? null : level.getAsDouble() >= serviceTarget ? "good" : "bad");
        Page.kpi(page, unit(percent(total.abandonRate()), " %"), "abandon rate (" + total.abandoned() + " calls)",
                null);
        Page.kpi(page, unit(whole(total.asa()), " s"), "average speed of answer", null);
        Page.kpi(page, unit(whole(total.aht()), " s"), "average handle time", null);
        Page.kpi(page, unit(percent(total.fcr()), " %"), "first-contact resolution", null);
        if (total.occupancy().isPresent()) {
            Page.kpi(page, unit(percent(total.occupancy()), " %"), "occupancy", null);
        }
        Page.kpi(page, unit(whole(kpis.patience().meanSeconds()), " s"), "patience, mean", null);
        Page.kpi(page, unit(whole(kpis.patience().medianSeconds()), " s"), "patience, median", null);
        page.append("</div>\n");
    }

    private void queueTable(StringBuilder page) {
        page.append("<table>\n<tr><th>queue</th><th>offered</th><th>SL %</th><th>abandon %</th><th>ASA s</th>")
                .append("<th>AHT s</th><th>FCR %</th></tr>\n");
        for (KpiFigures q : kpis.byQueue()) {
            boolean all = q.queue().equals(Kpis.ALL);
            page.append(all ? "<tr class=\"total\">" : "<tr>");
            Page.cell(page, all ? "all queues" : q.queue());
            Page.cell(page, String.valueOf(q.offered()));
            Page.cell(page, percent(q.serviceLevel()));
            Page.cell(page, percent(q.abandonRate()));
            Page.cell(page, whole(q.asa()));
            Page.cell(page, whole(q.aht()));
            Page.cell(page, percent(q.fcr()));
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    /**
     * One row per agent who handled a call, has phone time or has adherence figures, in id order, and a total row.
     * Occupancy shows when the phone time is known, adherence and conformance when given.
     */
    private void agentTable(StringBuilder page) {
        Map<String, AgentFigures> calls = new TreeMap<>();
        kpis.byAgent().forEach(a -> calls.put(a.agent(), a));
        // an agent with adherence but no calls: no phone time either, 0 s of it when the others' is known
        double noPhone = kpis.byAgent().stream().anyMatch(a -> !Double.isNaN(a.phoneSeconds())) ? 0 : Double.NaN;
        Map<String, AgentAdherence> kept = new HashMap<>();
        adherence.ifPresent(list -> list.forEach(a -> {
            kept.put(a.agent(), a);
            calls.putIfAbsent(a.agent(), new AgentFigures(a.agent(), 0, 0, 0, noPhone, 0));
        }));
        AgentFigures all = new AgentFigures(ALL_AGENTS, 0, 0, 0, 0, 0);
        for (AgentFigures a : calls.values()) {
            all = new AgentFigures(ALL_AGENTS, all.handled() + a.handled(), all.talkSeconds() + a.talkSeconds(),
                    all.wrapSeconds() + a.wrapSeconds(), all.phoneSeconds() + a.phoneSeconds(),
                    all.busySeconds() + a.busySeconds());
        }
        AgentAdherence allKept = new AgentAdherence(ALL_AGENTS, 0, 0, 0, 0);
        for (AgentAdherence a : kept.values()) {
            allKept = new AgentAdherence(ALL_AGENTS, allKept.shiftSeconds() + a.shiftSeconds(),
                    allKept.scheduledOnPhoneSeconds() + a.scheduledOnPhoneSeconds(),
                    allKept.exceptionSeconds() + a.exceptionSeconds(),
                    allKept.onPhoneInShiftSeconds() + a.onPhoneInShiftSeconds());
        }
        boolean occupancy = calls.values().stream().anyMatch(a -> a.occupancy().isPresent());
        page.append("<table>\n<tr><th>agent</th><th>handled</th><th>AHT s</th><th>talk h</th><th>wrap h</th>");
        if (occupancy) {
            page.append("<th>occupancy %</th>");
        }
        if (adherence.isPresent()) {
            page.append("<th>adherence %</th><th>conformance %</th>");
        }
        page.append("</tr>\n");
        for (AgentFigures a : calls.values()) {
            agentRow(page, "<tr>", a, occupancy, kept.get(a.agent()));
        }
        agentRow(page, "<tr class=\"total\">", all, occupancy, allKept);
        page.append("</table>\n");
    }

    private void agentRow(StringBuilder page, String row, AgentFigures a, boolean occupancy, AgentAdherence kept) {
        page.append(row);
        Page.cell(page, a.agent());
        Page.cell(page, String.valueOf(a.handled()));
        Page.cell(page, whole(a.aht()));
        Page.cell(page, Svg.decimals(a.talkHours(), 1));
        Page.cell(page, Svg.decimals(a.wrapHours(), 1));
        if (occupancy) {
            Page.cell(page, percent(a.occupancy()));
        }
        if (adherence.isPresent()) {
            Page.cell(page, kept == null ? NONE : percent(kept.adherence()));
            Page.cell(page, kept == null ? NONE : percent(kept.conformance()));
        }
        page.append("</tr>\n");
    }

    /**
     * The series the interval charts draw, of the queue reported (or all queues).
     *
     * @param offered      calls offered per interval, 0 between a day's first and last call where none came
     * @param answered     calls answered, in the intervals of {@code offered}
     * @param levels       service level, in [0, 1], where defined
     * @param abandonRates abandoned / offered, in [0, 1], where defined
     */
    private record Series(IntervalSeries offered, IntervalSeries answered, IntervalSeries levels,
                          IntervalSeries abandonRates) {
    }

    private Series series() {
        KpiDefinitions definitions = kpis.definitions();
        String queue = kpis.total().queue();
        Map<Instant, KpiFigures> rows = new HashMap<>();
        IntervalSeries.Builder levels = IntervalSeries.builder(definitions.zone(), definitions.interval());
        IntervalSeries.Builder abandonRates = IntervalSeries.builder(definitions.zone(), definitions.interval());
        for (KpiFigures row : kpis.byInterval()) {
            if (row.queue().equals(queue)) {
                rows.put(row.start().toInstant(), row);
                row.serviceLevel().ifPresent(v -> levels.add(row.start(), v));
                row.abandonRate().ifPresent(v -> abandonRates.add(row.start(), v));
            }
        }
        IntervalSeries offered = kpis.history().offered();
        IntervalSeries.Builder answered = IntervalSeries.builder(definitions.zone(), definitions.interval());
        for (int i = 0; i < offered.size(); i++) {
            KpiFigures row = rows.get(offered.zonedStart(i).toInstant());
            answered.add(offered.zonedStart(i), row == null ? 0 : row.answered());
        }
        return new Series(offered, answered.build(), levels.build(), abandonRates.build());
    }

    /** The definitions behind the figures, in words. */
    private static String notes(KpiDefinitions d) {
        String within = seconds(d.answerWithin());
        String basis = switch (d.basis()) {
            case OFFERED -> "of the calls offered";
            case ANSWERED -> "of the calls answered";
            case EXCLUDING_SHORT_ABANDONS -> "of the calls offered less those abandoned within " + within;
        };
        return "Inbound calls, by the interval and day of their arrival. Offered: answered, abandoned and voicemail "
                + "calls. Service level: calls answered within " + within + " " + basis + ". Abandon rate: "
                + "abandoned of offered calls. ASA: mean wait of answered calls. AHT: mean talk and after-call work "
                + "of answered calls. First-contact resolution: answered calls of known customers with no further "
                + "call within " + window(d.repeatWindow()) + ". Patience: the Kaplan-Meier curve of how long "
                + "callers wait before they hang up (answered calls censored at their wait); its mean is total wait "
                + "over abandons, the exponential estimate Erlang A takes. Occupancy: handle time over time on the "
                + "phones. " + NONE + ": no calls to define the figure.";
    }

    /** A share as percent to one decimal, or {@link #NONE}. */
    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Svg.decimals(100 * share.getAsDouble(), 1) : NONE;
    }

    /** Seconds (or another figure) to a whole number, or {@link #NONE}. */
    private static String whole(OptionalDouble value) {
        return value.isPresent() ? Svg.decimals(value.getAsDouble(), 0) : NONE;
    }

    /** A figure with its unit, or {@link #NONE} alone. */
    private static String unit(String figure, String unit) {
        return figure.equals(NONE) ? NONE : figure + unit;
    }

    private static String seconds(Duration d) {
        return Svg.n(d.toMillis() / 1000.0) + " s";
    }

    private static String window(Duration d) {
        long seconds = d.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds == 86_400 ? "1 day" : seconds / 86_400 + " days";
        }
        return seconds % 3600 == 0 ? seconds / 3600 + " h" : Svg.n(seconds / 60.0) + " min";
    }

    private static final String STYLE = """
            .answered{fill:none;stroke:{answered};stroke-width:1.4}
            .km{fill:none;stroke:{patience};stroke-width:1.8}
            .median{stroke:{patience};stroke-width:1;stroke-dasharray:3 3}
            """;
}

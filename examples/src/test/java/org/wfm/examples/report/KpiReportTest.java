package org.wfm.examples.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.calls.AgentAdherence;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;
import org.wfm.core.calls.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiReportTest {

    /**
     * Five calls over two days, small enough to check by hand. Waits 10, 30, 5 s answered, 40 and 60 s abandoned:
     * 2 of 5 answered within 20 s (SL 40 %), 2 of 5 abandoned, ASA 45 / 3 = 15 s, AHT (360 + 240 + 390) / 3 = 330 s;
     * patience: Kaplan-Meier 1/2 at 40 s (the median), 0 at 60 s, mean 145 s of wait / 2 abandons = 72.5 s. No
     * known customers, so first-contact resolution is undefined.
     */
    private static final List<CallRecord> CALLS = List.of(
            CallRecord.answered("c1", "sales", at("2026-03-02T09:00:00Z"), at("2026-03-02T09:00:10Z"),
                    at("2026-03-02T09:05:10Z"), "A1").withWrap(60),
            CallRecord.answered("c2", "sales", at("2026-03-02T09:10:00Z"), at("2026-03-02T09:10:30Z"),
                    at("2026-03-02T09:14:30Z"), "A2"),
            CallRecord.unanswered("c3", "sales", at("2026-03-02T09:20:00Z"), at("2026-03-02T09:20:40Z"),
                    Outcome.ABANDONED),
            CallRecord.answered("c4", "service", at("2026-03-02T09:40:00Z"), at("2026-03-02T09:40:05Z"),
                    at("2026-03-02T09:46:05Z"), "A1").withWrap(30),
            CallRecord.unanswered("c5", "service", at("2026-03-03T09:05:00Z"), at("2026-03-03T09:06:00Z"),
                    Outcome.ABANDONED));

    private final Kpis kpis = Kpis.of(CALLS, KpiDefinitions.defaults());

    @TempDir
    Path dir;

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void pageHoldsTheKeyFiguresChartsAndTablesAndNothingExternal() throws IOException {
        Path file = dir.resolve("kpis.html");
        KpiReport.of(kpis).write(file);
        String html = Files.readString(file);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "</html>");
        assertThat(html).doesNotContain("http", "<script", "<link", "src=", "url(", "@import");
        assertThat(html).doesNotContainPattern("\\{[a-z_]+}"); // every colour token of the style sheet filled
        assertThat(html).contains("<h1>Call-centre KPIs 2026-03-02 to 2026-03-03</h1>",
                "<p class=\"sub\">UTC &middot; 30-minute intervals &middot; 2 queues &middot; 2 agents</p>");
        assertThat(html).contains("<b>5</b><span>calls offered</span>", "<b>3</b><span>calls answered</span>",
                "<div class=\"kpi bad\"><b>40.0 % in 20 s</b><span>service level (goal 80 %)</span>",
                "<b>40.0 %</b><span>abandon rate (2 calls)</span>", "<b>15 s</b><span>average speed of answer</span>",
                "<b>330 s</b><span>average handle time</span>", "<b>–</b><span>first-contact resolution</span>",
                "<b>73 s</b><span>patience, mean</span>", "<b>40 s</b><span>patience, median</span>");
        assertThat(html).doesNotContain("occupancy", "NaN", "adherence %"); // no phone time, no adherence given
        // one chart each: calls, service level and abandon rate, patience
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).contains("aria-label=\"Calls offered and answered per interval\"",
                "aria-label=\"Service level and abandon rate per interval, percent\"", "median 40 s");
        // the two days side by side, each from 09:00 to 10:00
        assertThat(html).contains(">Mon 2026-03-02</text>", ">Tue 2026-03-03</text>", ">9</text>");
        assertThat(html).contains("<title>2026-03-02 09:00: SL 33.3%</title>",
                "<title>2026-03-03 09:00: SL 0.0%</title>");
        // queue, SL %, abandon %, ASA s, AHT s, FCR %
        assertThat(html).contains(
                "<tr><td>sales</td><td>3</td><td>33.3</td><td>33.3</td><td>20</td><td>300</td><td>–</td></tr>",
                "<tr><td>service</td><td>2</td><td>50.0</td><td>50.0</td><td>5</td><td>390</td><td>–</td></tr>",
                "<tr class=\"total\"><td>all queues</td><td>5</td><td>40.0</td><td>40.0</td><td>15</td><td>330</td>"
                        + "<td>–</td></tr>");
        // agent, handled, AHT s, talk h (660 s, 240 s), wrap h (90 s, 0 s)
        assertThat(html).contains("<tr><td>A1</td><td>2</td><td>375</td><td>0.2</td><td>0.0</td></tr>",
                "<tr><td>A2</td><td>1</td><td>240</td><td>0.1</td><td>0.0</td></tr>",
                "<tr class=\"total\"><td>all agents</td><td>3</td><td>330</td><td>0.3</td><td>0.0</td></tr>");
    }

    @Test
    void adherenceAddsColumnsAndTheAgentsWithoutCalls() {
        String html = KpiReport.of(kpis).withAdherence(List.of(
                new AgentAdherence("A1", 8 * 3600, 7 * 3600, 1800, 6.5 * 3600),
                new AgentAdherence("B9", 3600, 3600, 0, 3600))).html();

        assertThat(html).contains("<th>adherence %</th><th>conformance %</th>");
        // A1: 1 - 0.5 / 8 h, 6.5 / 7 h; A2 without adherence figures; B9 scheduled, no calls
        assertThat(html).contains("<tr><td>A1</td><td>2</td><td>375</td><td>0.2</td><td>0.0</td><td>93.8</td>"
                        + "<td>92.9</td></tr>",
                "<tr><td>A2</td><td>1</td><td>240</td><td>0.1</td><td>0.0</td><td>–</td><td>–</td></tr>",
                "<tr><td>B9</td><td>0</td><td>–</td><td>0.0</td><td>0.0</td><td>100.0</td><td>100.0</td></tr>",
                // 0.5 h of exceptions in 9 h of shifts; 7.5 of 8 h on the phones
                "<tr class=\"total\"><td>all agents</td><td>3</td><td>330</td><td>0.3</td><td>0.0</td><td>94.4</td>"
                        + "<td>93.8</td></tr>");
    }

    @Test
    void theServiceTargetColoursTheLevelAndDrawsTheGoal() {
        String html = KpiReport.of(kpis).withServiceTarget(0.4).html();

        assertThat(html).contains("<div class=\"kpi good\"><b>40.0 % in 20 s</b><span>service level (goal 40 %)");
        assertThat(html).contains("goal 40%", "class=\"goal\"");
        assertThatThrownBy(() -> KpiReport.of(kpis).withServiceTarget(80))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.8 for 80 %");
    }

    @Test
    void oneQueueChosenShowsItsFiguresAlone() {
        Kpis sales = Kpis.of(CALLS, KpiDefinitions.defaults().withQueue("sales"));
        String html = KpiReport.of(sales).html();

        assertThat(html).contains("<h1>Call-centre KPIs of queue sales, 2026-03-02</h1>",
                "<b>3</b><span>calls offered</span>", "<b>33.3 % in 20 s</b>",
                "<tr><td>sales</td><td>3</td><td>33.3</td><td>33.3</td><td>20</td><td>300</td><td>–</td></tr>");
        assertThat(html).doesNotContain("all queues", "<td>service</td>");
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(3);
    }

    @Test
    void aFailedWriteLeavesTheExistingFileAsItWas() throws IOException {
        // a name the file system takes, but too long for the temporary file beside it ("." + name + digits + ".tmp")
        Path file = dir.resolve("k".repeat(245) + ".html");
        Files.writeString(file, "the old report");

        assertThatThrownBy(() -> KpiReport.of(kpis).write(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + file);
        assertThat(Files.readString(file)).isEqualTo("the old report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}

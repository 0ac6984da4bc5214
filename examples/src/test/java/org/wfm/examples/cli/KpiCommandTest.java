package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.History;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.SyntheticProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code wfm kpi} through {@link WfmRun}: every output, the JSON keys, staffing from a roster, the chain onwards. */
class KpiCommandTest {

    /** Two queues, a repeat caller, wrap, one outbound right-party call with revenue, a blocked call. */
    private static final String CALLS = """
            call_id,queue,arrived,answered,ended,outcome,agent,wrap,customer,direction,right_party,revenue
            c1,A,2026-03-02T09:00:00,2026-03-02T08:59:58,2026-03-02T09:05:00,answered,X,8,C1,,,20
            c2,A,2026-03-02T09:10:00,,2026-03-02T09:10:03,abandoned,,,C2,,,
            c3,B,2026-03-02T09:20:00,,2026-03-02T09:20:30,abandoned,,,C1,,,
            c4,B,2026-03-02T09:31:00,,2026-03-02T09:32:00,voicemail,,,,,,
            c5,A,2026-03-02T09:40:00,,2026-03-02T09:40:00,blocked,,,C3,,,
            o1,A,2026-03-03T11:00:00,2026-03-03T11:00:00,2026-03-03T11:05:00,answered,W,,C4,outbound,true,40
            c6,A,2026-03-10T10:00:00,2026-03-10T10:00:25,2026-03-10T10:03:25,answered,Y,10,C3,,,
            """;

    @TempDir
    Path dir;

    private Path calls() throws IOException {
        Path file = dir.resolve("calls.csv");
        Files.writeString(file, CALLS);
        return file;
    }

    @Test
    void writesEveryOutputAndPrintsTheTotalsAsJson() throws IOException {
        Path calls = calls();
        Path kpi = dir.resolve("kpi.csv");
        Path history = dir.resolve("history.csv");
        Path curve = dir.resolve("patience.csv");
        Path report = dir.resolve("kpi.html");
        WfmRun run = WfmRun.of("kpi", "--calls", calls.toString(), "--output", kpi.toString(), "--history",
                history.toString(), "--patience-curve", curve.toString(), "--report", report.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("offered", "answered",
                "abandoned", "voicemail", "blocked", "answeredWithin", "serviceLevel", "asa", "aht", "abandonRate",
                "shortAbandoned", "fcr", "rpcRate", "revenuePerCall", "occupancy", "patience");
        assertThat(json.get("offered").asInt()).isEqualTo(5);          // c1 c2 c3 c4 c6
        assertThat(json.get("blocked").asInt()).isEqualTo(1);
        assertThat(json.get("serviceLevel").asDouble()).isEqualTo(0.2); // only c1 (skew: wait 0) within 20 s
        assertThat(json.get("aht").asDouble()).isEqualTo((310 + 190) / 2.0);
        assertThat(json.get("rpcRate").asDouble()).isEqualTo(1.0);
        assertThat(json.get("revenuePerCall").asDouble()).isEqualTo(60 / 3.0); // c1, c6 and o1 succeeded
        assertThat(json.get("fcr").asDouble()).isZero(); // c1 is followed by c3; c6's window runs past the file
        assertThat(json.get("occupancy").isNull()).isTrue();
        assertThat(json.get("patience").get("meanSeconds").asDouble()).isEqualTo((0 + 3 + 30 + 60 + 25) / 2.0);
        assertThat(json.get("patience").get("medianSeconds").asDouble()).isEqualTo(30);

        List<String> rows = Files.readAllLines(kpi);
        assertThat(rows.get(0)).isEqualTo("start,queue,offered,answered,abandoned,voicemail,blocked,answered_within,"
                + "service_level,asa,aht,abandon_rate,short_abandoned,avg_abandon_wait,max_wait");
        assertThat(rows).contains("2026-03-02T09:00,all,3,1,2,0,0,1,0.333333,0,310,0.666667,1,16.5,30",
                "2026-03-02T09:30,A,0,0,0,0,1,0,,,,,0,,");
        assertThat(Files.readAllLines(curve)).containsExactly("seconds,survival,at_risk,abandoned",
                "3,0.75,4,1", "30,0.375,2,1");
        // Two queues: a history per queue, each over its own intervals with calls (03-03 has only outbound calls)
        assertThat(Files.readAllLines(history).get(0)).isEqualTo("queue,start,offered,aht");
        java.util.Map<String, History> read = HistoryCsv.readQueues(history, ZoneOffset.UTC, null);
        assertThat(read).containsOnlyKeys("A", "B");
        assertThat(read.get("A").offered().starts()).extracting(Object::toString)
                .containsExactly("2026-03-02T09:00", "2026-03-10T10:00"); // c5 at 09:40 is blocked, not offered
        assertThat(read.get("A").offered().values()).containsExactly(2, 1);
        assertThat(read.get("B").offered().starts()).extracting(Object::toString)
                .containsExactly("2026-03-02T09:00", "2026-03-02T09:30");
        assertThat(read.get("B").offered().values()).containsExactly(1, 1);
        assertThat(read.get("B").aht().orElseThrow().values()).isEmpty(); // no answered call of B
        // One chosen queue: no queue column
        Path historyA = dir.resolve("history-a.csv");
        assertThat(WfmRun.of("kpi", "--calls", calls.toString(), "--queue", "A", "--history", historyA.toString())
                .status()).isZero();
        assertThat(Files.readAllLines(historyA)).containsExactly("start,offered,aht", "2026-03-02T09:00,2,310",
                "2026-03-10T10:00,1,190");
        assertThat(Files.readString(report)).contains("<svg").doesNotContain("<script");
    }

    @Test
    void rowsByDayQueueAndAgent() throws IOException {
        Path calls = calls();
        Path out = dir.resolve("out.csv");
        assertThat(WfmRun.of("kpi", "--calls", calls.toString(), "--by", "day", "--output", out.toString()).status())
                .isZero();
        assertThat(Files.readAllLines(out).get(0)).startsWith("date,queue,offered,").endsWith(",max_wait,fcr");
        assertThat(WfmRun.of("kpi", "--calls", calls.toString(), "--by", "queue", "--output", out.toString()).status())
                .isZero();
        assertThat(Files.readAllLines(out)).extracting(l -> l.split(",")[0]).containsExactly("queue", "A", "B", "all");
        assertThat(WfmRun.of("kpi", "--calls", calls.toString(), "--by", "agent", "--output", out.toString()).status())
                .isZero();
        assertThat(Files.readAllLines(out)).containsExactly("agent,handled,aht,talk_hours,wrap_hours",
                "W,1,300,0.083333,0", "X,1,310,0.083889,0.002222", "Y,1,190,0.05,0.002778");
    }

    @Test
    void textSummaryForAPlanner() throws IOException {
        WfmRun run = WfmRun.of("kpi", "--calls", calls().toString(), "--queue", "A");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("queue A: 3 calls offered (2 answered, 1 abandoned, 0 voicemail), 1 blocked,"
                + " 2026-03-02 to 2026-03-10").contains("service level 33.3% in 20s, abandon rate 33.3%");
    }

    /**
     * A scheduled week, and one 5-minute call a minute into every quarter-hour that each agent is on the phones, with
     * agent states that follow the roster to the second: occupancy is 1/3 in every staffed interval, adherence and
     * conformance 1; the staffing is counted from the roster's own coverage, an independent count.
     */
    @Test
    void occupancyAndAdherenceAgainstARoster() throws IOException {
        ScheduleProblem problem = SyntheticProblems.week(6, 2);
        Roster roster = Scheduler.solve(problem, SolveOptions.of(Duration.ofSeconds(30)).withSeed(1)
                .withMoveLimit(20_000L)).roster();
        Path problemFile = dir.resolve("problem.json");
        Path rosterFile = dir.resolve("roster.json");
        ScheduleProblemJson.write(problem, problemFile);
        RosterJson.write(roster, rosterFile);
        StringBuilder calls = new StringBuilder("call_id,arrived,answered,ended,outcome,agent\n");
        StringBuilder states = new StringBuilder("agent,state,start,end\n");
        int n = 0;
        for (Shift shift : roster.shifts()) {
            LocalDateTime t = shift.start();
            for (ShiftBreak b : shift.breaks()) {
                n = onPhone(calls, states, shift.agent(), t, b.start(), n);
                states.append(shift.agent()).append(",break,").append(b.start()).append(',').append(b.end()).append('\n');
                t = b.end();
            }
            n = onPhone(calls, states, shift.agent(), t, shift.end(), n);
        }
        Path callsFile = dir.resolve("calls.csv");
        Path statesFile = dir.resolve("states.csv");
        Files.writeString(callsFile, calls);
        Files.writeString(statesFile, states);
        Path agents = dir.resolve("agents.csv");
        Path intervals = dir.resolve("intervals.csv");
        WfmRun run = WfmRun.of("kpi", "--calls", callsFile.toString(), "--problem", problemFile.toString(), "--roster",
                rosterFile.toString(), "--interval", "15m", "--json", "--output", intervals.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("occupancy").asDouble()).isCloseTo(1 / 3.0, within(1e-12));
        long staffed = roster.coverage().stream().filter(c -> c.scheduled() > 0).count();
        List<String> rows = Files.readAllLines(intervals);
        assertThat(rows.get(0)).endsWith(",max_wait,occupancy");
        assertThat(rows.stream().skip(1).filter(r -> r.endsWith(",0.333333"))).hasSize((int) staffed);
        assertThat(roster.coverage().stream().mapToDouble(Coverage::scheduled).sum()).isEqualTo((double) n);

        run = WfmRun.of("kpi", "--calls", callsFile.toString(), "--problem", problemFile.toString(), "--roster",
                rosterFile.toString(), "--agent-states", statesFile.toString(), "--by", "agent", "--output",
                agents.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> agentRows = Files.readAllLines(agents);
        assertThat(agentRows.get(0)).isEqualTo("agent,handled,aht,talk_hours,wrap_hours,occupancy,adherence,conformance");
        assertThat(agentRows.stream().skip(1).filter(r -> !r.endsWith(",,"))).allMatch(r -> r.endsWith(",0.333333,1,1"));
    }

    /** Quarter-hours on the phones from {@code from} to {@code to}: a call a minute in, and the agent available. */
    private static int onPhone(StringBuilder calls, StringBuilder states, String agent, LocalDateTime from,
                               LocalDateTime to, int n) {
        if (from.isBefore(to)) {
            states.append(agent).append(",available,").append(from).append(':').append("00,").append(to).append('\n');
        }
        for (LocalDateTime t = from; t.isBefore(to); t = t.plusMinutes(15)) {
            LocalDateTime arrived = t.plusMinutes(1);
            calls.append("k").append(n++).append(',').append(arrived).append(':').append("00,").append(arrived)
                    .append(":00,").append(arrived.plusMinutes(5)).append(":00,answered,").append(agent).append('\n');
        }
        return n;
    }

    /** The README's chain on the real log: call records -> history -> forecast -> requirements with its patience. */
    @Test
    void callRecordsToHistoryToForecastToRequirements() throws IOException {
        Path log = Path.of("../../shared/data/anonymous-bank-1999-02-01-to-14-calls.csv").toAbsolutePath().normalize();
        if (!Files.exists(log)) {
            log = Path.of("../shared/data/anonymous-bank-1999-02-01-to-14-calls.csv").toAbsolutePath().normalize();
        }
        Assumptions.assumeTrue(Files.exists(log), "the real call log ../shared/data is absent");
        Path history = dir.resolve("history.csv");
        WfmRun kpi = WfmRun.of("kpi", "--calls", log.toString(), "--history", history.toString(), "--json");
        assertThat(kpi.status()).as(kpi.err()).isZero();
        long patience = Math.round(new ObjectMapper().readTree(kpi.out()).get("patience").get("meanSeconds").asDouble());
        assertThat(patience).isEqualTo(315);
        Path forecast = dir.resolve("forecast.csv");
        assertThat(WfmRun.of("forecast", "--history", history.toString(), "--start", "1999-02-15", "--days", "7",
                "--output", forecast.toString()).status()).isZero();
        Path requirements = dir.resolve("requirements.csv");
        WfmRun staffing = WfmRun.of("staffing", "--input", forecast.toString(), "--aht", "167s", "--sl", "0.8",
                "--answer-within", "20s", "--patience", patience + "s", "--output", requirements.toString());
        assertThat(staffing.status()).as(staffing.err()).isZero();
        assertThat(staffing.out()).contains("Erlang A (mean patience 315 s)");
        assertThat(Files.readAllLines(requirements).size()).isGreaterThan(100);
    }
}

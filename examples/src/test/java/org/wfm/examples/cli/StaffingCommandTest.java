package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.queue.Requirement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm staffing} on the command line, with stdout and stderr captured. */
class StaffingCommandTest {

    private static final String[] PRIMER = {"staffing", "--calls", "100", "--aht", "180s", "--interval", "30m",
            "--sl", "0.8", "--answer-within", "20s"};

    @TempDir
    Path dir;

    @Test
    void primerExampleAsJson() throws IOException {
        WfmRun run = run(PRIMER, "--json");
        assertThat(run.status()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("workload", "agents",
                "serviceLevel", "asa", "occupancy", "probabilityOfWait", "abandonRate", "scheduledAgents");
        assertThat(json.get("workload").asDouble()).isEqualTo(10);
        assertThat(json.get("agents").asInt()).isEqualTo(14);
        assertThat(Math.round(json.get("serviceLevel").asDouble() * 1e4)).isEqualTo(8884);
        assertThat(Math.round(json.get("asa").asDouble() * 100)).isEqualTo(784);
        assertThat(Math.round(json.get("occupancy").asDouble() * 1000)).isEqualTo(714);
        assertThat(json.get("abandonRate").isNull()).isTrue();
        assertThat(json.get("scheduledAgents").asInt()).isEqualTo(14);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void humanSummaryWithShrinkage() {
        WfmRun run = run(PRIMER, "--shrinkage", "0.3");
        assertThat(run.status()).isZero();

        assertThat(run.out()).contains("Erlang C, goal: 80% answered within 20 s",
                "Workload       10 Erlangs (100 calls x 180 s in 30 min)",
                "Agents         14 on the phones (fewest meeting the goal)",
                "Service level  88.84% answered within 20 s", "ASA            7.84 s", "Occupancy      71.4%",
                "Planned        20 agents (20.00 with 30.00% shrinkage, rounded up)");
    }

    @Test
    void overloadedStaffHasNullAsaInJson() throws IOException {
        WfmRun run = run(PRIMER, "--agents", "9", "--json");
        assertThat(run.status()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("agents").asInt()).isEqualTo(9);
        assertThat(json.get("serviceLevel").asDouble()).isZero();
        assertThat(json.get("asa").isNull()).isTrue();
    }

    @Test
    void erlangAWithAbandonGoalAndShrinkageComponents() throws IOException {
        WfmRun run = run("staffing", "--calls", "100", "--aht", "180s", "--interval", "30m", "--asa", "15s",
                "--patience", "90s", "--max-abandon", "0.05", "--shrinkage", "sick=0.05", "--shrinkage",
                "meetings=0.03", "--json");
        assertThat(run.status()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("agents").asInt()).isEqualTo(13);
        assertThat(json.get("abandonRate").asDouble()).isBetween(0.0, 0.05);
        assertThat(json.get("asa").asDouble()).isLessThanOrEqualTo(15);
        assertThat(json.get("scheduledAgents").asInt()).isEqualTo(15);
    }

    @Test
    void serviceLevelOfAnsweredCallsNeedsFewerAgents() throws IOException {
        String[] patient = {"staffing", "--calls", "100", "--aht", "180s", "--interval", "30m", "--sl", "0.9",
                "--patience", "60s", "--json"};
        WfmRun run = run(patient);
        assertThat(run.status()).isZero();
        int ofOffered = new ObjectMapper().readTree(run.out()).get("agents").asInt();

        run = run(patient, "--sl-basis", "answered");
        assertThat(run.status()).isZero();
        JsonNode ofAnswered = new ObjectMapper().readTree(run.out());

        assertThat(ofAnswered.get("agents").asInt()).isLessThan(ofOffered);
        assertThat(ofAnswered.get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void forecastToRequirements() throws IOException {
        Path forecast = write("forecast.csv", "start,forecast,aht,lower,upper",
                "2026-01-05T08:00,100,180,90,110", "2026-01-05T08:30,0,180,0,0", "2026-01-05T10:00,50,", "");
        Path requirements = dir.resolve("out/requirements.csv");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--output", requirements.toString(), "--sl", "0.8",
                "--aht", "360s", "--shrinkage", "0.3");
        assertThat(run.status()).isZero();

        // The interval (30 min) is the shortest step between rows; the last row takes its AHT from --aht.
        LocalDateTime eight = LocalDateTime.of(2026, 1, 5, 8, 0);
        assertThat(RequirementsCsv.read(requirements)).containsExactly(Requirement.of(eight, 14),
                Requirement.of(eight.plusMinutes(30), 0), Requirement.of(eight.plusHours(2), 14));
        assertThat(Files.readAllLines(requirements).get(1)).isEqualTo(
                "2026-01-05T08:00,14,100,180,10,14,0.88835,7.835937,0.714286,,20");
        assertThat(run.out()).startsWith("wrote 3 intervals of 30 min to ");
    }

    @Test
    void forecastWithCallsColumnToStdout() {
        Path forecast = write("forecast.csv", "start,calls", "2026-01-05T08:00,100");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--aht", "3m", "--interval", "30m", "--sl", "0.8");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("start,required,").contains("\n2026-01-05T08:00,14,100,180,10,14,");
    }

    @Test
    void forecastOfSeveralQueuesStaffsEachAsIfAlone() throws IOException {
        Path both = write("both.csv", "queue,start,forecast,aht", "sales,2026-01-05T08:00,40,200",
                "sales,2026-01-05T08:30,60,200", "vip,2026-01-05T08:00,5,300", "vip,2026-01-05T08:30,8,300");
        Path sales = write("sales.csv", "start,forecast,aht", "2026-01-05T08:00,40,200", "2026-01-05T08:30,60,200");
        Path vip = write("vip.csv", "start,forecast,aht", "2026-01-05T08:00,5,300", "2026-01-05T08:30,8,300");
        Path goals = write("goals.json", "[{\"queue\": \"vip\", \"sl\": 0.9, \"answerWithin\": \"PT10S\",",
                " \"patience\": \"PT2M\", \"maxAbandon\": 0.02}]");

        WfmRun run = run("staffing", "--input", both.toString(), "--goals", goals.toString(), "--sl", "0.8",
                "--shrinkage", "0.25", "--output", dir.resolve("both-req.csv").toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("wrote 2 queues, 4 intervals of 30 min in all, to ")
                .contains("\n  sales (Erlang C, 80% answered within 20 s); peak 10 agents on the phones at 2026-01-05T08:30")
                .contains("\n  vip (Erlang A (mean patience 120 s), 90% answered within 10 s, abandon rate <= 2%); peak ");

        // Each queue's rows are those of staffing that queue alone with its goal, the queue column first.
        List<String> salesAlone = tail(run("staffing", "--input", sales.toString(), "--sl", "0.8", "--shrinkage", "0.25"));
        List<String> vipAlone = tail(run("staffing", "--input", vip.toString(), "--sl", "0.9", "--answer-within", "10s",
                "--patience", "2m", "--max-abandon", "0.02", "--shrinkage", "0.25"));
        List<String> lines = Files.readAllLines(dir.resolve("both-req.csv"));
        assertThat(lines.get(0)).startsWith("queue,start,required,");
        List<String> expected = new ArrayList<>();
        salesAlone.forEach(line -> expected.add("sales," + line));
        vipAlone.forEach(line -> expected.add("vip," + line));
        assertThat(lines.subList(1, lines.size())).isEqualTo(expected);
    }

    @Test
    void queueWithoutGoalIsRefusedNamingTheGoalsFile() {
        Path both = write("both.csv", "queue,start,forecast,aht", "sales,2026-01-05T08:00,40,200",
                "vip,2026-01-05T08:00,5,300");
        Path goals = write("goals.json", "[{\"queue\": \"vip\", \"asa\": \"PT15S\"}]");
        Path out = dir.resolve("req.csv");

        WfmRun run = run("staffing", "--input", both.toString(), "--goals", goals.toString(), "--interval", "30m",
                "--output", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: " + goals + ": no goal for queue 'sales' of the forecast: add one, or give"
                + " --sl, --asa or --max-abandon for the queues without one" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void refinementBySimulationKeepsEveryQueueOnItsGoalInEveryInterval() throws IOException {
        List<String> lines = new ArrayList<>(List.of("queue,start,forecast,aht"));
        for (int i = 0; i < 8; i++) {
            String start = LocalDateTime.of(2026, 1, 5, 8, 0).plusMinutes(30L * i).toString();
            lines.add("sales," + start + "," + (20 + 5 * i) + ",240");
            lines.add("service," + start + "," + (30 + 3 * i) + ",180");
        }
        Path forecast = write("forecast.csv", lines.toArray(String[]::new));
        Path out = dir.resolve("refined.csv");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--sl", "0.8", "--refine-by-simulation",
                "--replications", "20", "--output", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\nrefined by simulation (").contains(" fewer than each queue staffed alone (")
                .contains("\n  sales: simulated service level ");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("queue,start,required,calls,aht,workload,agents,service_level,asa,occupancy,"
                + "abandon_rate,scheduled_agents,simulated_service_level");
        List<String> alone = tail(run("staffing", "--input", forecast.toString(), "--sl", "0.8"));
        int refined = 0;
        int each = 0;
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", -1);
            refined += Integer.parseInt(cells[2]);
            each += Integer.parseInt(alone.get(i - 1).split(",")[2]);
            assertThat(Double.parseDouble(cells[12])).as(rows.get(i)).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(refined).isLessThan(each); // two pooled queues need fewer agents than each alone
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--routing r.json --sl 0.8|--routing is for --refine-by-simulation",
            "--refine-by-simulation --rounds 0 --sl 0.8|--replications must be 1 to 100000 and --rounds 1 to 1000, got 100 and 0",
    })
    void refinementFlagsThatDisagreeAreRefused(String flags, String message) {
        Path forecast = write("forecast.csv", "start,forecast,aht", "2026-01-05T08:00,10,180", "2026-01-05T08:30,10,180");
        List<String> args = new ArrayList<>(List.of("staffing", "--input", forecast.toString()));
        args.addAll(List.of(flags.split(" ")));
        WfmRun run = run(args.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: " + message + System.lineSeparator());
    }

    @Test
    void refinementNeedsOnePatienceForEveryQueue() {
        Path both = write("both.csv", "queue,start,forecast,aht", "sales,2026-01-05T08:00,40,200",
                "sales,2026-01-05T08:30,40,200", "vip,2026-01-05T08:00,5,300", "vip,2026-01-05T08:30,5,300");
        Path goals = write("goals.json", "[{\"queue\": \"vip\", \"sl\": 0.8, \"patience\": \"PT2M\"}]");
        WfmRun run = run("staffing", "--input", both.toString(), "--goals", goals.toString(), "--sl", "0.8",
                "--refine-by-simulation", "--output", dir.resolve("r.csv").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: --refine-by-simulation simulates one caller patience for every queue:"
                + " give every queue the same patience (or none)" + System.lineSeparator());
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    /** The data rows of a one-queue requirements CSV printed to stdout. */
    private static List<String> tail(WfmRun run) {
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        return lines.subList(1, lines.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--calls -5 --aht 180s --interval 30m --sl 0.8|--calls must be 0 or more, got -5.0",
            "--calls 100 --aht 0s --interval 30m --sl 0.8|--aht must be more than 0 s, got PT0S",
            "--calls 100 --aht 180s --interval 30m --sl 1.5|--sl must be between 0 and 1 (exclusive), got 1.5",
            "--calls 100 --aht 180s --interval 30m --sl 0|--sl must be between 0 and 1 (exclusive), got 0.0",
            "--calls 100 --aht 180s --sl 0.8|--calls needs --aht and --interval (e.g. --aht 180s --interval 30m)",
            "--calls 100 --aht 180s --interval 30m --max-abandon 0.05|--max-abandon needs --patience (Erlang A)",
            "--calls 100 --aht 3 --interval 30m --sl 0.8|invalid duration '3': use e.g. 20s, 15m, 1h30m, 7d or PT15M",
            "--calls 100 --aht 180s --interval 30m --sl 0.8 --shrinkage lots|"
                    + "--shrinkage 'lots': expected a share like 0.3 or sick=0.05",
            "--calls 100 --aht 180s --interval 30m --sl 0.8 --frobnicate|Unknown option: '--frobnicate'",
            "--calls 100 --aht 180s --interval 30m --sl 0.8 --sl-basis handled|"
                    + "--sl-basis must be offered, answered or excluding-short-abandons, got 'handled'",
    })
    void badFlagsExitTwoWithOneLine(String flags, String message) {
        List<String> args = new ArrayList<>(List.of("staffing"));
        args.addAll(List.of(flags.split(" ")));

        WfmRun run = run(args.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("wfm: ").contains(message).hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingGoalOrModeIsBadInput() {
        WfmRun run = run("staffing", "--calls", "100", "--aht", "180s", "--interval", "30m");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give a service goal");
        run = run("staffing", "--sl", "0.8");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give either --calls (one interval) or --input (a forecast CSV)");
    }

    @Test
    void malformedForecastNamesFileAndLineAndWritesNothing() {
        Path forecast = write("forecast.csv", "start,forecast,aht", "2026-01-05T08:00,100,180",
                "2026-01-05T08:15,-1,180");
        Path requirements = dir.resolve("requirements.csv");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--output", requirements.toString(), "--sl", "0.8");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: " + forecast + ":3 [forecast]: negative value -1" + System.lineSeparator());
        assertThat(requirements).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-05T08:00,100,0|:2 [aht]: AHT must be more than 0 seconds, got 0.0",
            "2026-01-05T08:00,100,abc|:2 [aht]: 'abc' is not a number",
            "2026-01-05T08:00,100,180,7|:2: has 4 fields but the header has 3",
            "2026-01-05 08:00,100,180|:2 [start]: '2026-01-05 08:00' is not a date-time like 2026-01-05T07:15",
            "2026-01-05T08:30,100,180|:3 [start]: duplicate interval 2026-01-05T08:30",
            "2026-01-05T08:10,100,180|:2 [start]: 2026-01-05T08:10 is not on the PT20M grid from midnight",
    })
    void badForecastRowsExitTwoNamingTheLine(String line, String message) {
        Path forecast = write("forecast.csv", "start,forecast,aht", line, "2026-01-05T08:30,50,180",
                "2026-01-05T09:00,50,180");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--sl", "0.8");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: " + forecast + message + System.lineSeparator());
    }

    @Test
    void forecastAcrossTheAutumnOverlapInItsZone() {
        Path forecast = write("forecast.csv", "start,forecast,aht", "2026-10-25T01:30,10,180",
                "2026-10-25T02:00,10,180", "2026-10-25T02:30,10,180", "2026-10-25T02:00,10,180",
                "2026-10-25T02:30,10,180", "2026-10-25T03:00,10,180");

        assertThat(run("staffing", "--input", forecast.toString(), "--sl", "0.8").status()).isEqualTo(2);
        WfmRun run = run("staffing", "--input", forecast.toString(), "--sl", "0.8", "--zone", "Europe/Amsterdam");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("2026-10-25T02:00,"))).hasSize(2);
    }

    @Test
    void forecastWithoutAhtAsksForIt() {
        Path forecast = write("forecast.csv", "start,forecast", "2026-01-05T08:00,100", "2026-01-05T08:15,200");

        WfmRun run = run("staffing", "--input", forecast.toString(), "--sl", "0.8");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wfm: " + forecast + ":1 [aht]: no aht column: give --aht" + System.lineSeparator());
    }

    private static WfmRun run(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return WfmRun.of(args.toArray(String[]::new));
    }

    private static WfmRun run(String... args) {
        return WfmRun.of(args);
    }

    private Path write(String name, String... lines) {
        try {
            return Files.write(dir.resolve(name), List.of(lines));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

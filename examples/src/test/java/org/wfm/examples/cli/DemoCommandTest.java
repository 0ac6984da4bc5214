package org.wfm.examples.cli;

import org.wfm.examples.WeeklyRoster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.examples.sample.SampleCentre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code wfm demo} end to end with a short search: every file written, readable, and the roster within the rules. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileAndAValidRoster() throws IOException {
        Path out = dir.resolve("demo");
        WfmRun run = WfmRun.of("demo", "--output-dir", out.toString(), "--time-limit", "2s");

        assertThat(run.status()).as(run.err()).isZero();
        for (String file : WeeklyRoster.FILES) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        Map<String, History> histories = HistoryCsv.readQueues(out.resolve("history.csv"), SampleCentre.ZONE, null);
        assertThat(histories).containsOnlyKeys(SampleCentre.QUEUES);
        assertThat(histories.get(SampleCentre.SALES).offered().dates()).hasSize(91);
        Map<String, Forecast> forecasts = ForecastCsv.readQueues(out.resolve("forecast.csv"), SampleCentre.ZONE,
                SampleCentre.INTERVAL);
        assertThat(forecasts).containsOnlyKeys(SampleCentre.QUEUES);
        assertThat(forecasts.get(SampleCentre.SALES).calls().dates()).hasSize(7);
        assertThat(RequirementsCsv.read(out.resolve("requirements.csv"))).hasSize(2 * (5 * 60 + 40 + 32));
        ScheduleProblem problem = ScheduleProblemJson.read(out.resolve("problem.json"));
        Roster roster = RosterJson.read(out.resolve("roster.json"));
        assertThat(problem.agents()).hasSize(100);
        assertThat(problem.queueIds()).containsExactly(SampleCentre.SERVICE, SampleCentre.SALES);
        assertThat(roster.summary().byQueue()).hasSize(2);
        assertThat(RosterCheck.check(problem, roster)).isEmpty();
        assertThat(roster.summary().bound()).isNotNull();
        assertThat(roster.summary().shortfall()).isGreaterThanOrEqualTo(roster.summary().bound());
        assertThat(Files.readString(out.resolve("roster.csv"))).startsWith("agent,date,activity,name,start,end");
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("<svg").doesNotContain("http://", "https://");
        assertThat(run.out()).contains("Erlang C expects", "simulated weeks of the roster give");
        // the summary's simulated week is the report's: its key figure and band come from the same simulation
        Matcher simulated = Pattern.compile("(\\d+) simulated weeks of the roster give (\\d+\\.\\d%) \\((\\d+\\.\\d)-"
                + "(\\d+\\.\\d%)\\) with shifts missed at random and agents finishing calls before breaks").matcher(run.out());
        assertThat(simulated.find()).as(run.out()).isTrue();
        assertThat(simulated.group(1)).isEqualTo(String.valueOf(WeeklyRoster.REPLICATIONS));
        assertThat(report).contains("<b>" + simulated.group(2) + " (" + simulated.group(3) + "-" + simulated.group(4)
                        + ")</b><span>simulated service level (" + WeeklyRoster.REPLICATIONS + " replications, 6% of shifts absent)",
                "simulated, " + WeeklyRoster.REPLICATIONS + " replications, 95 % band", "class=\"sim-band\"");
        assertThat(run.out()).contains("Mon 2026-06-01", "Sun 2026-06-07", "week", "lower bound",
                "no hard rule broken");
        // the queue table: each queue's shortfall is the roster's, its calls the forecast's
        for (RosterSummary.QueueTotals queue : roster.summary().byQueue()) {
            Matcher row = Pattern.compile("(?m)^" + queue.queue() + " +(\\d+) +(\\d+\\.\\d) +(\\d+\\.\\d) +(\\d+\\.\\d) ")
                    .matcher(run.out());
            assertThat(row.find()).as(run.out()).isTrue();
            assertThat(Double.parseDouble(row.group(1)))
                    .isCloseTo(forecasts.get(queue.queue()).calls().total(), within(0.5));
            assertThat(Double.parseDouble(row.group(4))).isCloseTo(queue.shortfall() / 4, within(0.05));
        }
        assertThat(report).contains("<h2>Queues</h2>", "<td>sales</td>");
    }

    @Test
    void rejectsATimeLimitOfZero() {
        WfmRun run = WfmRun.of("demo", "--output-dir", dir.toString(), "--time-limit", "0s");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--time-limit must be more than 0");
        assertThat(dir).isEmptyDirectory();
    }
}

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
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.examples.sample.SampleCentre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        activitiesHeld(problem, roster, Files.readString(out.resolve("roster.csv")), report, run.out());
    }

    /**
     * The week's team meeting is one session of its ten attendees, inside a window and their shifts; every coached
     * agent has its 30 minutes; the CSV, the summary line and the report's activity table and chart show them.
     */
    private static void activitiesHeld(ScheduleProblem problem, Roster roster, String csv, String report, String out) {
        Activity meeting = problem.activity(SampleCentre.TEAM_MEETING).orElseThrow();
        Activity coaching = problem.activity(SampleCentre.COACHING).orElseThrow();
        assertThat(meeting.attendees()).hasSize(SampleCentre.MEETING_SIZE);
        List<ShiftActivity> meetings = new ArrayList<>();
        Map<String, Integer> coached = new HashMap<>();
        int sessions = 0;
        for (Shift shift : roster.shifts()) {
            for (ShiftActivity a : shift.activities()) {
                sessions++;
                assertThat(a.start()).isAfterOrEqualTo(shift.start());
                assertThat(a.end()).isBeforeOrEqualTo(shift.end());
                if (a.id().equals(SampleCentre.TEAM_MEETING)) {
                    assertThat(meeting.attendees()).contains(shift.agent());
                    meetings.add(a);
                } else {
                    assertThat(a.id()).isEqualTo(SampleCentre.COACHING);
                    assertThat(Duration.between(a.start(), a.end())).hasMinutes(30);
                    assertThat(a.start().toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(17, 30));
                    coached.merge(shift.agent(), 1, Integer::sum);
                }
            }
        }
        assertThat(meetings).hasSize(SampleCentre.MEETING_SIZE);
        ShiftActivity session = meetings.get(0);
        assertThat(meetings).allMatch(m -> m.equals(session));
        assertThat(Duration.between(session.start(), session.end())).hasHours(1);
        assertThat(problem.windows(meeting)).anyMatch(w -> w.holds(session.start(), session.end()));
        assertThat(coached.keySet()).containsExactlyInAnyOrderElementsOf(coaching.attendees());
        assertThat(coached.values()).containsOnly(1);
        int coachingSessions = coaching.attendees().size();
        assertThat(roster.summary().activities()).containsExactly(
                new RosterSummary.ActivityTotals(SampleCentre.TEAM_MEETING, 1, SampleCentre.MEETING_SIZE, 0),
                new RosterSummary.ActivityTotals(SampleCentre.COACHING, coachingSessions, coachingSessions, 0));
        assertThat(csv.lines().skip(1).filter(l -> l.split(",")[2].equals("activity"))).hasSize(sessions);
        assertThat(csv).contains(session.start().toLocalDate() + ",activity," + SampleCentre.TEAM_MEETING + ","
                + session.start() + "," + session.end() + ",60,true");
        assertThat(out).contains("activities (off the phones, paid): team-meeting: 1 session, 10 attended, 0 missing;"
                + " coaching: " + coachingSessions + " sessions, " + coachingSessions + " attended, 0 missing");
        String when = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH).format(session.start()) + "-"
                + session.end().toLocalTime();
        assertThat(report).contains("<h2>Activities</h2>",
                "<tr><td>team-meeting</td><td>together</td><td>1 h</td><td>10</td><td>1</td><td>10</td><td>0</td>"
                        + "<td class=\"left\">" + when + "</td></tr>",
                "<tr><td>coaching</td><td>1 per agent</td><td>30 min</td><td>" + coachingSessions + "</td><td>"
                        + coachingSessions + "</td><td>" + coachingSessions + "</td><td>0</td>",
                "activity (team-meeting, coaching)", "class=\"act\"><title>A001 team-meeting "
                        + session.start().toLocalDate() + " " + session.start().toLocalTime() + "-"
                        + session.end().toLocalTime() + "</title>");
    }

    @Test
    void rejectsATimeLimitOfZero() {
        WfmRun run = WfmRun.of("demo", "--output-dir", dir.toString(), "--time-limit", "0s");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--time-limit must be more than 0");
        assertThat(dir).isEmptyDirectory();
    }
}

package org.wfm.examples.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.IntervalSeries;
import org.wfm.core.Forecast;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Staffing;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationResult;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.RosterSummary;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RosterReportTest {

    private final ScheduleProblem problem = TinyRoster.problem("tiny <week> & co");
    private final Roster roster = TinyRoster.roster(problem);

    @TempDir
    Path dir;

    @Test
    void pageIsSelfContainedWithEscapedTextAndTheKeyFigures() {
        String html = RosterReport.of(problem, roster).html();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg", "</html>");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "src=", "url(", "@import");
        assertThat(html).contains("Roster tiny &lt;week&gt; &amp; co").doesNotContain("tiny <week>");
        assertThat(html).contains("<b>1 / 2</b><span>agents with shifts</span>",
                "<b>0.3 (6.3%)</b><span>agent-hours short</span>", "<b>none</b><span>hard-rule violations</span>");
        assertThat(html).doesNotContain("Calls: history and forecast", "expected SL");
        assertThat(html).doesNotContainPattern("\\{[a-z_]+}"); // every colour token of the style sheet filled
        // the timeline: A1's shift with its break, A2's vacation
        assertThat(html).contains("<title>A1 D 2026-01-05 08:00-12:00; break 09:00</title>",
                "A2 2026-01-05: vacation");
    }

    @Test
    void keyFiguresByHand() {
        // one agent needed 08:00-12:00 and A1 on the phones then, except for the break at 09:00
        ReportFigures figures = RosterReport.of(problem, roster).figures();

        assertThat(figures).extracting(ReportFigures::agents, ReportFigures::agentsWithShifts, ReportFigures::shifts,
                        ReportFigures::paidHours, ReportFigures::plannedHours, ReportFigures::shortfallHours,
                        ReportFigures::shortfallShare, ReportFigures::surplusHours)
                .containsExactly(2, 1, 1, 4.0, 4.0, 0.25, 0.0625, 0.0);
        assertThat(figures.bound()).isEmpty();
        assertThat(figures.violations()).isEmpty();
        assertThat(figures.serviceLevel()).isNaN();
        assertThat(figures.serviceTarget()).isEqualTo(ReportFigures.DEFAULT_SERVICE_TARGET);
        assertThat(figures.calls()).isEmpty();
        assertThat(figures.days()).hasSize(1);
        assertThat(figures.week().shortfallHours()).isEqualTo(0.25);
        assertThat(figures.coverage().planned().total()).isEqualTo(16);
        assertThat(figures.coverage().scheduled().total()).isEqualTo(15);
        assertThat(figures.coverage().serviceLevel()).isEmpty();
        // A1's 4 paid hours within the contract's 0 to 8; A2 on vacation
        assertThat(figures.agentHours()).containsExactly(new ReportFigures.AgentHours("A1", 4, 0, 8),
                new ReportFigures.AgentHours("A2", 0, 0, 8));
        assertThat(figures.agentHours()).allMatch(ReportFigures.AgentHours::withinContract);
    }

    @Test
    void boundInAgentHoursAndTheGap() {
        // shortfall 1 agent-interval, bound 0.5 of 16 planned: 0.125 agent-hours, gap 0.5 / 16
        Roster bounded = roster.withSummary(roster.summary().withBound(0.5, 16));
        ReportFigures.ShortfallBound bound = RosterReport.of(problem, bounded).figures().bound().orElseThrow();
        assertThat(bound.agentHours()).isEqualTo(0.125);
        assertThat(bound.gap()).isEqualTo(0.03125);
    }

    @Test
    void forecastHistoryServiceLevelAndComparisonWhenGiven() {
        IntervalSeries calls = constant(40);
        Forecast forecast = new Forecast("test", calls, Optional.of(constant(22.5)),
                Optional.of(constant(30)), Optional.of(constant(50)));
        IntervalSeries history = IntervalSeries.builder(ZoneOffset.UTC, TinyRoster.QUARTER)
                .add(TinyRoster.DAY.minusDays(7).atTime(8, 0), 38).add(TinyRoster.DAY.minusDays(7).atTime(8, 15), 41)
                .build();
        Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
        RosterReport report = RosterReport.of(problem, roster).withHistory(history).withForecast(forecast)
                .withServiceLevel(ServiceOutlook.serviceLevel(staffing, forecast, roster, 0), staffing.goal())
                .withComparison("Erlang A", constant(1));
        ReportFigures figures = report.figures();

        ReportFigures.CallSeries shown = figures.calls().orElseThrow();
        assertThat(shown.dates()).containsExactly(TinyRoster.DAY.minusDays(7), TinyRoster.DAY);
        assertThat(shown.history().orElseThrow().total()).isEqualTo(79);
        assertThat(shown.forecast().orElseThrow().lower()).isPresent();
        assertThat(figures.days().get(0).calls()).isEqualTo(640);
        // 1 agent for 1 Erlang all day: the expected service level is 0, against the goal's 80 %
        assertThat(figures.serviceLevel()).isZero();
        assertThat(figures.serviceTarget()).isEqualTo(0.8);
        assertThat(figures.coverage().serviceLevel().orElseThrow().size()).isEqualTo(16);
        assertThat(figures.coverage().comparison().orElseThrow().label()).isEqualTo("Erlang A");
        assertThat(figures.days().get(0).comparedHours()).isEqualTo(4);
        assertThat(report.html()).contains("Calls: history and forecast", "expected SL", "Erlang A agent-h");
    }

    @Test
    void forecastsOfTheProblemsQueuesGiveTheExpectedServiceLevelPerDayWithMissesInRed() {
        Forecast forecast = new Forecast("test", constant(40), Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        ServiceGoal goal = ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20));
        RosterReport report = RosterReport.of(problem, roster).withForecasts(java.util.Map.of("main", forecast), goal);
        // the same as the one queue's forecast and expected service level given by hand
        RosterReport byHand = RosterReport.of(problem, roster).withForecast(forecast).withServiceLevel(
                ServiceOutlook.serviceLevel(Staffing.of(goal), forecast, roster, problem.unplannedShrinkage()), goal);
        assertThat(report.serviceLevel()).isEqualTo(byHand.serviceLevel());
        assertThat(report.figures().days()).isEqualTo(byHand.figures().days());
        // 0 % against 80 %: the day's expected SL cell is red; one agent for one Erlang: the queue is overloaded,
        // its speed of answer infinite, the agent always busy
        assertThat(report.html()).contains("<td class=\"bad\">0.0%</td>", "<th>expected ASA s</th>",
                "<td class=\"bad\">- (16 intervals overloaded)</td><td>100.0%</td>", "Expected ASA: Erlang C's average wait");
        ServiceOutlook.Day monday = report.days().get(TinyRoster.DAY);
        assertThat(monday.asa()).isNaN(); // no stable interval: every quarter, A1's break (nobody there) too
        assertThat(monday.overloaded()).isEqualTo(16);
        assertThat(monday.occupancy()).isEqualTo(1.0);
        assertThat(byHand.days()).isEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RosterReport.requireForecastsOf(problem,
                java.util.Map.of("sales", forecast)))).hasMessageContaining("the forecast's queues (sales) are not the"
                + " problem's (main)");
        Forecast halfHours = new Forecast("test", IntervalSeries.builder(ZoneOffset.UTC, Duration.ofMinutes(30))
                .add(TinyRoster.DAY.atTime(8, 0), 80).build(), Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RosterReport.requireForecastsOf(problem,
                java.util.Map.of("main", halfHours)))).hasMessageContaining("on 30-minute intervals, the problem on"
                + " 15-minute ones");
    }

    @Test
    void expectedSpeedOfAnswerAndOccupancyOfAStableQueue() {
        // 20 calls of 22.5 s a quarter (half an Erlang) against A1: Erlang C with one agent, A = 0.5; no calls in
        // the quarter of A1's break, where nobody answers
        IntervalSeries calls = IntervalSeries.builder(ZoneOffset.UTC, TinyRoster.QUARTER).build();
        for (int i = 0; i < 16; i++) {
            LocalDateTime start = TinyRoster.DAY.atTime(8, 0).plus(TinyRoster.QUARTER.multipliedBy(i));
            if (!start.toLocalTime().equals(LocalTime.of(9, 0))) {
                calls = calls.plus(IntervalSeries.builder(ZoneOffset.UTC, TinyRoster.QUARTER).add(start, 20).build());
            }
        }
        Forecast forecast = new Forecast("test", calls, Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        ServiceGoal goal = ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20));
        ServiceOutlook.Day day = ServiceOutlook.of(Staffing.of(goal), java.util.Map.of("main", forecast), roster, 0)
                .days().get(TinyRoster.DAY);
        org.wfm.core.queue.ExpectedService one = Staffing.of(goal).evaluate(0.5, 22.5, 1);
        assertThat(day.asa()).isCloseTo(one.asa(), within(1e-9));
        assertThat(day.overloaded()).isZero();
        assertThat(day.occupancy()).isCloseTo(0.5, within(1e-9));
        assertThat(ServiceOutlook.Day.total(List.of(day, day)).asa()).isCloseTo(one.asa(), within(1e-9));
    }

    @Test
    void thePreviousRostersShiftIsDrawnOnTheFirstDay() {
        LocalDateTime sunday = TinyRoster.DAY.minusDays(1).atTime(22, 0);
        ScheduleProblem following = problem.withPrevious(List.of(new org.wfm.core.workforce.Shift("A1", "D", sunday,
                sunday.plusHours(4), List.of())));
        String html = RosterReport.of(following, TinyRoster.roster(following)).html();
        assertThat(html).contains("previous roster's shift",
                "<title>A1 D 2026-01-05 00:00-02:00 (the previous roster's shift of 2026-01-04 22:00)</title>");
        assertThat(RosterReport.of(problem, roster).html()).doesNotContain("previous roster");
    }

    @Test
    void paidHoursPerAgentAndAPrintableSheetPerDay() {
        String html = RosterReport.of(problem, roster).html();
        // A1 works 4 paid hours; A2 none, on vacation
        assertThat(html).contains("<h2>Paid hours per agent</h2>",
                "<tr><td>A1</td><td>1</td><td>4.0</td>", "<tr><td>A2</td><td>0</td><td>0.0</td>");
        assertThat(html).contains("<section class=\"sheet\"><h2>Mon 2026-01-05: 1 shift</h2>",
                "<td>A1</td><td>D</td><td>08:00</td><td>12:00</td><td>4.00</td><td class=\"left\">09:00-09:15 break</td>",
                "@media print");
        // without a forecast the day table says how much of the plan the roster covers
        assertThat(html).contains("<th>planned covered</th>", "<td class=\"bad\">93.8%</td>");
    }

    @Test
    void activitiesInTheChartTheTableAndTheDaySheet() {
        // A1's 4-hour shift holds a half-hour huddle at 10:00, so 10:00-10:30 is off the phones like the break
        ScheduleProblem withHuddle = problem.withActivities(List.of(Activity.together("huddle", Duration.ofMinutes(30),
                List.of("A1"), new Activity.Window(TinyRoster.DAY.atTime(9, 0), TinyRoster.DAY.atTime(12, 0)))));
        Shift shift = roster.shifts().get(0).withActivities(List.of(new ShiftActivity("huddle",
                TinyRoster.DAY.atTime(10, 0), TinyRoster.DAY.atTime(10, 30))));
        Roster held = new Roster(roster.name(), roster.score(), true, List.of(shift),
                RosterCheck.coverage(withHuddle, List.of(shift)),
                new RosterSummary(3, 0, 4, null, null).withActivities(withHuddle, List.of(shift)));
        RosterReport report = RosterReport.of(withHuddle, held);
        ReportFigures figures = report.figures();
        assertThat(figures.violations()).isEmpty();
        assertThat(figures.shortfallHours()).isEqualTo(0.75);
        assertThat(figures.activities()).singleElement().satisfies(a -> {
            assertThat(a.totals()).isEqualTo(new RosterSummary.ActivityTotals("huddle", 1, 1, 0));
            assertThat(a.invited()).isEqualTo(1);
            assertThat(a.sessions()).containsExactly(shift.activities().get(0));
            assertThat(a.byDay()).containsExactly(Map.entry(TinyRoster.DAY, 1));
        });

        String html = report.html();
        assertThat(html).contains("<h2>Activities</h2>\n<table>\n<tr><th>activity</th><th>kind</th><th>length</th>"
                        + "<th>attendees</th><th>sessions</th><th>attended</th><th>missing</th><th class=\"left\">when</th>",
                "<tr><td>huddle</td><td>together</td><td>30 min</td><td>1</td><td>1</td><td>1</td><td>0</td>"
                        + "<td class=\"left\">Mon 2026-01-05 10:00-10:30</td></tr>");
        // the chart: the shift's title names the huddle, its bar its own times; the legend its colour
        assertThat(html).contains("<title>A1 D 2026-01-05 08:00-12:00; break 09:00; huddle 10:00</title>",
                "class=\"act\"><title>A1 huddle 2026-01-05 10:00-10:30</title>", "activity (huddle)",
                ".act{fill:#d6338a}");
        assertThat(html).contains("<th class=\"left\">breaks</th><th class=\"left\">activities</th>",
                "<td class=\"left\">09:00-09:15 break</td><td class=\"left\">10:00-10:30 huddle</td>",
                "Scheduled: agents on shift and not on break or in an activity.");
        // without activities: no table, no legend entry, no sheet column
        String plain = RosterReport.of(problem, roster).html();
        assertThat(plain).doesNotContain("<h2>Activities</h2>", "activity (", "class=\"act\"",
                "<th class=\"left\">activities</th>", "or in an activity");
    }

    @Test
    void anActivityMissingSessionsShowsThemInRedCountedFromTheShifts() {
        // coaching for all: A1 has its quarter-hour, A2 (on vacation) none; the summary has no activity totals
        ScheduleProblem coached = problem.withActivities(List.of(Activity.perAgent("coaching", Duration.ofMinutes(15),
                List.of())));
        Shift shift = roster.shifts().get(0).withActivities(List.of(new ShiftActivity("coaching",
                TinyRoster.DAY.atTime(11, 0), TinyRoster.DAY.atTime(11, 15))));
        Roster roster1 = new Roster(roster.name(), roster.score(), true, List.of(shift),
                RosterCheck.coverage(coached, List.of(shift)), new RosterSummary(2, 0, 4, null, null));
        RosterReport report = RosterReport.of(coached, roster1);
        assertThat(report.figures().activities()).singleElement()
                .satisfies(a -> assertThat(a.totals()).isEqualTo(new RosterSummary.ActivityTotals("coaching", 1, 1, 1)));
        assertThat(report.html()).contains("<tr><td>coaching</td><td>1 per agent</td><td>15 min</td><td>2 (all)</td>"
                + "<td>1</td><td>1</td><td class=\"bad\">1</td><td class=\"left\">Mon 5/1: 1</td></tr>");
    }

    @Test
    void simulatedServiceLevelAsABandNextToTheExpectedOne() {
        // 5 calls of 22.5 s a quarter against A1, who leaves the phones for the break at 09:00
        Forecast forecast = new Forecast("test", constant(5), Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
        RosterReport expected = RosterReport.of(problem, roster).withForecast(forecast)
                .withServiceLevel(ServiceOutlook.serviceLevel(staffing, forecast, roster, 0), staffing.goal());
        SimulationResult result = simulate(forecast, 20);
        RosterReport report = expected.withSimulation(result);
        ReportFigures.SimulatedService simulated = report.figures().simulated().orElseThrow();
        String html = report.html();

        // the band and the mean on the service-level chart, named in its legend, beside the expected level
        assertThat(html).contains("<h2>Service level per interval</h2>", "class=\"sim-band\"/>", "class=\"sim\"/>",
                "simulated, 20 replications, 95 % band", "simulated mean (nobody absent)",
                "expected SL (0% absent)</span>");
        assertThat(html).containsPattern("<polygon points=\"[^\"]+\" class=\"sim-band\"/>");
        String without = expected.html();
        assertThat(without).doesNotContain("class=\"sim-band\"", "class=\"sim\"", "simulated",
                "Service level per interval");
        assertThat(expected.figures().simulated()).isEmpty();

        // the week's simulated service level in the key figures and in the day table's day and week rows
        Estimate week = result.serviceLevel();
        String shown = String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", 100 * week.mean(),
                100 * Math.max(0, week.low()), 100 * Math.min(1, week.high()));
        assertThat(html).contains("<b>" + shown + "</b><span>simulated service level (20 replications, nobody absent)"
                + "</span>", "<th>expected SL</th><th>simulated SL</th>");
        // one day: its row shows the day's estimate, which is the week's
        Estimate day = result.byDay().stream().filter(r -> r.queue().equals("all")).findFirst().orElseThrow()
                .serviceLevel();
        assertThat(day).isEqualTo(week);
        assertThat(html.split("<td>" + Pattern.quote(shown) + "</td>", -1)).hasSize(3);
        assertThat(simulated.replications()).isEqualTo(20);
        assertThat(simulated.week().mean()).isEqualTo(week.mean());

        // per interval: the mean of the "all" rows with calls, the interval clipped to [0, 1]
        List<SimulationResult.Row> rows = result.byInterval().stream().filter(r -> r.queue().equals("all")).toList();
        int clipped = 0;
        for (SimulationResult.Row row : rows) {
            LocalDateTime start = row.start().toLocalDateTime();
            Estimate level = row.serviceLevel();
            if (!level.defined()) {
                assertThat(simulated.mean().contains(start)).as(start + " has no calls").isFalse();
                continue;
            }
            assertThat(simulated.mean().get(start)).hasValue(level.mean());
            assertThat(simulated.low().get(start)).hasValue(Math.max(0, level.low()));
            assertThat(simulated.high().get(start)).hasValue(Math.min(1, level.high()));
            clipped += level.low() < 0 || level.high() > 1 ? 1 : 0;
        }
        assertThat(simulated.mean().size()).isEqualTo(16);
        assertThat(clipped).as("intervals whose band reaches past [0, 1]: " + rows).isPositive();
    }

    @Test
    void noBandFromOneReplication() {
        // one replication gives each interval a mean but no interval: the band is left out, the mean drawn
        Forecast forecast = new Forecast("test", constant(20), Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        SimulationResult result = simulate(forecast, 1);
        RosterReport report = RosterReport.of(problem, roster).withSimulation(result);
        ReportFigures.SimulatedService simulated = report.figures().simulated().orElseThrow();
        assertThat(simulated.mean().size()).isEqualTo(16);
        assertThat(simulated.low().isEmpty()).isTrue();
        assertThat(simulated.high().isEmpty()).isTrue();
        String html = report.html();
        assertThat(html).contains("class=\"sim\"/>", "simulated, 1 replication, 95 % band")
                .doesNotContain("class=\"sim-band\"", "expected SL (");
        String mean = String.format(Locale.ROOT, "%.1f%%", 100 * result.serviceLevel().mean());
        assertThat(html).contains("<b>" + mean + "</b><span>simulated service level (1 replication, nobody absent)");
    }

    @Test
    void serviceLevelColouredAgainstTheGoalsTarget() {
        assertThat(ReportFigures.serviceTarget(Optional.of(ServiceGoal.serviceLevel(0.95, Duration.ofSeconds(30)))))
                .isEqualTo(0.95);
        // no service-level target in an ASA goal, and no goal at all: the conventional 80 %
        assertThat(ReportFigures.serviceTarget(Optional.of(ServiceGoal.asa(Duration.ofSeconds(15))))).isEqualTo(0.8);
        assertThat(ReportFigures.serviceTarget(Optional.empty())).isEqualTo(0.8);

        ServiceStrip strict = new ServiceStrip(constant(0.9), 0.95);
        assertThat(strict.closeFloor()).isEqualTo(0.75);
        assertThat(strict.legendNote()).contains("&ge; 95%", "75-95%", "&lt; 75%");
        assertThat(new ServiceStrip(constant(0.9), 0.8).closeFloor()).isEqualTo(0.6);
    }

    @Test
    void violationsCountedWhenTheRosterBreaksARule() {
        Roster broken = new Roster(roster.name(), roster.score(), true,
                List.of(roster.shifts().get(0), roster.shifts().get(0)), roster.coverage(), roster.summary());
        ReportFigures figures = RosterReport.of(problem, broken).figures();
        assertThat(figures.violations()).isNotEmpty()
                .anySatisfy(v -> assertThat(v.toString()).startsWith("oneShiftPerDay [A1]"));
        assertThat(figures.shifts()).isEqualTo(2);
        assertThat(figures.agentHours().get(0).paidHours()).isEqualTo(8);
    }

    @Test
    void writesThePageToAFile() throws IOException {
        Path file = dir.resolve("report.html");
        RosterReport.write(file, problem, roster);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(RosterReport.of(problem, roster).html());
    }

    @Test
    void dailySummaryByHand() {
        DailySummary day = DailySummary.of(problem, roster, Optional.of(constant(40)), Optional.empty(),
                Optional.empty()).get(0);
        assertThat(day.date()).isEqualTo(TinyRoster.DAY);
        assertThat(day.calls()).isEqualTo(640);
        assertThat(day.requiredHours()).isEqualTo(4);
        assertThat(day.plannedHours()).isEqualTo(4);
        assertThat(day.scheduledHours()).isEqualTo(3.75);
        assertThat(day.shortfallHours()).isEqualTo(0.25);
        assertThat(day.surplusHours()).isZero();
        assertThat(day.paidHours()).isEqualTo(4);
        assertThat(day.shifts()).isEqualTo(1);
        assertThat(day.comparedHours()).isNaN();
        assertThat(day.serviceLevel()).isNaN();
        assertThat(DailySummary.table(List.of(day), null)).contains("Mon 2026-01-05", "week", "640", "3.8", "0.3");
    }

    @Test
    void serviceOutlookInterpolatesBetweenWholeAgents() {
        // 40 calls of 22.5 s in 15 minutes: 1 Erlang; the roster has one agent on the phones except at 09:00
        IntervalSeries calls = constant(40);
        Forecast forecast = new Forecast("test", calls, Optional.of(constant(22.5)), Optional.empty(),
                Optional.empty());
        Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
        IntervalSeries full = ServiceOutlook.serviceLevel(staffing, forecast, roster, 0);
        LocalDateTime eight = TinyRoster.DAY.atTime(8, 0);
        LocalDateTime nine = TinyRoster.DAY.atTime(9, 0);
        assertThat(full.size()).isEqualTo(16);
        // one agent for one Erlang is an unstable queue under Erlang C: SL 0; nobody at 09:00: SL 0 too
        assertThat(full.get(eight)).hasValue(0);
        assertThat(full.get(nine)).hasValue(0);

        Roster two = withTwoAgents();
        IntervalSeries halfThere = ServiceOutlook.serviceLevel(staffing, forecast, two, 0.25);
        double one = staffing.evaluate(1, 22.5, 1).serviceLevel();
        double both = staffing.evaluate(1, 22.5, 2).serviceLevel();
        // 2 scheduled x (1 - 0.25) = 1.5 present: halfway between the service of 1 and 2 agents
        assertThat(halfThere.get(eight).orElseThrow()).isCloseTo((one + both) / 2, within(1e-12));
        assertThat(both).isGreaterThan(0.8);
    }

    @Test
    void autumnDstNightCountsTheRepeatedHourOnce() {
        // 25 October 2026 in Amsterdam: 02:00-03:00 happens twice; a 6-hour shift from 00:00 ends at 05:00 local
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        LocalDate night = LocalDate.of(2026, 10, 25);
        IntervalSeries.Builder required = IntervalSeries.builder(amsterdam, TinyRoster.QUARTER);
        for (LocalDateTime t = night.atStartOfDay(); t.isBefore(night.atTime(6, 0)); t = t.plus(TinyRoster.QUARTER)) {
            required.add(t, 1);
            if (t.getHour() == 2) {
                required.add(t, 1); // the second 02:xx, at the later offset
            }
        }
        var type = ShiftType.of("N", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                TinyRoster.QUARTER, Duration.ofHours(6));
        var agent = Agent.of("N1", Contract.NONE, "N");
        ScheduleProblem dst = ScheduleProblem.of("dst", TinyRoster.QUARTER, night, 1, required.build(), List.of(type),
                List.of(agent));
        var shift = new Shift("N1", "N", night.atStartOfDay(), night.atTime(5, 0), List.of());
        Roster nightRoster = new Roster("dst", "0hard/0medium/0soft", true, List.of(shift),
                RosterCheck.coverage(dst, List.of(shift)), new RosterSummary(4, 0, 6, null, null));

        RosterReport report = RosterReport.of(dst, nightRoster);
        ReportFigures figures = report.figures();
        assertThat(figures.violations()).isEmpty();
        DailySummary day = figures.days().get(0);
        assertThat(day.requiredHours()).isEqualTo(7);
        assertThat(day.scheduledHours()).isEqualTo(6);
        assertThat(day.shortfallHours()).isEqualTo(1);
        assertThat(figures.agentHours().get(0).paidHours()).isEqualTo(6);
        // the timeline draws the night by its local times
        assertThat(report.html()).contains("<title>N1 N 2026-10-25 00:00-05:00</title>");
    }

    /** The roster simulated against the forecast calls, {@code replications} times from seed 1, 80/20. */
    private SimulationResult simulate(Forecast forecast, int replications) {
        return Simulation.of(Arrivals.forecast(forecast.calls(), forecast.aht().orElseThrow(), Double.NaN),
                        Duty.roster(problem, roster)).withReplications(replications).withSeed(1)
                .run(KpiDefinitions.defaults().withAnswerWithin(Duration.ofSeconds(20)));
    }

    private Roster withTwoAgents() {
        var shift = roster.shifts().get(0);
        var second = new Shift("A2", "D", shift.start(), shift.end(), shift.breaks());
        return new Roster(roster.name(), roster.score(), true, List.of(shift, second),
                RosterCheck.coverage(problem, List.of(shift, second)), roster.summary());
    }

    private static IntervalSeries constant(double value) {
        IntervalSeries.Builder series = IntervalSeries.builder(ZoneOffset.UTC, TinyRoster.QUARTER);
        for (int i = 0; i < 16; i++) {
            series.add(TinyRoster.DAY.atTime(8, 0).plus(TinyRoster.QUARTER.multipliedBy(i)), value);
        }
        return series.build();
    }
}

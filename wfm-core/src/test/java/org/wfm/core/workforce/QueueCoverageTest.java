package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueCoverageTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    /** Queues service (weight 1) and sales (weight 2) 08:00-10:00; A1 service only, A2 both, A3 sales only. */
    private static ScheduleProblem problem() {
        ShiftType day = ShiftType.of("D", LocalTime.of(8, 0), LocalTime.of(8, 0), HOUR, Duration.ofHours(2));
        IntervalSeries service = IntervalSeries.of(UTC, HOUR, Map.of(t("2026-01-05T08:00"), 2.0,
                t("2026-01-05T09:00"), 1.0));
        IntervalSeries sales = IntervalSeries.of(UTC, HOUR, Map.of(t("2026-01-05T08:00"), 1.0,
                t("2026-01-05T09:00"), 1.0));
        return ScheduleProblem.ofQueues("q", UTC, HOUR, MONDAY, 1,
                List.of(QueueDemand.of("service", service), new QueueDemand("sales", 2, sales)), 0,
                List.of(day), List.of(Agent.of("A1", Contract.NONE, "D").withSkills("service"),
                        Agent.of("A2", Contract.NONE, "D").withSkills("service", "sales"),
                        Agent.of("A3", Contract.NONE, "D").withSkills("sales")));
    }

    private static Shift shift(String agent) {
        return new Shift(agent, "D", t("2026-01-05T08:00"), t("2026-01-05T10:00"), List.of());
    }

    private static Roster roster(ScheduleProblem p, List<Shift> shifts) {
        List<Coverage> coverage = RosterCheck.coverage(p, shifts);
        return new Roster("q", "", true, shifts, coverage, RosterSummary.of(coverage, 2.0 * shifts.size()));
    }

    @Test
    void theRequirementsAreTheQueuesSumAndEveryAgentHasItsSkills() {
        ScheduleProblem p = problem();
        assertThat(p.hasQueues()).isTrue();
        assertThat(p.requirements().values()).containsExactly(3, 2);
        assertThat(p.skillMasks()).containsExactly(1, 3, 2);
        assertThat(p.toString()).contains("2 queues");
    }

    @Test
    void coverageSharesTheAgentsOutPerQueueHeavierQueueFirst() {
        ScheduleProblem p = problem();
        // A1 and A2 on: sales (weight 2) takes A2, service keeps A1 and is one short at 08:00
        Roster r = roster(p, List.of(shift("A1"), shift("A2")));
        List<Coverage> at8 = r.coverage().subList(8 * 2, 8 * 2 + 2);
        assertThat(at8).extracting(Coverage::queue).containsExactly("service", "sales");
        assertThat(at8).extracting(Coverage::scheduled).containsExactly(1.0, 1.0);
        assertThat(r.summary().shortfall()).isEqualTo(1);
        assertThat(r.summary().byQueue()).containsExactly(new RosterSummary.QueueTotals("service", 1, 0),
                new RosterSummary.QueueTotals("sales", 0, 0));
        assertThat(RosterCheck.check(p, r)).isEmpty();
    }

    @Test
    void theCheckRefusesASplitThatIsNotTheBestOrNotPossible() {
        ScheduleProblem p = problem();
        Roster good = roster(p, List.of(shift("A1"), shift("A2")));
        // the same agents, but A2 reported on service: sales (weight 2) left short where it need not be
        List<Coverage> worse = new ArrayList<>(good.coverage());
        worse.set(16, new Coverage(t("2026-01-05T08:00"), "service", 2, 2));
        worse.set(17, new Coverage(t("2026-01-05T08:00"), "sales", 1, 0));
        assertThat(RosterCheck.check(p, new Roster("q", "", true, good.shifts(), worse, RosterSummary.of(worse, 4))))
                .extracting(RosterCheck.Violation::rule).contains(Rule.COVERAGE_REPORTED);
        // A1 reported on sales, a skill A1 does not have
        List<Coverage> impossible = new ArrayList<>(good.coverage());
        impossible.set(16, new Coverage(t("2026-01-05T08:00"), "service", 2, 0));
        impossible.set(17, new Coverage(t("2026-01-05T08:00"), "sales", 1, 2));
        assertThat(RosterCheck.check(p, new Roster("q", "", true, good.shifts(), impossible,
                RosterSummary.of(impossible, 4)))).extracting(RosterCheck.Violation::detail)
                .contains("interval 2026-01-05T08:00: queues sales get 2.0 agents, only 1 are skilled for them");
        // a summary whose byQueue disagrees with the rows
        Roster lying = good.withSummary(new RosterSummary(1, 0, 4, null, null,
                List.of(new RosterSummary.QueueTotals("service", 0, 0), new RosterSummary.QueueTotals("sales", 1, 0))));
        assertThat(RosterCheck.check(p, lying)).extracting(RosterCheck.Violation::rule)
                .containsExactly(Rule.SUMMARY_REPORTED);
    }

    @Test
    void problemAndRosterReadBackAsWritten() throws Exception {
        ScheduleProblem p = problem();
        Path dir = Files.createTempDirectory("queues");
        ScheduleProblemJson.write(p, dir.resolve("p.json"));
        String json = Files.readString(dir.resolve("p.json"));
        assertThat(json).contains("\"queues\"").contains("\"skills\"").contains("\"queue\" : \"sales\"");
        assertThat(ScheduleProblemJson.read(dir.resolve("p.json"))).isEqualTo(p);
        Roster r = roster(p, List.of(shift("A1"), shift("A2"), shift("A3")));
        RosterJson.write(r, dir.resolve("r.json"));
        assertThat(RosterJson.read(dir.resolve("r.json"))).isEqualTo(r);
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"byQueue\"");
    }

    private static String problemJson(String queues, String agents, String requirements) {
        return "{\"interval\": \"PT1H\", \"start\": \"2026-01-05\", \"days\": 1, " + queues
                + "\"requirements\": " + requirements + ", \"shiftTypes\": [{\"id\": \"D\", \"earliestStart\": "
                + "\"08:00\", \"latestStart\": \"08:00\", \"startStep\": \"PT1H\", \"length\": \"PT2H\"}], "
                + "\"agents\": " + agents + "}";
    }

    private static String failure(String json) {
        try {
            ScheduleProblemJson.read("p.json", new StringReader(json), Path.of("."));
        } catch (InputFormatException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("expected an InputFormatException, got " + e, e);
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void badQueuesAndSkillsAreRefusedNamingTheQueue() {
        String rows = "[{\"start\": \"2026-01-05T08:00\", \"required\": 1, \"queue\": \"sales\"}, "
                + "{\"start\": \"2026-01-05T08:00\", \"required\": 2, \"queue\": \"service\"}]";
        assertThat(failure(problemJson("", "[{\"id\": \"A1\", \"shiftTypes\": [\"D\"], \"skills\": [\"vip\"]}]", rows)))
                .isEqualTo("p.json: agent A1: skill 'vip' names no queue (queues: sales, service)");
        assertThat(failure(problemJson("", "[{\"id\": \"A1\", \"shiftTypes\": [\"D\"], \"skills\": [\"sales\"]}]",
                rows))).isEqualTo("p.json: queue service has requirements but no agent has the skill; add it to "
                + "some agent's skills");
        assertThat(failure(problemJson("\"queues\": [{\"id\": \"sales\"}], ", "[]", rows)))
                .isEqualTo("p.json [requirements]: a requirement names queue 'service', which is not in queues (sales)");
        assertThat(failure(problemJson("\"queues\": [{\"id\": \"sales\", \"weight\": 0}], ", "[]", rows)))
                .startsWith("p.json [queues[0]]: queue sales: weight must be above 0");
        assertThat(failure(problemJson("", "[]", "[{\"start\": \"2026-01-05T08:00\", \"required\": 1, "
                + "\"queue\": \"sales\"}, {\"start\": \"2026-01-05T09:00\", \"required\": 1}]")))
                .isEqualTo("p.json [requirements[1].queue]: missing: other rows name their queue, so every row must");
    }
}

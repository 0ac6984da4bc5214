package org.wfm.examples.sample;

import org.junit.jupiter.api.Test;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCentreTest {

    private static final History HISTORY = SampleCentre.standard().history();

    @Test
    void sameSeedSameHistoryWithKnownValues() {
        assertThat(SampleCentre.standard().history()).isEqualTo(HISTORY);
        LocalDateTime wednesdayPeak = LocalDateTime.of(2026, 5, 27, 10, 30);
        assertThat(HISTORY.offered().get(wednesdayPeak)).hasValue(95);
        assertThat(HISTORY.aht().orElseThrow().get(wednesdayPeak)).hasValue(335);
        assertThat(HISTORY.offered().dailyTotals().get(LocalDate.of(2026, 5, 25))).isEqualTo(3634);
        assertThat(HISTORY.offered().total()).isEqualTo(225_520);
    }

    @Test
    void otherSeedOtherHistory() {
        assertThat(SampleCentre.withSeed(1).history().offered()).isNotEqualTo(HISTORY.offered());
    }

    @Test
    void aDayReadsTheSameWhateverTheRange() {
        LocalDate day = LocalDate.of(2026, 4, 15);
        History alone = SampleCentre.standard().history(day, day.plusDays(1));
        assertThat(alone.offered()).isEqualTo(HISTORY.offered().between(day, day.plusDays(1)));
    }

    @Test
    void thirteenWeeksOfOpenIntervalsAcrossTheSpringDstChange() {
        assertThat(HISTORY.firstDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(HISTORY.lastDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(HISTORY.offered().dates()).hasSize(13 * 7);
        Map<LocalDate, Double> totals = HISTORY.offered().dailyTotals();
        for (LocalDate date : totals.keySet()) {
            IntervalSeries day = HISTORY.offered().between(date, date.plusDays(1));
            SampleCentre.OpeningHours hours = SampleCentre.openingHours(date.getDayOfWeek());
            int expected = switch (date.getDayOfWeek()) {
                case SATURDAY -> 40;
                case SUNDAY -> 32;
                default -> 60;
            };
            assertThat(day.size()).as("intervals on %s", date).isEqualTo(expected);
            assertThat(day.start(0).toLocalTime()).isEqualTo(hours.open());
            assertThat(day.start(day.size() - 1).toLocalTime()).isEqualTo(hours.close().minusMinutes(15));
        }
        // 29 March 2026 has 23 hours in Amsterdam; the centre opens at 09:00 as on any Sunday
        LocalDate dstDay = LocalDate.of(2026, 3, 29);
        assertThat(HISTORY.offered().between(dstDay, dstDay.plusDays(1)).size()).isEqualTo(32);
    }

    @Test
    void weekdaysAreBusierThanWeekendsWithTwoPeaks() {
        double mondays = meanDaily(DayOfWeek.MONDAY);
        double sundays = meanDaily(DayOfWeek.SUNDAY);
        assertThat(mondays).isGreaterThan(meanDaily(DayOfWeek.WEDNESDAY)).isGreaterThan(3 * sundays);
        double morning = meanHour(10);
        double lunch = meanHour(12);
        double afternoon = meanHour(14);
        assertThat(morning).isGreaterThan(1.2 * lunch);
        assertThat(afternoon).isGreaterThan(1.1 * lunch);
        assertThat(meanHour(21)).isLessThan(0.5 * lunch);
    }

    @Test
    void handleTimesAreRecordedWhereCallsArrived() {
        IntervalSeries aht = HISTORY.aht().orElseThrow();
        for (int i = 0; i < aht.size(); i++) {
            assertThat(aht.value(i)).isBetween(90.0, 1000.0);
            assertThat(HISTORY.offered().get(aht.start(i)).orElseThrow()).isPositive();
        }
        double weighted = 0;
        for (int i = 0; i < aht.size(); i++) {
            weighted += aht.value(i) * HISTORY.offered().get(aht.start(i)).orElseThrow();
        }
        assertThat(weighted / HISTORY.offered().total()).isBetween(295.0, 320.0);
    }

    @Test
    void teamOfAHundredWithSkillsVacationAndReachableContracts() {
        SampleCentre centre = SampleCentre.standard();
        List<Agent> team = centre.team(SampleCentre.DEMO_WEEK);
        assertThat(team).hasSize(100);
        assertThat(team).filteredOn(a -> a.allows("FT8")).hasSize(70);
        assertThat(team).filteredOn(a -> a.skills().equals(List.of(SampleCentre.SERVICE))).hasSize(60);
        assertThat(team).filteredOn(a -> a.skills().equals(List.of(SampleCentre.SALES))).hasSize(10);
        assertThat(team).filteredOn(a -> a.skills().size() == 2).hasSize(30);
        long vacationDays = team.stream().mapToLong(a -> a.timeOff().size()).sum();
        assertThat((double) vacationDays / (7 * team.size())).isBetween(0.04, 0.12);
        assertThat(team).filteredOn(a -> !a.unavailable().isEmpty()).hasSize(7);
        List<ShiftType> types = SampleCentre.shiftTypes();
        for (Agent agent : team) {
            int free = 7 - agent.timeOff().size();
            double longest = types.stream().filter(t -> agent.allows(t.id())).mapToDouble(ShiftType::paidHours).max()
                    .orElseThrow();
            assertThat(agent.contract().minHours()).as(agent.id())
                    .isLessThanOrEqualTo(Math.min(free, agent.contract().maxDays()) * longest);
        }
        assertThat(centre.team(SampleCentre.DEMO_WEEK)).isEqualTo(team);
    }

    @Test
    void problemOfTheDemoWeek() {
        IntervalSeries.Builder required = IntervalSeries.builder(SampleCentre.ZONE, SampleCentre.INTERVAL);
        for (LocalDateTime start : SampleCentre.openIntervals(SampleCentre.DEMO_WEEK)) {
            required.add(start, 10);
        }
        IntervalSeries each = required.build();
        ScheduleProblem problem = SampleCentre.standard().problem(SampleCentre.DEMO_WEEK,
                Map.of(SampleCentre.SALES, each, SampleCentre.SERVICE, each));
        assertThat(problem.queueIds()).containsExactly(SampleCentre.SERVICE, SampleCentre.SALES);
        assertThat(problem.days()).isEqualTo(7);
        assertThat(problem.unplannedShrinkage()).isEqualTo(0.06);
        assertThat(problem.requirements().size()).isEqualTo(60);
        assertThat(problem.requirements().total()).isEqualTo(2 * 60 * 10);
        assertThat(problem.shiftTypes()).extracting(ShiftType::id).containsExactly("FT8", "PT6", "PT4");
        assertThat(problem.shiftType("FT8").orElseThrow().paidHours()).isEqualTo(8);
        assertThat(problem.shiftType("FT8").orElseThrow().latestStart()).isEqualTo(LocalTime.of(13, 30));
        assertThat(problem.activities()).isEqualTo(SampleCentre.standard().activities(SampleCentre.DEMO_WEEK));
    }

    @Test
    void theDemoWeeksTeamMeetingAndCoachingTakeOnlyAgentsWhoCanAttend() {
        LocalDate monday = SampleCentre.DEMO_WEEK;
        List<Agent> team = SampleCentre.standard().team(monday);
        List<Activity> activities = SampleCentre.standard().activities(monday);
        assertThat(activities).extracting(Activity::id).containsExactly(SampleCentre.TEAM_MEETING, SampleCentre.COACHING);

        Activity meeting = activities.get(0);
        assertThat(meeting.together()).isTrue();
        assertThat(meeting.length()).hasMinutes(60);
        assertThat(meeting.minAttendance()).isEqualTo(1.0);
        // the first ten agents free all of Tuesday to Thursday: A004, A008 and A010 have vacation then
        assertThat(meeting.attendees()).containsExactly("A001", "A002", "A003", "A005", "A006", "A007", "A009", "A011",
                "A012", "A013");
        assertThat(meeting.windows()).containsExactly(
                new Activity.Window(LocalDateTime.of(2026, 6, 2, 9, 0), LocalDateTime.of(2026, 6, 2, 17, 0)),
                new Activity.Window(LocalDateTime.of(2026, 6, 3, 9, 0), LocalDateTime.of(2026, 6, 3, 17, 0)),
                new Activity.Window(LocalDateTime.of(2026, 6, 4, 9, 0), LocalDateTime.of(2026, 6, 4, 17, 0)));
        for (String id : meeting.attendees()) {
            Agent agent = team.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            assertThat(agent.unavailable()).as(id).isEmpty();
            for (int d = 1; d <= 3; d++) {
                assertThat(agent.isOff(monday.plusDays(d))).as(id + " on day " + d).isFalse();
            }
        }
        List<String> skipped = team.stream().map(Agent::id).limit(13).filter(id -> !meeting.attendees().contains(id))
                .toList();
        assertThat(skipped).containsExactly("A004", "A008", "A010");
        for (String id : skipped) {
            Agent agent = team.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            assertThat(List.of(1, 2, 3)).as(id).anyMatch(d -> agent.isOff(monday.plusDays(d)));
        }

        Activity coaching = activities.get(1);
        assertThat(coaching.together()).isFalse();
        assertThat(coaching.length()).hasMinutes(30);
        assertThat(coaching.perAgent()).isEqualTo(1);
        assertThat(coaching.windows()).hasSize(5).allMatch(w -> w.start().toLocalTime().equals(LocalTime.of(8, 0))
                && w.end().toLocalTime().equals(LocalTime.of(18, 0)) && w.start().toLocalDate().equals(w.end().toLocalDate())
                && w.start().getDayOfWeek().getValue() <= 5);
        // every agent with a weekday free of vacation, so not "all": eight agents are away the whole week
        assertThat(coaching.forAll()).isFalse();
        assertThat(coaching.attendees()).hasSize(92);
        for (Agent agent : team) {
            boolean works = monday.datesUntil(monday.plusDays(5)).anyMatch(d -> !agent.isOff(d));
            assertThat(coaching.attendees().contains(agent.id())).as(agent.id()).isEqualTo(works);
        }
    }

    @Test
    void theSalesQueueHasItsOwnDaysShapeAndHandleTime() {
        Map<String, History> queues = SampleCentre.standard().histories();
        assertThat(queues.keySet()).containsExactly(SampleCentre.SERVICE, SampleCentre.SALES);
        assertThat(queues.get(SampleCentre.SERVICE)).isEqualTo(HISTORY);
        History sales = queues.get(SampleCentre.SALES);
        assertThat(sales.offered().starts()).isEqualTo(HISTORY.offered().starts());
        double ratio = sales.offered().total() / HISTORY.offered().total();
        assertThat(ratio).isBetween(0.15, 0.25);
        // after work: sales peaks at 19:00 where service has passed its peaks
        assertThat(meanHour(sales.offered(), 19)).isGreaterThan(meanHour(sales.offered(), 10));
        assertThat(meanHour(HISTORY.offered(), 19)).isLessThan(meanHour(HISTORY.offered(), 10));
        IntervalSeries aht = sales.aht().orElseThrow();
        double weighted = 0;
        for (int i = 0; i < aht.size(); i++) {
            weighted += aht.value(i) * sales.offered().get(aht.start(i)).orElseThrow();
        }
        assertThat(weighted / sales.offered().total()).isBetween(410.0, 450.0);
        assertThat(SampleCentre.standard().history(SampleCentre.SALES, LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 4, 16)).offered()).isEqualTo(sales.offered().between(LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 4, 16)));
    }

    @Test
    void anUnknownQueueIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleCentre.standard().history("vip", LocalDate.of(2026, 4, 15),
                        LocalDate.of(2026, 4, 16)))
                .withMessageContaining("no queue 'vip'");
    }

    private static double meanDaily(DayOfWeek day) {
        return HISTORY.offered().dailyTotals().entrySet().stream().filter(e -> e.getKey().getDayOfWeek() == day)
                .mapToDouble(Map.Entry::getValue).average().orElseThrow();
    }

    /** Mean calls per interval in the hour starting at {@code hour} on weekdays, of the service queue. */
    private static double meanHour(int hour) {
        return meanHour(HISTORY.offered(), hour);
    }

    /** Mean calls per interval in the hour starting at {@code hour} on weekdays. */
    private static double meanHour(IntervalSeries offered, int hour) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < offered.size(); i++) {
            LocalDateTime start = offered.start(i);
            if (start.getHour() == hour && start.getDayOfWeek().getValue() <= 5) {
                sum += offered.value(i);
                n++;
            }
        }
        return sum / n;
    }
}

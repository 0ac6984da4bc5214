package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration QUARTER = Duration.ofMinutes(15);
    /** Starts every 30 minutes from 01:00 to 03:30: 02:00 and 02:30 fall in both DST changes of 2026. */
    private static final ShiftType NIGHT = ShiftType.of("N", LocalTime.of(1, 0), LocalTime.of(3, 30),
            Duration.ofMinutes(30), Duration.ofHours(4));

    private static Timeline week(LocalDate start) {
        ScheduleProblem problem = new ScheduleProblem("dst", BERLIN, QUARTER, start, 7,
                IntervalSeries.of(BERLIN, QUARTER, Map.of()), 0, List.of(NIGHT),
                List.of(Agent.of("A1", Contract.NONE, "N")));
        return Timeline.of(problem);
    }

    @Test
    void springDayHasNoStartsInTheGapAndFourQuartersLess() {
        Timeline timeline = week(LocalDate.of(2026, 3, 23));
        assertThat(timeline.size()).isEqualTo(7 * 96 - 4);
        assertThat(timeline.shiftStarts(NIGHT, LocalDate.of(2026, 3, 29))).extracting(LocalDateTime::toLocalTime)
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(3, 0), LocalTime.of(3, 30));
    }

    @Test
    void autumnOverlapStartsOnceAtTheEarlierOffset() {
        Timeline timeline = week(LocalDate.of(2026, 10, 19));
        LocalDate sunday = LocalDate.of(2026, 10, 25);
        assertThat(timeline.size()).isEqualTo(7 * 96 + 4);
        List<LocalDateTime> starts = timeline.shiftStarts(NIGHT, sunday);
        assertThat(starts).hasSize(6);
        LocalDateTime twoThirty = sunday.atTime(2, 30);
        long earlier = ZonedDateTime.ofLocal(twoThirty, BERLIN, null).withEarlierOffsetAtOverlap().toEpochSecond();
        assertThat(timeline.epochOf(twoThirty)).isEqualTo(earlier);
        // 01:00 local is 6 days and 1 hour after the horizon's start; 03:00 is 4 quarters more than a plain day
        assertThat(timeline.indexAt(sunday.atTime(1, 0))).isEqualTo(6 * 96 + 4);
        assertThat(timeline.indexAt(sunday.atTime(3, 0))).isEqualTo(6 * 96 + 12 + 4);
        assertThat(timeline.localAt(timeline.indexAt(twoThirty))).isEqualTo(twoThirty);
    }

    @Test
    void breakSlotsRoundInwardOntoTheGrid() {
        BreakRule rule = BreakRule.paid("break", QUARTER, Duration.ofMinutes(50), Duration.ofMinutes(130));
        assertThat(rule.slots(QUARTER)).isEqualTo(new BreakRule.Slots(4, 8, 1));
        assertThat(rule.slots(QUARTER).positions()).isEqualTo(5);
        assertThat(BreakRule.paid("b", QUARTER, Duration.ofMinutes(50), Duration.ofMinutes(55)).slots(QUARTER)
                .positions()).isZero();
    }
}

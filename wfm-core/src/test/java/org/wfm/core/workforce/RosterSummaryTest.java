package org.wfm.core.workforce;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What JShell prints of a roster's totals: rounded as a planner reads them. */
class RosterSummaryTest {

    @Test
    void printsRoundedFigures() {
        RosterSummary summary = new RosterSummary(31.702127659574515, 1813.2978723404244, 2614.0, null, null)
                .withBound(6.808511, 8023.4);
        assertThat(summary).hasToString("RosterSummary[shortfall 31.7, surplus 1813.3 agent-intervals, 2614.0 paid"
                + " hours, bound 6.8, gap 0.31 %]");
        RosterSummary queues = RosterSummary.of(List.of(new Coverage(LocalDateTime.of(2026, 6, 1, 10, 0), "sales",
                2.5, 1.25)), 8);
        assertThat(queues).hasToString("RosterSummary[shortfall 1.3, surplus 0.0 agent-intervals, 8.0 paid hours,"
                + " [sales: shortfall 1.3, surplus 0.0]]");
        assertThat(new Coverage(LocalDateTime.of(2026, 6, 1, 10, 0), 54.255319148936174, 49))
                .hasToString("2026-06-01T10:00: planned 54.26, scheduled 49");
        assertThat(new Coverage(LocalDateTime.of(2026, 6, 1, 10, 0), "sales", 2.5, 1.25))
                .hasToString("2026-06-01T10:00 sales: planned 2.50, scheduled 1.25");
    }
}

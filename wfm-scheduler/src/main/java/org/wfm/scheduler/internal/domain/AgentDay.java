package org.wfm.scheduler.internal.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed part of one agent's day: the shift starts open to the agent (allowed types, not on time off, not
 * touching unavailable windows), the window positions of each break slot, and the horizon's intervals.
 *
 * @param agent       the agent
 * @param day         day index in the horizon
 * @param date        local date
 * @param starts      possible shift starts
 * @param breakRanges per break slot, the positions {@code 0..n-1} (n = widest window among {@code starts})
 * @param intervals   number of intervals in the horizon
 */
public record AgentDay(AgentRules agent, int day, LocalDate date, List<ShiftStart> starts,
                       List<List<Integer>> breakRanges, int intervals) {

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return agent.id() + "/" + date;
    }
}

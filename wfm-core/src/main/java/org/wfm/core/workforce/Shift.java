package org.wfm.core.workforce;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A rostered shift of one agent with its breaks. Local times; across a DST change the local end differs
 * from start + length by the change.
 *
 * @param agent  the agent's id
 * @param type   the shift type's id
 * @param start  local start
 * @param end    local end, exclusive
 * @param breaks the breaks in order
 */
public record Shift(String agent, String type, LocalDateTime start, LocalDateTime end, List<ShiftBreak> breaks) {

    public Shift {
        Objects.requireNonNull(agent, "shift agent");
        Objects.requireNonNull(type, "shift type");
        Objects.requireNonNull(start, "shift start");
        Objects.requireNonNull(end, "shift end");
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }
}

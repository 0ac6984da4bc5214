package org.wfm.core.workforce;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A window of local time that no shift of the agent may touch: {@code [start, end)}.
 *
 * @param start local start, inclusive
 * @param end   local end, exclusive, after {@code start}
 */
public record Unavailability(LocalDateTime start, LocalDateTime end) {

    public Unavailability {
        Objects.requireNonNull(start, "unavailable start");
        Objects.requireNonNull(end, "unavailable end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("unavailable window " + start + ".." + end + " must end after it starts");
        }
    }

    /** Whether {@code [from, to)} overlaps this window. */
    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return from.isBefore(end) && to.isAfter(start);
    }
}

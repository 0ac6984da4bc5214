package org.wfm.core.workforce;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A session of an {@link Activity} placed in a rostered shift: the agent is on shift and paid, off the phones.
 *
 * @param id    the activity's id
 * @param start local start
 * @param end   local end, exclusive
 */
public record ShiftActivity(String id, LocalDateTime start, LocalDateTime end) {

    public ShiftActivity {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(start, "activity start");
        Objects.requireNonNull(end, "activity end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("activity " + id + " at " + start + " ends at " + end
                    + ", not after it starts");
        }
    }
}

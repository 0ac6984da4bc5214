package org.wfm.core.workforce;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A break placed in a rostered shift.
 *
 * @param name  the break rule's name ("lunch")
 * @param start local start
 * @param end   local end, exclusive
 * @param paid  whether it counts as paid time
 */
public record ShiftBreak(String name, LocalDateTime start, LocalDateTime end, boolean paid) {

    public ShiftBreak {
        Objects.requireNonNull(name, "break name");
        Objects.requireNonNull(start, "break start");
        Objects.requireNonNull(end, "break end");
    }
}

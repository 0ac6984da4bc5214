package org.wfm.core.workforce;

import java.time.LocalDateTime;

/**
 * Agents on the phones in one interval against what is planned.
 *
 * @param start     local start of the interval
 * @param required  agents planned on the phones (after unplanned shrinkage), possibly fractional
 * @param scheduled agents on shift and not on break
 */
public record Coverage(LocalDateTime start, double required, int scheduled) {

    /** Agents missing: {@code max(0, required - scheduled)}. */
    public double shortfall() {
        return Math.max(0, required - scheduled);
    }

    /** Agents beyond the requirement: {@code max(0, scheduled - required)}. */
    public double surplus() {
        return Math.max(0, scheduled - required);
    }
}

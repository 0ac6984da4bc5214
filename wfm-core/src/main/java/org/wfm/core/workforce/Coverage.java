package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDateTime;

/**
 * Agents on the phones in one interval against what is planned.
 *
 * @param start     local start of the interval
 * @param planned   agents planned on the phones: required / (1 - unplanned shrinkage), possibly fractional (the
 *                  roster JSON's {@code required} key, kept for compatibility)
 * @param scheduled agents on shift and not on break
 */
public record Coverage(LocalDateTime start, @JsonProperty("required") double planned, int scheduled) {

    /** Agents missing: {@code max(0, planned - scheduled)}. */
    public double shortfall() {
        return Math.max(0, planned - scheduled);
    }

    /** Agents beyond the requirement: {@code max(0, scheduled - planned)}. */
    public double surplus() {
        return Math.max(0, scheduled - planned);
    }
}

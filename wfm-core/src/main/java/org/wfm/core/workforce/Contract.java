package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an agent's contract allows over the planning horizon (one week, as in the problem files).
 * Every limit is optional; an absent one is no limit.
 *
 * @param minHours           least paid hours over the horizon (0 when absent)
 * @param maxHours           most paid hours over the horizon ({@code +infinity} when absent)
 * @param maxDays            most working days over the horizon ({@link Integer#MAX_VALUE} when absent)
 * @param minRestHours       least hours between the end of a shift and the start of the next (0 when absent)
 * @param maxConsecutiveDays most working days in a row ({@link Integer#MAX_VALUE} when absent)
 */
public record Contract(double minHours, double maxHours, int maxDays, double minRestHours,
                       int maxConsecutiveDays) {

    /** No limits at all. */
    public static final Contract NONE = new Contract(0, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0,
            Integer.MAX_VALUE);

    public Contract {
        if (!(minHours >= 0) || Double.isInfinite(minHours)) {
            throw new IllegalArgumentException("contract minHours must be 0 or more, was " + minHours);
        }
        if (!(maxHours >= minHours)) {
            throw new IllegalArgumentException("contract maxHours " + maxHours + " is below minHours " + minHours);
        }
        if (maxDays < 0 || maxConsecutiveDays < 1) {
            throw new IllegalArgumentException("contract maxDays must be 0 or more and maxConsecutiveDays 1 or more");
        }
        if (!(minRestHours >= 0) || minRestHours >= 24) {
            throw new IllegalArgumentException("contract minRestHours must be in [0, 24), was " + minRestHours);
        }
    }

    /** A contract from the optional fields of the problem file; {@code null} means no limit. */
    @JsonCreator
    public static Contract of(@JsonProperty("minHours") Double minHours,
                              @JsonProperty("maxHours") Double maxHours,
                              @JsonProperty("maxDays") Integer maxDays,
                              @JsonProperty("minRestHours") Double minRestHours,
                              @JsonProperty("maxConsecutiveDays") Integer maxConsecutiveDays) {
        return new Contract(minHours == null ? NONE.minHours : minHours,
                maxHours == null ? NONE.maxHours : maxHours,
                maxDays == null ? NONE.maxDays : maxDays,
                minRestHours == null ? NONE.minRestHours : minRestHours,
                maxConsecutiveDays == null ? NONE.maxConsecutiveDays : maxConsecutiveDays);
    }

    /** A contract for {@code minHours..maxHours} paid hours over at most {@code maxDays} days. */
    public static Contract hours(double minHours, double maxHours, int maxDays) {
        return new Contract(minHours, maxHours, maxDays, NONE.minRestHours, NONE.maxConsecutiveDays);
    }

    /** The same contract with a minimum rest between shifts, in hours. */
    public Contract withMinRestHours(double hours) {
        return new Contract(minHours, maxHours, maxDays, hours, maxConsecutiveDays);
    }

    /** The same contract with a maximum number of working days in a row. */
    public Contract withMaxConsecutiveDays(int days) {
        return new Contract(minHours, maxHours, maxDays, minRestHours, days);
    }
}

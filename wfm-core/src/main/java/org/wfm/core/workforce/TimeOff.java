package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole day an agent does not work, and why.
 *
 * @param date   the local date
 * @param reason vacation (known ahead), sick leave (reported), or other absence
 */
public record TimeOff(LocalDate date, Reason reason) {

    /** Why an agent is off. */
    public enum Reason {
        /** Annual leave, known ahead. */
        VACATION,
        /** Sick leave: the agent called in sick. */
        SICK,
        /** Training, personal leave and anything else. */
        OTHER;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses "vacation", "sick" or "other" (case-insensitive). */
        @JsonCreator
        public static Reason parse(String text) {
            for (Reason r : values()) {
                if (r.name().equalsIgnoreCase(text.trim())) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown time-off reason '" + text + "': use vacation, sick or other");
        }
    }

    public TimeOff {
        Objects.requireNonNull(date, "time-off date");
        reason = reason == null ? Reason.OTHER : reason;
    }

    /** A vacation day. */
    public static TimeOff vacation(LocalDate date) {
        return new TimeOff(date, Reason.VACATION);
    }

    /** A sick day. */
    public static TimeOff sick(LocalDate date) {
        return new TimeOff(date, Reason.SICK);
    }
}

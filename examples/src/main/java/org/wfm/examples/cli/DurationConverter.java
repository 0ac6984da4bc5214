package org.wfm.examples.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations on the command line: ISO-8601 ({@code PT15M}) or short forms ({@code 20s}, {@code 15m}, {@code 1h30m}). */
final class DurationConverter {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private DurationConverter() {
    }

    /** Whether the duration is more than zero: the flags of lengths and limits need that. */
    static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    static Duration parse(String text) {
        String trimmed = text.trim();
        if (trimmed.toUpperCase().startsWith("PT") || trimmed.toUpperCase().startsWith("P")) {
            try {
                return Duration.parse(trimmed.toUpperCase());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("invalid duration '" + text + "': use e.g. 20s, 15m, 1h30m or PT15M");
            }
        }
        Matcher m = SHORT.matcher(trimmed.toLowerCase());
        if (trimmed.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("invalid duration '" + text + "': use e.g. 20s, 15m, 1h30m or PT15M");
        }
        long seconds = 0;
        if (m.group(1) != null) seconds += Long.parseLong(m.group(1)) * 3600;
        if (m.group(2) != null) seconds += Long.parseLong(m.group(2)) * 60;
        if (m.group(3) != null) seconds += Long.parseLong(m.group(3));
        return Duration.ofSeconds(seconds);
    }
}

package org.wfm.examples.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations on the command line: ISO-8601 ({@code PT15M}) or short forms ({@code 20s}, {@code 15m}, {@code 1h30m}, {@code 7d}). */
final class DurationConverter {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** Longer than any horizon, time limit or handle time: beyond it a typo is more likely than a wish. */
    private static final Duration LONGEST = Duration.ofHours(100_000);

    private DurationConverter() {
    }

    /** Whether the duration is more than zero: the flags of lengths and limits need that. */
    static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /**
     * The duration written as {@code text}; picocli reports a failure as
     * {@code Invalid value for option '--x': <message>}.
     */
    static Duration parse(String text) {
        Duration duration = parseAny(text);
        if (duration.isNegative() || duration.compareTo(LONGEST) > 0) {
            throw new CommandLine.TypeConversionException("duration '" + text + "' must be from 0 to "
                    + LONGEST.toHours() + " hours");
        }
        return duration;
    }

    private static Duration parseAny(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.toUpperCase().startsWith("P")) {
                return Duration.parse(trimmed.toUpperCase());
            }
            Matcher m = SHORT.matcher(trimmed.toLowerCase());
            if (trimmed.isEmpty() || !m.matches()) {
                throw invalid(text);
            }
            long seconds = 0;
            long[] unit = {86_400, 3600, 60, 1};
            for (int g = 1; g <= unit.length; g++) {
                if (m.group(g) != null) {
                    seconds = Math.addExact(seconds, Math.multiplyExact(Long.parseLong(m.group(g)), unit[g - 1]));
                }
            }
            return Duration.ofSeconds(seconds);
        } catch (java.time.format.DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static CommandLine.TypeConversionException invalid(String text) {
        return new CommandLine.TypeConversionException("invalid duration '" + text
                + "': use e.g. 20s, 15m, 1h30m, 7d or PT15M");
    }
}

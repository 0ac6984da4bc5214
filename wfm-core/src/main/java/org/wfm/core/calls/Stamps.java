package org.wfm.core.calls;

import org.wfm.core.io.CsvTable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Time stamps of ACD exports (call records, agent states) as instants: a stamp with an offset as written, a local
 * one in the zone; in the autumn's repeated hour, the first occurrence that is not before a given instant (the
 * arrival of the call, the start of the state), so a call may run from the first pass into the second.
 */
final class Stamps {

    /** How far from a DST change a local time must lie for the cached offset to be its only one, seconds. */
    private static final long MARGIN = 86_400;

    private final ZoneId zone;
    private final ZoneOffset fixed;
    // the offset of the last local time resolved, and the instants between which it is the only offset
    private ZoneOffset cached;
    private long cachedFrom = Long.MAX_VALUE;
    private long cachedTo = Long.MIN_VALUE;

    Stamps(ZoneId zone) {
        this.zone = zone;
        this.fixed = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
    }

    /**
     * The instant of a required stamp: as written when it has an offset, else the local time's first occurrence
     * that is not before {@code notBefore} (the first occurrence when none is, or without a bound).
     */
    Instant instant(CsvTable.Row row, String column, Instant notBefore) {
        String text = row.string(column);
        if (text.length() > 19 && (text.endsWith("Z") || text.indexOf('+', 19) > 0 || text.indexOf('-', 19) > 0)) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw row.error(column, "'" + text + "' is not a date-time like 1999-02-01T07:02:56");
            }
        }
        long localSeconds = localSeconds(text);
        if (localSeconds != Long.MIN_VALUE) {
            if (fixed != null) {
                return Instant.ofEpochSecond(localSeconds - fixed.getTotalSeconds());
            }
            if (cached != null) {
                long epoch = localSeconds - cached.getTotalSeconds();
                if (epoch >= cachedFrom && epoch < cachedTo) {
                    return Instant.ofEpochSecond(epoch);
                }
            }
        }
        LocalDateTime local = row.dateTime(column);
        if (fixed != null) {
            return local.toInstant(fixed);
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw row.error(column, local + " does not exist in " + zone + " (the clocks went forward)");
        }
        Instant first = null;
        Instant firstNotBefore = null;
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (first == null || candidate.isBefore(first)) {
                first = candidate;
            }
            if (notBefore != null && !candidate.isBefore(notBefore)
                    && (firstNotBefore == null || candidate.isBefore(firstNotBefore))) {
                firstNotBefore = candidate;
            }
        }
        Instant resolved = firstNotBefore != null ? firstNotBefore : first;
        if (offsets.size() == 1) {
            remember(offsets.get(0), resolved);
        }
        return resolved;
    }

    /**
     * The seconds from 1970-01-01T00:00 on the wall clock of {@code yyyy-MM-ddTHH:mm:ss}, or {@code Long.MIN_VALUE}
     * for any other text or an invalid date-time (the general parser then reads it or says what is wrong): a call log
     * has three stamps a row, and this spares the objects of a {@code LocalDateTime} for each.
     */
    static long localSeconds(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(
                java.time.Year.isLeap(year)) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return Long.MIN_VALUE;
        }
        // days from the civil date (H. Hinnant's algorithm), then seconds
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long epochDay = era * 146_097L + dayOfEra - 719_468;
        return epochDay * 86_400 + hour * 3600 + minute * 60 + second;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = 10 * value + (c - '0');
        }
        return value;
    }

    /** Keeps the offset for the local times a day or more away from the DST changes around {@code instant}. */
    private void remember(ZoneOffset offset, Instant instant) {
        ZoneOffsetTransition previous = zone.getRules().previousTransition(instant);
        ZoneOffsetTransition next = zone.getRules().nextTransition(instant);
        cached = offset;
        cachedFrom = previous == null ? Long.MIN_VALUE / 2 : previous.toEpochSecond() + MARGIN;
        cachedTo = next == null ? Long.MAX_VALUE / 2 : next.toEpochSecond() - MARGIN;
    }
}

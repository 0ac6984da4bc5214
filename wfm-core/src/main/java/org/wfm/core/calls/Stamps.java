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
        long localSeconds = text.length() == 19 ? CsvTable.wallClockSeconds(text) : Long.MIN_VALUE;
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

    /** Keeps the offset for the local times a day or more away from the DST changes around {@code instant}. */
    private void remember(ZoneOffset offset, Instant instant) {
        ZoneOffsetTransition previous = zone.getRules().previousTransition(instant);
        ZoneOffsetTransition next = zone.getRules().nextTransition(instant);
        cached = offset;
        cachedFrom = previous == null ? Long.MIN_VALUE / 2 : previous.toEpochSecond() + MARGIN;
        cachedTo = next == null ? Long.MAX_VALUE / 2 : next.toEpochSecond() - MARGIN;
    }
}

package org.wfm.core.calls;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.CsvTable;
import org.wfm.core.io.CsvWriter;
import org.wfm.core.io.InputFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The call-record CSV of the public formats (docs/formats.md): one row per call, columns found by header name,
 * rows in any order. {@link #read} streams the records, so a year of calls is never held in memory; the only
 * state that grows with the file is an 8-byte fingerprint per call for the unique-{@code call_id} rule. The file is
 * parsed a few thousand rows ahead on a second thread, so reading and counting share two cores.
 *
 * <p>Times are local date-times in the zone given ({@code 1999-02-01T07:02:56}); a time with an offset
 * ({@code 2026-10-25T02:30:00+01:00}) is taken as written, which is how a stamp in the autumn's repeated hour can
 * say which pass it means. A bare arrival in the repeated hour means its first pass; the answer and end of the same
 * call mean the first pass that is not before the arrival (so a call that arrives at 02:55 in the first pass and
 * ends at 02:05 ends in the second). A local time in the spring gap does not exist and is refused.
 */
public final class CallRecords {

    /** How far an answer stamp may lie before the arrival stamp by default (clock skew between systems). */
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofSeconds(120);

    /** The columns, as the header names them. */
    public static final List<String> COLUMNS = List.of("call_id", "queue", "arrived", "answered", "ended", "outcome",
            "agent", "wrap", "customer", "priority", "direction", "right_party", "revenue");

    private CallRecords() {
    }

    /** Streams a call-record CSV in UTC with the default skew; close the stream when done. */
    public static Stream<CallRecord> read(Path file) throws IOException {
        return read(file, ZoneOffset.UTC, DEFAULT_MAX_SKEW);
    }

    /**
     * Streams the records of a call-record CSV, checking each row as it is read; close the stream when done.
     *
     * @param zone    the time zone of the local stamps
     * @param maxSkew how far an answer may be stamped before the arrival (0 s or more)
     * @throws InputFormatException (from the stream's operations) naming the file, line and column of a missing
     *                              column or value, a malformed time or number, an unknown outcome or direction, a
     *                              duplicate {@code call_id}, a time in the DST gap, an answer more than
     *                              {@code maxSkew} before the arrival, or a record that breaks a rule of
     *                              {@link CallRecord}; naming the file when it has no calls
     */
    public static Stream<CallRecord> read(Path file, ZoneId zone, Duration maxSkew) throws IOException {
        if (maxSkew.isNegative()) {
            throw new IllegalArgumentException("the largest clock skew must be 0 s or more, got " + maxSkew);
        }
        CsvTable table = CsvTable.open(file);
        try {
            table.requireColumns("call_id", "arrived", "ended", "outcome");
        } catch (InputFormatException e) {
            table.close();
            throw e;
        }
        Rows rows = new Rows(table, zone, maxSkew);
        ReadAhead<Read> ahead = new ReadAhead<>(rows, "wfm-read-" + file.getFileName());
        UniqueIds ids = new UniqueIds(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED | Spliterator.NONNULL),
                false).map(ids::check).onClose(() -> {
                    ahead.close();
                    rows.close();
                });
    }

    /**
     * Writes records as a call-record CSV with every column, all at once or not at all. Local times in {@code zone};
     * a time in the autumn's repeated hour is written with its offset, so the file reads back to the same instants.
     */
    public static void write(Path file, Iterable<CallRecord> records, ZoneId zone) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, COLUMNS.toArray(String[]::new));
            for (CallRecord c : records) {
                csv.row(c.id(), c.queue(), stamp(c.arrived(), zone), stamp(c.answered(), zone), stamp(c.ended(), zone),
                        c.outcome(), c.agent(), c.wrapSeconds(), c.customer(), c.priority(), c.direction(),
                        c.rightParty(), c.revenue());
            }
        });
    }

    private static String stamp(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        if (zone.getRules().getValidOffsets(local).size() > 1) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
    }

    /** A record and the line it was read from. */
    private record Read(CallRecord record, int line) {
    }

    /**
     * The unique-{@code call_id} rule, checked as the records are taken (on the thread that counts them, while the
     * reader parses ahead on the other).
     */
    private static final class UniqueIds {
        private final Path file;
        private final Fingerprints seen = new Fingerprints();

        UniqueIds(Path file) {
            this.file = file;
        }

        CallRecord check(Read read) {
            String id = read.record().id();
            if (!seen.add(id)) {
                int earlier = firstLineOf(id, read.line());
                if (earlier > 0) {
                    throw new InputFormatException(file.toString(), read.line(), "call_id", "call " + id
                            + " appears twice (also on line " + earlier + ")");
                }
            }
            return read.record();
        }

        /**
         * The first line before {@code line} whose {@code call_id} is {@code id}, or 0: a second opinion on a
         * fingerprint seen twice, which two different ids share about once in 10^19 pairs.
         */
        private int firstLineOf(String id, int line) {
            try (CsvTable again = CsvTable.open(file)) {
                for (CsvTable.Row row = again.nextRow(); row != null && row.line() < line; row = again.nextRow()) {
                    if (row.text("call_id").filter(id::equals).isPresent()) {
                        return row.line();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
    }

    /** The rows of one open file, read and checked one at a time. */
    private static final class Rows implements Iterator<Read> {
        private final CsvTable table;
        private final Stamps stamps;
        private final Duration maxSkew;
        private Read next;
        private boolean done;
        private int count;

        Rows(CsvTable table, ZoneId zone, Duration maxSkew) {
            this.table = table;
            this.stamps = new Stamps(zone);
            this.maxSkew = maxSkew;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    CsvTable.Row row = table.nextRow();
                    if (row == null) {
                        done = true;
                        if (count == 0) {
                            throw new InputFormatException(table.source(), 2, null, "no calls: the file has only a header");
                        }
                    } else {
                        next = new Read(record(row), row.line());
                        count++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public Read next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Read record = next;
            next = null;
            return record;
        }

        void close() {
            try {
                table.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private CallRecord record(CsvTable.Row row) {
            String id = row.string("call_id");
            Outcome outcome = Outcome.parse(row.string("outcome"));
            if (outcome == null) {
                throw row.error("outcome", "unknown outcome '" + row.string("outcome")
                        + "': expected answered, abandoned, voicemail or blocked");
            }
            Instant arrived = stamps.instant(row, "arrived", null);
            Instant answered = row.field("answered") != null
                    ? stamps.instant(row, "answered", arrived.minus(maxSkew)) : null;
            if (answered != null && answered.isBefore(arrived.minus(maxSkew))) {
                throw row.error("answered", "answered " + Duration.between(answered, arrived).getSeconds()
                        + " s before it arrived: more clock skew than the " + maxSkew.getSeconds() + " s allowed");
            }
            Instant ended = stamps.instant(row, "ended", answered != null && answered.isAfter(arrived) ? answered : arrived);
            try {
                String queue = row.field("queue");
                return new CallRecord(id, queue == null ? CallRecord.MAIN_QUEUE : queue, arrived, answered, ended,
                        outcome, row.field("agent"), row.field("wrap") != null ? row.nonNegative("wrap") : 0,
                        row.field("customer"), priority(row), direction(row), rightParty(row),
                        row.field("revenue") != null ? row.decimal("revenue") : null);
            } catch (InvalidCallRecordException e) {
                throw row.error(e.field(), e.problem());
            }
        }

        private static Integer priority(CsvTable.Row row) {
            String text = row.field("priority");
            if (text == null) {
                return null;
            }
            if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
                return text.charAt(0) - '0'; // the usual 0 or 1, boxed from the cache
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw row.error("priority", "'" + text + "' is not a whole number");
            }
        }

        private static Direction direction(CsvTable.Row row) {
            String text = row.field("direction");
            if (text == null) {
                return Direction.INBOUND;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "inbound" -> Direction.INBOUND;
                case "outbound" -> Direction.OUTBOUND;
                default -> throw row.error("direction", "unknown direction '" + text + "': expected inbound or outbound");
            };
        }

        private static Boolean rightParty(CsvTable.Row row) {
            String text = row.field("right_party");
            if (text == null) {
                return null;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw row.error("right_party", "'" + text + "' is not true or false");
            };
        }
    }

    /** A set of 64-bit fingerprints of strings, open addressing in one array: 8 to 16 bytes per string. */
    private static final class Fingerprints {
        private long[] slots = new long[1 << 12];
        private int size;
        private boolean hasZero;

        /** Adds the fingerprint of {@code text}; false when it was there already. */
        boolean add(String text) {
            long h = fingerprint(text);
            if (h == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            return insert(slots, h);
        }

        private boolean insert(long[] table, long h) {
            int mask = table.length - 1;
            for (int i = (int) h & mask; ; i = (i + 1) & mask) {
                if (table[i] == 0) {
                    table[i] = h;
                    size++;
                    return true;
                }
                if (table[i] == h) {
                    return false;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long h : old) {
                if (h != 0) {
                    insert(slots, h);
                }
            }
        }

        private static long fingerprint(String text) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            h ^= h >>> 33; // murmur3's finaliser spreads FNV's low bits
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }
    }
}

package org.wfm.core.calls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.io.InputFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The call-record reader and writer: every refused input with its exact message (file, line, field), and what
 * the reader accepts: rows in any order, a missing queue column, clock skew up to the limit, both passes of the
 * autumn's repeated hour, and a stream that reads (and fails) only as far as it is consumed.
 */
class CallRecordsTest {

    private static final String HEADER = "call_id,queue,arrived,answered,ended,outcome,agent,wrap,customer,priority,"
            + "direction,right_party,revenue";
    /** A good answered call, line 2 of every bad file below, so the bad row is on line 3. */
    private static final String GOOD = "g1,A,1999-02-01T09:00:00,1999-02-01T09:00:10,1999-02-01T09:05:00,answered,X,"
            + "5,C1,0,inbound,,";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static List<CallRecord> readAll(Path file, ZoneId zone) throws IOException {
        try (Stream<CallRecord> calls = CallRecords.read(file, zone, CallRecords.DEFAULT_MAX_SKEW)) {
            return calls.toList();
        }
    }

    /** The message of reading a file whose line 3 is {@code badRow}, after the header and {@link #GOOD}. */
    private String refusal(String badRow) throws IOException {
        return refusal(ZoneOffset.UTC, badRow);
    }

    private String refusal(ZoneId zone, String badRow) throws IOException {
        Path file = file("bad.csv", HEADER, GOOD, badRow);
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> readAll(file, zone));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        return e.getMessage().replace(file.toString(), "bad.csv");
    }

    @Test
    void aMalformedArrivalNamesItsLineAndColumn() throws IOException {
        assertThat(refusal("b1,A,1999-02-01 09:01,,1999-02-01T09:02:00,abandoned,,,,,,,"))
                .isEqualTo("bad.csv:3 [arrived]: '1999-02-01 09:01' is not a date-time like 2026-01-05T07:15");
        // a stamp with a broken offset goes the offset parser's way, with its own example
        assertThat(refusal("b1,A,1999-02-01T09:01:00+1,,1999-02-01T09:02:00,abandoned,,,,,,,"))
                .isEqualTo("bad.csv:3 [arrived]: '1999-02-01T09:01:00+1' is not a date-time like 1999-02-01T07:02:56");
    }

    @Test
    void anUnknownOutcomeIsRefused() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,hung_up,,,,,,,"))
                .isEqualTo("bad.csv:3 [outcome]: unknown outcome 'hung_up': expected answered, abandoned, voicemail "
                        + "or blocked");
    }

    @Test
    void anOutcomeIsReadWhateverItsCase() throws IOException {
        Path file = file("case.csv", HEADER, "b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,ABANDONED,,,,,,,");
        assertThat(readAll(file, ZoneOffset.UTC).get(0).outcome()).isEqualTo(Outcome.ABANDONED);
    }

    @Test
    void anAnsweredCallNeedsItsAgent() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T09:01:05,1999-02-01T09:02:00,answered,,,,,,,"))
                .isEqualTo("bad.csv:3 [agent]: an answered call needs the agent who answered it");
    }

    @Test
    void aDuplicateCallIdNamesBothLines() throws IOException {
        Path file = file("dup.csv", HEADER, GOOD,
                "b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,,,,",
                "g1,B,1999-02-01T09:03:00,,1999-02-01T09:04:00,abandoned,,,,,,,");
        assertThatThrownBy(() -> readAll(file, ZoneOffset.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":4 [call_id]: call g1 appears twice (also on line 2)");
    }

    @Test
    void aCallCannotEndBeforeItArrivedNorBeforeItWasAnswered() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,,1999-02-01T09:00:59,abandoned,,,,,,,"))
                .isEqualTo("bad.csv:3 [ended]: the call ends before it arrived");
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T09:01:30,1999-02-01T09:01:20,answered,X,,,,,,"))
                .isEqualTo("bad.csv:3 [ended]: the call ends before it was answered");
    }

    @Test
    void anAnswerMayBeStampedUpTo120SecondsBeforeTheArrival() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T08:58:59,1999-02-01T09:02:00,answered,X,,,,,,"))
                .isEqualTo("bad.csv:3 [answered]: answered 121 s before it arrived: more clock skew than the "
                        + "120 s allowed");
        // 93 s before (the worst skew of the anonymous bank's February) passes: wait 0, talk from the answer
        Path file = file("skew.csv", HEADER,
                "s1,A,1999-02-01T09:01:33,1999-02-01T09:00:00,1999-02-01T09:02:00,answered,X,,,,,,",
                "s2,A,1999-02-01T09:03:00,1999-02-01T09:01:00,1999-02-01T09:04:00,answered,X,,,,,,");
        List<CallRecord> calls = readAll(file, ZoneOffset.UTC);
        assertThat(calls.get(0).waitSeconds()).isZero();
        assertThat(calls.get(0).talkSeconds()).isEqualTo(120);
        assertThat(calls.get(1).waitSeconds()).isZero();     // exactly 120 s before: still allowed
        // a tighter limit refuses the 93 s
        assertThatThrownBy(() -> {
            try (Stream<CallRecord> s = CallRecords.read(file, ZoneOffset.UTC, Duration.ofSeconds(92))) {
                s.toList();
            }
        }).hasMessage(file + ":2 [answered]: answered 93 s before it arrived: more clock skew than the 92 s allowed");
    }

    @Test
    void onlyAnsweredCallsHaveAnAnswerTime() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T09:01:10,1999-02-01T09:02:00,abandoned,,,,,,,"))
                .isEqualTo("bad.csv:3 [answered]: only answered calls have an answer time; this one is abandoned");
    }

    @Test
    void rightPartyIsForOutboundCallsOnly() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T09:01:10,1999-02-01T09:02:00,answered,X,,,,inbound,"
                + "true,"))
                .isEqualTo("bad.csv:3 [right_party]: right_party is for outbound calls only");
        // and, on an outbound row, true only when connected
        assertThat(refusal("b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,,outbound,true,"))
                .isEqualTo("bad.csv:3 [right_party]: a right-party contact must have connected (outcome answered), "
                        + "got abandoned");
    }

    @Test
    void aLocalTimeInTheSpringGapDoesNotExist() throws IOException {
        // Europe/Berlin 2026-03-29: 02:00 CET becomes 03:00 CEST, so 02:30 never happens
        assertThat(refusal(BERLIN, "b1,A,2026-03-29T02:30:00,,2026-03-29T03:01:00,abandoned,,,,,,,"))
                .isEqualTo("bad.csv:3 [arrived]: 2026-03-29T02:30 does not exist in Europe/Berlin (the clocks went "
                        + "forward)");
        // the same stamp with an offset says which instant it is: accepted
        Path file = file("gap.csv", HEADER, "b1,A,2026-03-29T02:30:00+01:00,,2026-03-29T03:31:00,abandoned,,,,,,,");
        assertThat(readAll(file, BERLIN).get(0).waitSeconds()).isEqualTo(60);
    }

    @Test
    void wrapMustNotBeNegative() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,1999-02-01T09:01:10,1999-02-01T09:02:00,answered,X,-5,,,,,"))
                .isEqualTo("bad.csv:3 [wrap]: negative value -5");
    }

    @Test
    void priorityIsAWholeNumber() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,1.5,,,"))
                .isEqualTo("bad.csv:3 [priority]: '1.5' is not a whole number");
    }

    @Test
    void anUnknownDirectionIsRefused() throws IOException {
        assertThat(refusal("b1,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,,sideways,,"))
                .isEqualTo("bad.csv:3 [direction]: unknown direction 'sideways': expected inbound or outbound");
    }

    @Test
    void aMissingRequiredColumnIsRefusedAtOnce() throws IOException {
        Path file = file("noended.csv", "call_id,arrived,outcome", "c1,1999-02-01T09:00:00,abandoned");
        // refused by read itself, before any stream operation
        assertThatThrownBy(() -> CallRecords.read(file, ZoneOffset.UTC, CallRecords.DEFAULT_MAX_SKEW))
                .isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":1 [ended]: missing column 'ended' in the header");
    }

    @Test
    void aFileWithOnlyAHeaderHasNoCalls() throws IOException {
        Path file = file("empty.csv", HEADER);
        assertThatThrownBy(() -> readAll(file, ZoneOffset.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":2: no calls: the file has only a header");
    }

    @Test
    void rowsInAnyOrderGiveTheSameKpis() throws IOException {
        List<String> lines = Files.readAllLines(KpisTest.resource("hand.csv"));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Kpis inOrder = KpisTest.kpis(KpisTest.resource("hand.csv"), KpiDefinitions.defaults());
        Random random = new Random(20260305);
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            if (shuffle == 0) {
                Collections.reverse(rows);
            } else {
                Collections.shuffle(rows, random);
            }
            List<String> file = new ArrayList<>();
            file.add(lines.get(0));
            file.addAll(rows);
            Kpis k = KpisTest.kpis(file("shuffled" + shuffle + ".csv", file.toArray(String[]::new)),
                    KpiDefinitions.defaults());
            // every sum of hand.csv is of whole seconds, so even the doubles agree exactly
            assertThat(k.total()).isEqualTo(inOrder.total());
            assertThat(k.byQueue()).isEqualTo(inOrder.byQueue());
            assertThat(k.byInterval()).isEqualTo(inOrder.byInterval());
            assertThat(k.byDay()).isEqualTo(inOrder.byDay());
            assertThat(k.byAgent()).isEqualTo(inOrder.byAgent());
            assertThat(k.patience()).isEqualTo(inOrder.patience());
        }
    }

    @Test
    void writeThenReadGivesBackEveryField() throws IOException {
        // Europe/Berlin 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice
        Instant firstPass = Instant.parse("2026-10-25T00:30:00Z");    // 02:30 CEST (+02:00)
        Instant secondPass = Instant.parse("2026-10-25T01:30:00Z");   // 02:30 CET (+01:00)
        Instant plain = Instant.parse("2026-10-26T08:00:00Z");        // 09:00 CET, not ambiguous
        List<CallRecord> calls = List.of(
                new CallRecord("a1", "sales", firstPass, firstPass.plusSeconds(12), secondPass.plusSeconds(10),
                        Outcome.ANSWERED, "X", 12.5, "C1", 3, Direction.INBOUND, null, 19.99),
                CallRecord.unanswered("a2", "sales", secondPass, secondPass.plusSeconds(40), Outcome.ABANDONED)
                        .withCustomer("C1"),
                CallRecord.unanswered("a3", "care", plain, plain.plusSeconds(30), Outcome.VOICEMAIL),
                CallRecord.unanswered("a4", "care", plain, plain, Outcome.BLOCKED),
                new CallRecord("o1", "care", plain, plain.plusMillis(250), plain.plusSeconds(61), Outcome.ANSWERED, "Y",
                        0, "C2", -1, Direction.OUTBOUND, true, 50.0),
                new CallRecord("o2", "care", plain, null, plain.plusSeconds(20), Outcome.ABANDONED, null, 0, null, null,
                        Direction.OUTBOUND, false, null),
                new CallRecord("o3", "care", plain, plain.plusSeconds(1), plain.plusSeconds(2), Outcome.ANSWERED, "Y",
                        0, null, null, Direction.OUTBOUND, null, 0.0));
        Path file = dir.resolve("written.csv");
        CallRecords.write(file, calls, BERLIN);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CallRecords.COLUMNS));
        // the repeated hour with its offset, every other stamp as a plain local time
        assertThat(lines.get(1)).isEqualTo("a1,sales,2026-10-25T02:30:00+02:00,2026-10-25T02:30:12+02:00,"
                + "2026-10-25T02:30:10+01:00,answered,X,12.5,C1,3,inbound,,19.99");
        assertThat(lines.get(3)).isEqualTo("a3,care,2026-10-26T09:00:00,,2026-10-26T09:00:30,voicemail,,0,,,inbound,,");
        assertThat(readAll(file, BERLIN)).isEqualTo(calls);
    }

    @Test
    void withoutAQueueColumnEveryCallIsInQueueMain() throws IOException {
        Path file = file("single.csv", "call_id,arrived,answered,ended,outcome,agent",
                "c1,1999-02-01T09:00:00,1999-02-01T09:00:10,1999-02-01T09:05:00,answered,X",
                "c2,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,");
        List<CallRecord> calls = readAll(file, ZoneOffset.UTC);
        assertThat(calls).extracting(CallRecord::queue).containsExactly(CallRecord.MAIN_QUEUE, CallRecord.MAIN_QUEUE);
        assertThat(calls.get(0).direction()).isEqualTo(Direction.INBOUND);
        assertThat(calls.get(0).wrapSeconds()).isZero();
        assertThat(Kpis.of(calls).byQueue()).extracting(KpiFigures::queue).containsExactly("main", Kpis.ALL);
    }

    @Test
    void theStreamReadsAndFailsOnlyAsFarAsItIsConsumed() throws IOException {
        Path file = file("late.csv", HEADER, GOOD,
                "g2,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,,,,",
                "b1,A,1999-02-01T09:03:00,,1999-02-01T09:02:00,abandoned,,,,,,,");
        try (Stream<CallRecord> calls = CallRecords.read(file, ZoneOffset.UTC, CallRecords.DEFAULT_MAX_SKEW)) {
            assertThat(calls.limit(2).map(CallRecord::id).toList()).containsExactly("g1", "g2");
        }
        try (Stream<CallRecord> calls = CallRecords.read(file, ZoneOffset.UTC, CallRecords.DEFAULT_MAX_SKEW)) {
            Iterator<CallRecord> it = calls.iterator();
            assertThat(it.next().id()).isEqualTo("g1");
            assertThat(it.next().id()).isEqualTo("g2");
            assertThatThrownBy(it::next).isInstanceOf(InputFormatException.class)
                    .hasMessage(file + ":4 [ended]: the call ends before it arrived");
        }
        // a duplicate late in the file: everything before it comes through
        Path dup = file("latedup.csv", HEADER, GOOD, "g2,A,1999-02-01T09:01:00,,1999-02-01T09:02:00,abandoned,,,,,,,",
                GOOD);
        try (Stream<CallRecord> calls = CallRecords.read(dup, ZoneOffset.UTC, CallRecords.DEFAULT_MAX_SKEW)) {
            assertThat(calls.findFirst()).map(CallRecord::id).hasValue("g1");
        }
    }
}

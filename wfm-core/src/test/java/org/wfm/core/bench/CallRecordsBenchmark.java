package org.wfm.core.bench;

import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Reading and aggregating call records: a synthetic log of N calls (default 1,000,000) over 20 queues, 300 agents and
 * a year of 07:00-22:00 days, a third of the calls from 100,000 known customers, written to a temporary file and then
 * read and turned into every KPI (intervals, days, queues, agents, FCR, patience, history) five times; prints each
 * run's wall time and the heap in use after it. Run with a small heap to see that memory does not grow with the calls:
 * <pre>
 * mvn -q -o -pl wfm-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt
 * java -Xmx200m -cp "wfm-core/target/test-classes:wfm-core/target/classes:$(cat /tmp/core-cp.txt)" \
 *     org.wfm.core.bench.CallRecordsBenchmark 1000000
 * </pre>
 */
public final class CallRecordsBenchmark {

    private CallRecordsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("calls", ".csv");
        try {
            long written = System.nanoTime();
            write(file, calls);
            System.out.printf(Locale.ROOT, "wrote %,d calls (%.0f MB) in %.1f s%n", calls, Files.size(file) / 1e6,
                    (System.nanoTime() - written) / 1e9);
            KpiDefinitions definitions = KpiDefinitions.defaults().withZone(ZoneId.of("Europe/Amsterdam"));
            for (int run = 1; run <= 5; run++) {
                long start = System.nanoTime();
                Kpis kpis;
                try (Stream<CallRecord> records = CallRecords.read(file, definitions.zone(), CallRecords.DEFAULT_MAX_SKEW)) {
                    kpis = Kpis.of(records::iterator, definitions);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "run %d: %.2f s read and aggregated (%,d interval rows, FCR judged %,d),"
                                + " heap in use after %.0f MB of %.0f MB max%n", run, seconds, kpis.byInterval().size(),
                        kpis.total().fcrJudged(), (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Poisson-like arrivals over a year of 07:00-22:00 days; 10 % abandoned, answered waits up to a minute. */
    private static void write(Path file, int calls) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        DateTimeFormatter stamp = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        LocalDateTime first = LocalDateTime.of(2025, 1, 1, 7, 0);
        long openSeconds = 365L * 15 * 3600;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("call_id,queue,arrived,answered,ended,outcome,agent,wrap,customer,priority\n");
            for (int i = 0; i < calls; i++) {
                long at = (long) ((double) i / calls * openSeconds);
                LocalDateTime arrived = first.plusDays(at / (15 * 3600)).plusSeconds(at % (15 * 3600));
                int wait = random.nextInt(60);
                boolean abandoned = random.nextInt(10) == 0;
                String customer = random.nextInt(3) == 0 ? "C" + random.nextInt(100_000) : "";
                out.write("K" + i + ",Q" + random.nextInt(20) + "," + stamp.format(arrived) + ",");
                if (abandoned) {
                    out.write("," + stamp.format(arrived.plusSeconds(wait)) + ",abandoned,,," + customer + ",0\n");
                } else {
                    LocalDateTime answered = arrived.plusSeconds(wait);
                    out.write(stamp.format(answered) + "," + stamp.format(answered.plusSeconds(60 + random.nextInt(400)))
                            + ",answered,A" + random.nextInt(300) + "," + random.nextInt(30) + "," + customer + ",0\n");
                }
            }
        }
    }
}

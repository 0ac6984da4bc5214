package org.wfm.core.bench;

import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.KpiFigures;
import org.wfm.core.calls.Kpis;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The simulator against two real weeks: the Anonymous Bank's calls (../shared/data, 1 to 14 February 1999) replayed
 * against the staffing the log shows, with the caller patience {@code wfm kpi} estimates from the same log (its
 * Kaplan-Meier curve), one queue first come first served. Prints a Markdown table per day: actual and simulated
 * service level (20 s, offered basis) and abandon rate, the simulated ones with their 95 % intervals over the
 * replications, under each of two readings of the staffing.
 *
 * <p>The log does not say when agents were on the phones, only when they were on calls, so the staffing it shows is
 * bracketed by two readings per interval of {@code minutes} (default 15): <em>present</em>, the agents who were on a
 * call at some time in the interval (an agent who took one call counts for the whole interval: too many), and
 * <em>busy</em>, the agents' time on calls in the interval divided by its length, rounded up (every agent on the
 * phones busy all the time: too few). Calls answered by {@code unknown} count as one agent each. Run:
 * <pre>
 * mvn -q -o -pl wfm-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt
 * java -cp "wfm-core/target/test-classes:wfm-core/target/classes:$(cat /tmp/core-cp.txt)" \
 *     org.wfm.core.bench.ReplayComparison [calls.csv] [minutes] [replications]
 * </pre>
 */
public final class ReplayComparison {

    private ReplayComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/anonymous-bank-1999-02-01-to-14-calls.csv");
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int replications = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ZoneId zone = ZoneOffset.UTC;
        Duration interval = Duration.ofMinutes(minutes);
        List<CallRecord> log;
        try (Stream<CallRecord> records = CallRecords.read(file, zone, CallRecords.DEFAULT_MAX_SKEW)) {
            log = records.toList();
        }
        KpiDefinitions definitions = KpiDefinitions.defaults().withZone(zone).withInterval(interval);
        Kpis actual = Kpis.of(log, definitions);
        IntervalSeries present = staffing(log, interval, true);
        IntervalSeries busy = staffing(log, interval, false);
        CallerPatience patience = CallerPatience.curve(actual.patience().curve());
        long start = System.nanoTime();
        SimulationResult upper = simulate(log, present, patience, replications, definitions);
        SimulationResult lower = simulate(log, busy, patience, replications, definitions);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d calls, %d-minute intervals, %.0f agent-hours present, %.0f busy;"
                        + " patience %s (median %.0f s); 2 x %d replications in %.1f s%n%n", file.getFileName(),
                log.size(), minutes, hours(present, null), hours(busy, null), patience,
                actual.patience().medianSeconds().orElse(Double.NaN), replications, seconds);
        System.out.println("| day | offered | SL actual | SL simulated, present | SL simulated, busy | abandon actual"
                + " | abandon simulated, present | abandon simulated, busy |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        Map<LocalDate, SimulationResult.Row> upperDays = days(upper);
        Map<LocalDate, SimulationResult.Row> lowerDays = days(lower);
        int days = 0;
        int inside = 0;
        for (KpiFigures day : actual.byDay()) {
            if (!day.queue().equals(Kpis.ALL)) {
                continue;
            }
            SimulationResult.Row u = upperDays.get(day.date());
            SimulationResult.Row l = lowerDays.get(day.date());
            double sl = day.serviceLevel().orElse(Double.NaN);
            days++;
            inside += sl >= l.serviceLevel().mean() && sl <= u.serviceLevel().mean() ? 1 : 0;
            System.out.printf(Locale.ROOT, "| %s %s | %d | %s | %s | %s | %s | %s | %s |%n", day.date(),
                    day.date().getDayOfWeek().toString().substring(0, 3), day.offered(),
                    percent(day.serviceLevel().orElse(Double.NaN)), estimate(u.serviceLevel()),
                    estimate(l.serviceLevel()), percent(day.abandonRate().orElse(Double.NaN)),
                    estimate(u.abandonRate()), estimate(l.abandonRate()));
        }
        KpiFigures t = actual.total();
        System.out.printf(Locale.ROOT, "| all | %d | %s | %s | %s | %s | %s | %s |%n", t.offered(),
                percent(t.serviceLevel().orElse(Double.NaN)), estimate(upper.serviceLevel()),
                estimate(lower.serviceLevel()), percent(t.abandonRate().orElse(Double.NaN)),
                estimate(upper.abandonRate()), estimate(lower.abandonRate()));
        System.out.printf(Locale.ROOT, "%nthe actual service level lies between the two simulated ones on %d of %d days%n",
                inside, days);
    }

    private static SimulationResult simulate(List<CallRecord> log, IntervalSeries staffing, CallerPatience patience,
                                             int replications, KpiDefinitions definitions) {
        return Simulation.of(Arrivals.replay(log, ZoneOffset.UTC), Duty.staffing(staffing)).withPatience(patience)
                .withReplications(replications).withSeed(1).run(definitions);
    }

    private static Map<LocalDate, SimulationResult.Row> days(SimulationResult result) {
        Map<LocalDate, SimulationResult.Row> days = new TreeMap<>();
        result.byDay().stream().filter(r -> r.queue().equals(Kpis.ALL)).forEach(r -> days.put(r.date(), r));
        return days;
    }

    /** Agent-hours of a staffing, on one day or ({@code null}) all. */
    private static double hours(IntervalSeries staffing, LocalDate day) {
        double hours = 0;
        for (int i = 0; i < staffing.size(); i++) {
            if (day == null || staffing.start(i).toLocalDate().equals(day)) {
                hours += staffing.value(i) * staffing.interval().toMinutes() / 60.0;
            }
        }
        return hours;
    }

    /** Per interval, the agents on a call at some time in it ({@code present}), or their busy time over its length. */
    static IntervalSeries staffing(List<CallRecord> log, Duration interval, boolean present) {
        long step = interval.getSeconds();
        Map<Long, Set<String>> agents = new TreeMap<>();
        Map<Long, Double> busySeconds = new TreeMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int unknown = 0;
        for (CallRecord c : log) {
            long arrived = Math.floorDiv(c.arrived().getEpochSecond(), step) * step;
            first = Math.min(first, arrived);
            last = Math.max(last, arrived);
            if (c.answered() == null) {
                continue;
            }
            String agent = c.agent() == null || c.agent().equals("unknown") ? "unknown#" + unknown++ : c.agent();
            double from = c.answered().toEpochMilli() / 1000.0;
            double to = c.ended().toEpochMilli() / 1000.0 + c.wrapSeconds();
            for (long t = Math.floorDiv((long) Math.floor(from), step) * step; t < to || t <= from; t += step) {
                agents.computeIfAbsent(t, k -> new HashSet<>()).add(agent);
                busySeconds.merge(t, Math.max(0, Math.min(to, t + step) - Math.max(from, t)), Double::sum);
                last = Math.max(last, t);
            }
        }
        Map<LocalDateTime, Double> count = new TreeMap<>();
        for (long t = first; t <= last; t += step) {
            count.put(LocalDateTime.ofInstant(Instant.ofEpochSecond(t), ZoneOffset.UTC), present
                    ? agents.getOrDefault(t, Set.of()).size() : Math.ceil(busySeconds.getOrDefault(t, 0.0) / step - 1e-9));
        }
        return IntervalSeries.of(ZoneOffset.UTC, interval, count);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String estimate(Estimate e) {
        return e.defined() ? String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f)", 100 * e.mean(), 100 * e.low(),
                100 * e.high()) : "-";
    }
}

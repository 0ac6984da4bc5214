package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiCsv;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.StaffingCsv;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.HandleTimes;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationCsv;
import org.wfm.core.sim.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wfm simulate}: the service level a staffing really gives, by discrete-event simulation. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Simulate forecast calls against agents on the phones per interval: Poisson arrivals, one queue first"
                        + " come first served, callers who hang up, replications with 95% confidence intervals.",
                "--json prints one object: replications, calls, serviceLevel, asa, abandonRate, voicemailRate and"
                        + " occupancy each {mean, low, high}, lateBreakMinutes, callsPerSecond."
        })
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--forecast", required = true, paramLabel = "FILE", description = "Forecast CSV (start,forecast|calls[,aht]).")
    Path forecast;

    @Option(names = "--staffing", required = true, paramLabel = "FILE", description = "Staffing CSV start,agents[,group]: agents on the phones per interval.")
    Path staffing;

    @Option(names = "--aht", paramLabel = "DURATION", description = "Average handle time for rows without an aht column.")
    Duration aht;

    @Option(names = "--handle-time", paramLabel = "DIST", defaultValue = "exponential",
            description = "exponential (default, as Erlang C and A assume) or lognormal:CV, e.g. lognormal:0.8.")
    String handleTime;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean caller patience (exponential), e.g. 90s.")
    Duration patience;

    @Option(names = "--patience-curve", paramLabel = "FILE", description = "Patience curve CSV of wfm kpi --patience-curve.")
    Path patienceCurve;

    @CommandLine.Mixin
    ServiceLevelOptions serviceLevel;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "100", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", description = "Time zone of the files (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--output", paramLabel = "FILE", description = "Simulation CSV to write, one row per interval and queue.")
    Path output;

    @CommandLine.Mixin
    JsonOutput json;

    @Option(names = "--records", paramLabel = "FILE", description = "Call-record CSV of the first replication to write (wfm kpi reads it).")
    Path records;

    @Override
    public Integer call() throws IOException {
        if (patience != null && patienceCurve != null) {
            throw new IllegalArgumentException("give --patience or --patience-curve, not both");
        }
        if (replications < 1 || replications > 100_000) {
            throw new IllegalArgumentException("--replications must be 1 to 100000, got " + replications);
        }
        KpiDefinitions definitions = KpiDefinitions.defaults().withZone(zone).withAnswerWithin(serviceLevel.answerWithin())
                .withBasis(serviceLevel.basis());
        HandleTimes handleTimes = handleTimes();
        CallerPatience callers = patience != null ? CallerPatience.exponential(patience)
                : patienceCurve != null ? CallerPatience.curve(KpiCsv.readPatience(patienceCurve)) : CallerPatience.none();
        Forecast calls = ForecastCsv.read(forecast, zone, null);
        IntervalSeries agents = StaffingCsv.read(staffing, zone, calls.calls().interval());
        Simulation simulation;
        try {
            simulation = Simulation.of(calls.calls(), calls.aht().orElse(null),
                    aht == null ? Double.NaN : aht.toNanos() / 1e9, agents);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(forecast + " against " + staffing + ": " + e.getMessage()
                    + (aht == null && e.getMessage().contains("handle time") ? " (--aht)" : ""), e);
        }
        simulation = simulation.withHandleTimes(handleTimes).withPatience(callers).withReplications(replications)
                .withSeed(seed);
        SimulationResult result = simulation.run(definitions);
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(forecast, staffing, patienceCurve)) {
            if (output != null) {
                SimulationCsv.write(batch.stage(output), result);
            }
            if (records != null) {
                CallRecords.write(batch.stage(records), simulation.records(0), zone);
            }
            batch.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            JsonOutput.print(out, json(result));
        } else {
            out.printf(Locale.ROOT, "%d replications, %d calls simulated (%s handle times, %s)%n", replications,
                    result.calls(), handleTimes, callers);
            out.printf(Locale.ROOT, "service level %s in %ds, abandon rate %s, ASA %s, occupancy %s (means, 95%% intervals)%n",
                    percent(result.serviceLevel()), serviceLevel.answerWithin().getSeconds(), percent(result.abandonRate()),
                    seconds(result.asa()), percent(result.occupancy()));
            out.printf(Locale.ROOT, "agents finishing calls after their time on the phones: %.0f minutes per replication%n",
                    result.lateMinutes());
            for (Path written : new Path[]{output, records}) {
                if (written != null) {
                    out.println("wrote " + written);
                }
            }
        }
        out.flush();
        return 0;
    }

    private HandleTimes handleTimes() {
        String text = handleTime.trim().toLowerCase(Locale.ROOT);
        if (text.equals("exponential")) {
            return HandleTimes.exponential();
        }
        if (text.startsWith("lognormal:")) {
            try {
                return HandleTimes.lognormal(Double.parseDouble(text.substring("lognormal:".length())));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("--handle-time must be exponential or lognormal:CV (e.g. lognormal:0.8), got '"
                + handleTime + "'");
    }

    private ObjectNode json(SimulationResult result) {
        ObjectNode o = JsonOutput.object();
        o.put("replications", replications);
        o.put("calls", result.calls());
        estimate(o, "serviceLevel", result.serviceLevel());
        estimate(o, "asa", result.asa());
        estimate(o, "abandonRate", result.abandonRate());
        estimate(o, "voicemailRate", result.voicemailRate());
        estimate(o, "occupancy", result.occupancy());
        o.put("lateBreakMinutes", result.lateMinutes());
        o.put("callsPerSecond", Math.round(result.callsPerSecond()));
        return o;
    }

    private static void estimate(ObjectNode o, String key, Estimate e) {
        ObjectNode node = o.putObject(key);
        put(node, "mean", e.mean());
        put(node, "low", e.low());
        put(node, "high", e.high());
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static String percent(Estimate e) {
        if (!e.defined()) {
            return "-";
        }
        return Double.isNaN(e.low()) ? String.format(Locale.ROOT, "%.1f%%", 100 * e.mean())
                : String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f%%)", 100 * e.mean(), 100 * Math.max(0, e.low()),
                100 * Math.min(1, e.high())); // a share's interval, read as a planner reads it
    }

    private static String seconds(Estimate e) {
        return e.defined() ? String.format(Locale.ROOT, "%.1f s", e.mean()) : "-";
    }
}

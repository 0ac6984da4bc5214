package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiCsv;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.Kpis;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.io.StaffingCsv;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Estimate;
import org.wfm.core.sim.HandleTimes;
import org.wfm.core.sim.Routing;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.SimulationCsv;
import org.wfm.core.sim.SimulationResult;
import org.wfm.core.workforce.ScheduleProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code wfm simulate}: the service level a staffing really gives, by discrete-event simulation. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Simulate a centre: callers from a forecast (Poisson) or replayed call records, agents from a staffing"
                        + " per interval or a roster, calls routed by priority chains to voicemail, callers who hang"
                        + " up, replications with 95%% confidence intervals.",
                "--json prints one object: replications, calls, serviceLevel, asa, abandonRate, voicemailRate and"
                        + " occupancy each {mean, low, high}, lateBreakMinutes, overrunMinutes, callsPerSecond"
                        + " (and lateness per agent of a roster)."
        })
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--forecast", paramLabel = "FILE", description = "Forecast CSV (start,forecast|calls[,aht][,queue]): Poisson arrivals.")
    Path forecast;

    @Option(names = "--calls", paramLabel = "FILE", description = "Call-record CSV to replay: its arrivals, queues and handle times.")
    Path calls;

    @Option(names = "--staffing", paramLabel = "FILE", description = "Staffing CSV start,agents[,group]: agents on the phones per interval.")
    Path staffing;

    @Option(names = "--problem", paramLabel = "FILE", description = "Schedule problem JSON of --roster.")
    Path problem;

    @Option(names = "--roster", paramLabel = "FILE", description = "Roster JSON: its agents on the phones during their shifts, not on break.")
    Path roster;

    @Option(names = "--routing", paramLabel = "FILE", description = "Routing JSON: per queue a priority, a chain of groups and voicemail.")
    Path routing;

    @Option(names = "--aht", paramLabel = "DURATION", description = "Average handle time for forecast rows without an aht column.")
    Duration aht;

    @Option(names = "--handle-time", paramLabel = "DIST",
            description = "Handle times of forecast calls: exponential (default, as Erlang C and A assume) or lognormal:CV, e.g. lognormal:0.8.")
    String handleTime;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean caller patience (exponential), e.g. 90s.")
    Duration patience;

    @Option(names = "--patience-curve", paramLabel = "FILE", description = "Patience curve CSV of wfm kpi --patience-curve.")
    Path patienceCurve;

    @Option(names = "--absence", paramLabel = "SHARE", defaultValue = "0",
            description = "Share of shifts (or staffed stretches) missed at random in each replication, e.g. 0.06 (default: ${DEFAULT-VALUE}).")
    double absence;

    @CommandLine.Mixin
    ServiceLevelOptions serviceLevel;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "100", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    ZoneOption zone;

    @Option(names = "--output", paramLabel = "FILE", description = "Simulation CSV to write, one row per interval and queue.")
    Path output;

    @CommandLine.Mixin
    JsonOutput json;

    @Option(names = "--records", paramLabel = "FILE", description = "Call-record CSV of the first replication to write (wfm kpi reads it).")
    Path records;

    @Override
    public Integer call() throws IOException {
        if ((forecast == null) == (calls == null)) {
            throw new IllegalArgumentException("give --forecast or --calls (one of them): where the callers come from");
        }
        if ((staffing == null) == (problem == null && roster == null)) {
            throw new IllegalArgumentException("give --staffing or --problem with --roster (one of them): who answers");
        }
        if ((problem == null) != (roster == null)) {
            throw new IllegalArgumentException("--problem and --roster go together (the roster's problem gives its zone and shift types)");
        }
        if (calls != null && (aht != null || handleTime != null)) {
            throw new IllegalArgumentException("--aht and --handle-time are for --forecast: a replay of --calls keeps the"
                    + " handle times of the log");
        }
        if (patience != null && patienceCurve != null) {
            throw new IllegalArgumentException("give --patience or --patience-curve, not both");
        }
        if (!(absence >= 0 && absence < 1)) {
            throw new IllegalArgumentException("--absence must be at least 0 and below 1 (a share of shifts), got " + absence);
        }
        if (replications < 1 || replications > 100_000) {
            throw new IllegalArgumentException("--replications must be 1 to 100000, got " + replications);
        }
        HandleTimes handleTimes = handleTimes();
        CallerPatience callers = patience != null ? CallerPatience.exponential(patience)
                : patienceCurve != null ? CallerPatience.curve(KpiCsv.readPatience(patienceCurve)) : CallerPatience.none();
        ScheduleProblem scheduleProblem = problem == null ? null : ScheduleProblemJson.read(problem);
        ZoneId zoneId = zone.resolve(scheduleProblem, problem);
        Routing routes = routing == null ? null : Routing.read(routing);
        Map<String, Forecast> forecasts = forecast == null ? null : ForecastCsv.readQueues(forecast, zoneId,
                scheduleProblem == null ? null : scheduleProblem.interval());
        Duty duty = duty(scheduleProblem, zoneId, forecasts);
        Arrivals arrivals = forecasts != null ? forecastArrivals(forecasts) : replay(zoneId);
        Path callers0 = forecast != null ? forecast : calls;
        String pairing = callers0 + " against " + (staffing != null ? staffing : roster) + ": ";
        Simulation simulation;
        try {
            simulation = Simulation.of(arrivals, duty);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pairing + e.getMessage(), e);
        }
        if (routes != null) {
            try {
                simulation = simulation.withRouting(routes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(routing + ": " + e.getMessage(), e);
            }
        }
        simulation = simulation.withHandleTimes(handleTimes).withPatience(callers).withReplications(replications)
                .withSeed(seed).withAbsence(absence);
        KpiDefinitions definitions = KpiDefinitions.defaults().withZone(zoneId).withAnswerWithin(serviceLevel.answerWithin())
                .withBasis(serviceLevel.basis());
        SimulationResult result;
        try {
            result = simulation.run(definitions);
        } catch (IllegalArgumentException e) { // a queue of the callers that no skilled agent can take
            throw new IllegalArgumentException(pairing + e.getMessage(), e);
        }
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(forecast, calls, staffing, problem, roster, routing,
                patienceCurve)) {
            if (output != null) {
                SimulationCsv.write(batch.stage(output), result);
            }
            if (records != null) {
                CallRecords.write(batch.stage(records), simulation.records(0), zoneId);
            }
            batch.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            JsonOutput.print(out, json(result));
        } else {
            summary(out, result, handleTimes, callers);
        }
        out.flush();
        return 0;
    }


    /** The staffing (on the forecast's grid when there is one) or the roster's agents. */
    private Duty duty(ScheduleProblem scheduleProblem, ZoneId zoneId, Map<String, Forecast> forecasts) throws IOException {
        if (scheduleProblem != null) {
            try {
                return Duty.roster(scheduleProblem, RosterJson.read(roster));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(roster + ": " + e.getMessage(), e);
            }
        }
        Duration grain = forecasts == null ? null : forecasts.values().iterator().next().calls().interval();
        Map<String, IntervalSeries> groups = StaffingCsv.readGroups(staffing, zoneId, grain);
        try {
            return Duty.staffing(groups);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(staffing + ": " + e.getMessage(), e);
        }
    }

    private Arrivals forecastArrivals(Map<String, Forecast> forecasts) {
        Map<String, IntervalSeries> perQueue = new TreeMap<>();
        Map<String, IntervalSeries> ahts = new TreeMap<>();
        forecasts.forEach((queue, f) -> {
            perQueue.put(queue, f.calls());
            f.aht().ifPresent(a -> ahts.put(queue, a));
        });
        try {
            return Arrivals.forecast(perQueue, ahts, aht == null ? Double.NaN : aht.toNanos() / 1e9);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(forecast + ": " + e.getMessage()
                    + (aht == null && e.getMessage().contains("handle time") ? " (--aht)" : ""), e);
        }
    }

    private Arrivals replay(ZoneId zoneId) throws IOException {
        List<CallRecord> log;
        try (Stream<CallRecord> stream = CallRecords.read(calls, zoneId, CallRecords.DEFAULT_MAX_SKEW)) {
            log = stream.toList();
        }
        try {
            return Arrivals.replay(log, zoneId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(calls + ": " + e.getMessage(), e);
        }
    }

    private void summary(PrintWriter out, SimulationResult result, HandleTimes handleTimes, CallerPatience callers) {
        out.printf(Locale.ROOT, "%d replications, %d calls simulated (%s, %s%s)%n", replications, result.calls(),
                forecast != null ? "Poisson arrivals, " + handleTimes + " handle times"
                        : "replayed arrivals and handle times", callers,
                absence > 0 ? String.format(Locale.ROOT, ", %.0f%% of shifts missed", 100 * absence) : "");
        out.printf(Locale.ROOT, "service level %s in %ds, abandon rate %s, ASA %s, occupancy %s (means, 95%% intervals)%n",
                result.serviceLevel().percent(), serviceLevel.answerWithin().getSeconds(), result.abandonRate().percent(),
                result.asa().seconds(), result.occupancy().percent());
        if (result.voicemailRate().defined() && result.voicemailRate().mean() > 0) {
            out.printf(Locale.ROOT, "voicemail %s of offered calls%n", result.voicemailRate().percent());
        }
        List<SimulationResult.Row> queues = result.byQueue();
        if (queues.size() > 2) {
            for (SimulationResult.Row q : queues) {
                if (!q.queue().equals(Kpis.ALL)) {
                    out.printf(Locale.ROOT, "  %-12s %8.0f offered, service level %s, abandon %s, voicemail %.0f%n",
                            q.queue(), q.offered(), q.serviceLevel().percent(), q.abandonRate().percent(), q.voicemail());
                }
            }
        }
        out.printf(Locale.ROOT, "agents finishing a call first: breaks started %.0f minutes late, shifts ran %.0f minutes over"
                + " (per replication, all agents)%n", result.lateBreakMinutes(), result.overrunMinutes());
        if (roster != null) {
            result.lateness().stream()
                    .max(Comparator.comparingDouble(SimulationResult.Lateness::lateBreakMinutes))
                    .filter(l -> l.lateBreakMinutes() > 0)
                    .ifPresent(l -> out.printf(Locale.ROOT, "  latest breaks: %s, %.1f minutes per replication%n",
                            l.agent(), l.lateBreakMinutes()));
        }
        for (Path written : new Path[]{output, records}) {
            if (written != null) {
                out.println("wrote " + written);
            }
        }
    }

    private HandleTimes handleTimes() {
        String text = handleTime == null ? "exponential" : handleTime.trim().toLowerCase(Locale.ROOT);
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
        o.put("lateBreakMinutes", result.lateBreakMinutes());
        o.put("overrunMinutes", result.overrunMinutes());
        o.put("callsPerSecond", Math.round(result.callsPerSecond()));
        if (roster != null) {
            var agents = o.putArray("lateness");
            for (SimulationResult.Lateness l : result.lateness()) {
                agents.addObject().put("agent", l.agent()).put("lateBreakMinutes", l.lateBreakMinutes())
                        .put("overrunMinutes", l.overrunMinutes());
            }
        }
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
}

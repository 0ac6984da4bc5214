package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.Forecast;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.InputLimits;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.CsvWriter;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.GoalsJson;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.queue.ErlangA;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.IntervalStaffing;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.Shrinkage;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.Staffing;
import org.wfm.core.sim.Arrivals;
import org.wfm.core.sim.CallerPatience;
import org.wfm.core.sim.Duty;
import org.wfm.core.sim.Routing;
import org.wfm.core.sim.Simulation;
import org.wfm.core.sim.StaffingRefinement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code wfm staffing}: agents needed for one interval, or for every interval of a forecast. */
@Command(name = "staffing", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Agents needed on the phones to meet a service goal (Erlang C, or Erlang A with --patience).",
                "One interval: --calls 100 --aht 180s --interval 30m --sl 0.8 --answer-within 20s [--json].",
                "A forecast: --input forecast.csv ([queue,]start,forecast|calls[,aht]) --output requirements.csv;"
                        + " a forecast of several queues staffs each with its goal from --goals goals.json.",
                "'required' (and JSON 'agents') is net: agents on the phones, not on break, without shrinkage;"
                        + " --shrinkage only sets 'scheduledAgents' (CSV 'scheduled_agents') = required / (1 - shrinkage),"
                        + " rounded up. The scheduler reads 'required' and applies its own unplannedShrinkage:"
                        + " do not give the same absences to both.",
                "--json prints one object: workload (Erlangs), agents, serviceLevel, asa (seconds, null when"
                        + " infinite), occupancy, probabilityOfWait, abandonRate (null without --patience),"
                        + " scheduledAgents."
        })
public final class StaffingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--calls", paramLabel = "N", description = "Calls offered in the interval (one-interval mode).")
    Double calls;

    @Option(names = "--aht", paramLabel = "DURATION",
            description = "Average handle time, e.g. 180s; with --input, for rows without an aht column.")
    Duration aht;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Interval length, e.g. 30m; with --input, inferred from the rows when absent.")
    Duration interval;

    @CommandLine.Mixin
    ServiceGoalOptions goal;

    @Option(names = "--shrinkage", paramLabel = "SHARE|NAME=SHARE",
            description = "Shrinkage, e.g. 0.3, or repeated components that compound: --shrinkage sick=0.05"
                    + " --shrinkage meetings=0.03.")
    List<String> shrinkage = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "N",
            description = "Evaluate this many agents on the phones instead of finding the fewest (one interval).")
    Integer agents;

    @CommandLine.Mixin
    JsonOutput json;

    @Option(names = "--input", paramLabel = "FILE", description = "Forecast CSV: start,forecast (or calls)[,aht]; lower and upper columns are ignored.")
    Path input;

    @Option(names = "--goals", paramLabel = "FILE",
            description = "Goals JSON for --input: a service goal (and patience) per queue, e.g. [{\"queue\": \"sales\","
                    + " \"sl\": 0.8, \"answerWithin\": \"PT20S\"}]; queues it does not name take the goal of the flags.")
    Path goals;

    @Option(names = "--refine-by-simulation",
            description = "Refine each queue's requirement by simulating the centre (--routing: how the queues' agents"
                    + " back each other up): an agent fewer where every queue keeps its goal, one more where a queue misses it.")
    boolean refine;

    @Option(names = "--routing", paramLabel = "FILE",
            description = "Routing JSON for --refine-by-simulation; its groups are the queues' agents (default: every"
                    + " agent takes every call).")
    Path routing;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "100",
            description = "Simulated replications per round of --refine-by-simulation (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed of --refine-by-simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "60",
            description = "Most simulations of --refine-by-simulation (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the forecast's wall-clock times (default: ${DEFAULT-VALUE}), to check starts:"
                    + " on the interval grid, not in a DST gap, repeated only in the autumn overlap.")
    ZoneId zone;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Requirements CSV to write (with --input); printed to stdout when absent.")
    Path output;

    @Override
    public Integer call() throws IOException {
        checkFlags();
        PrintWriter out = spec.commandLine().getOut();
        if (input != null) {
            staffForecast(out);
        } else {
            staffInterval(out);
        }
        out.flush();
        return 0;
    }

    private void checkFlags() {
        if ((calls == null) == (input == null)) {
            throw new IllegalArgumentException("give either --calls (one interval) or --input (a forecast CSV)");
        }
        if (input != null && (json.requested() || agents != null)) {
            throw new IllegalArgumentException((json.requested() ? "--json" : "--agents") + " is for one interval, not with --input");
        }
        if (input == null && (output != null || goals != null || refine)) {
            throw new IllegalArgumentException((output != null ? "--output" : goals != null ? "--goals"
                    : "--refine-by-simulation") + " is for --input; one interval prints to stdout");
        }
        if (!refine && routing != null) {
            throw new IllegalArgumentException("--routing is for --refine-by-simulation");
        }
        if (refine && (replications < 1 || replications > 100_000 || rounds < 1 || rounds > 1000)) {
            throw new IllegalArgumentException("--replications must be 1 to 100000 and --rounds 1 to 1000, got "
                    + replications + " and " + rounds);
        }
        if (input == null && (aht == null || interval == null)) {
            throw new IllegalArgumentException("--calls needs --aht and --interval (e.g. --aht 180s --interval 30m)");
        }
        if (calls != null && !(calls >= 0 && Double.isFinite(calls))) {
            throw new IllegalArgumentException("--calls must be 0 or more, got " + calls);
        }
        if (aht != null && !DurationConverter.isPositive(aht)) {
            throw new IllegalArgumentException("--aht must be more than 0 s, got " + aht);
        }
        if (interval != null && !DurationConverter.isPositive(interval)) {
            throw new IllegalArgumentException("--interval must be more than 0, got " + interval);
        }
        if (agents != null && (agents < 0 || agents > InputLimits.MAX_AGENTS)) {
            throw new IllegalArgumentException("--agents must be 0 to " + InputLimits.MAX_AGENTS + ", got " + agents);
        }
        goal.check(agents != null || goals != null);
    }

    private Shrinkage shrinkage() {
        Shrinkage total = Shrinkage.none();
        for (String part : shrinkage) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? "shrinkage" + (total.components().isEmpty() ? "" : total.components().size() + 1)
                    : part.substring(0, equals).trim();
            String share = part.substring(equals + 1).trim();
            try {
                total = total.with(name, Double.parseDouble(share));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shrinkage '" + part + "': expected a share like 0.3 or sick=0.05");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--shrinkage: " + e.getMessage());
            }
        }
        return total;
    }

    private void staffInterval(PrintWriter out) throws IOException {
        double ahtSeconds = seconds(aht);
        double workload = IntervalCalls.workload(calls, ahtSeconds, interval);
        QueueModel model = goal.model();
        Shrinkage lost = shrinkage();
        ExpectedService service = agents != null ? model.evaluate(workload, ahtSeconds, agents, goal.answerWithin(),
                goal.basis()) : new Staffing(model, goal.goal(), lost).solve(workload, ahtSeconds);
        if (json.requested()) {
            printJson(out, service, lost.plannedAgents(service.agents()));
        } else {
            printSummary(out, model, service, lost);
        }
    }

    private static void printJson(PrintWriter out, ExpectedService service, int planned) throws IOException {
        ObjectNode node = JsonOutput.object();
        node.put("workload", service.workload());
        node.put("agents", service.agents());
        node.put("serviceLevel", service.serviceLevel());
        putFinite(node, "asa", service.asa());
        node.put("occupancy", service.occupancy());
        node.put("probabilityOfWait", service.probabilityOfWait());
        if (service.abandonRate().isPresent()) {
            node.put("abandonRate", service.abandonRate().getAsDouble());
        } else {
            node.putNull("abandonRate");
        }
        node.put("scheduledAgents", planned); // the planned agents; key kept for compatibility
        JsonOutput.print(out, node);
    }

    private void printSummary(PrintWriter out, QueueModel model, ExpectedService service, Shrinkage lost) {
        String verdict;
        if (agents == null) {
            out.println(model + ", goal: " + goal.goal());
            verdict = " (fewest meeting the goal)";
        } else if (goal.hasTarget()) {
            out.println(model + ", evaluating " + agents + " agents against " + goal.goal());
            verdict = goal.goal().isMetBy(service) ? " (meets the goal)" : " (misses the goal)";
        } else {
            out.println(model + ", evaluating " + agents + " agents");
            verdict = "";
        }
        row(out, "Workload", String.format(Locale.ROOT, "%s Erlangs (%s calls x %s s in %s)",
                number(service.workload()), number(calls), number(seconds(aht)), length(interval)));
        row(out, "Agents", service.agents() + " on the phones" + verdict);
        row(out, "Service level", String.format(Locale.ROOT, "%.2f%% answered within %s%s", 100 * service.serviceLevel(),
                length(goal.answerWithin()), switch (service.basis()) {
                    case OFFERED -> "";
                    case ANSWERED -> " (of answered calls)";
                    case EXCLUDING_SHORT_ABANDONS -> " (of calls not abandoned within " + length(goal.answerWithin()) + ")";
                }));
        row(out, "ASA", Double.isFinite(service.asa()) ? String.format(Locale.ROOT, "%.2f s", service.asa())
                : "infinite (the queue cannot keep up: agents <= workload)");
        row(out, "Occupancy", String.format(Locale.ROOT, "%.1f%%", 100 * service.occupancy()));
        row(out, "P(wait)", String.format(Locale.ROOT, "%.2f%%", 100 * service.probabilityOfWait()));
        row(out, "Abandon rate", service.abandonRate().isPresent()
                ? String.format(Locale.ROOT, "%.2f%%", 100 * service.abandonRate().getAsDouble())
                : "not modelled (give --patience for Erlang A)");
        int planned = lost.plannedAgents(service.agents());
        row(out, "Planned", planned + " agents" + (shrinkage.isEmpty() ? " (no shrinkage given)"
                : String.format(Locale.ROOT, " (%.2f with %.2f%% shrinkage, rounded up)",
                lost.planned(service.agents()), 100 * lost.total())));
    }

    private void staffForecast(PrintWriter out) throws IOException {
        Map<String, Forecast> forecasts = readForecast();
        Map<String, Staffing> goalsByQueue = goals == null ? Map.of() : GoalsJson.read(goals, forecasts.keySet());
        Shrinkage lost = shrinkage();
        Map<String, Staffing> staffing = new TreeMap<>();
        Map<String, List<IntervalStaffing>> rows = new TreeMap<>();
        for (Map.Entry<String, Forecast> queue : forecasts.entrySet()) {
            Staffing one = goalsByQueue.containsKey(queue.getKey()) ? goalsByQueue.get(queue.getKey()).withShrinkage(lost)
                    : flagsStaffing(queue.getKey(), lost);
            staffing.put(queue.getKey(), one);
            rows.put(queue.getKey(), one.plan(demand(queue.getValue()), queue.getValue().calls().interval()));
        }
        StaffingRefinement.Result refined = refine ? refine(forecasts, staffing, rows) : null;
        Map<String, List<IntervalStaffing>> written = refined == null ? rows : refinedRows(forecasts, staffing, refined);
        Map<String, List<OptionalDouble>> simulated = refined == null ? null : simulatedLevels(forecasts, refined);
        if (output == null) {
            RequirementsCsv.writeStaffingQueues(out, written, simulated);
            return;
        }
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(input, goals, routing)) {
            RequirementsCsv.writeStaffingQueues(batch.stage(output), written, simulated);
            batch.commit();
        }
        Duration length = forecasts.values().iterator().next().calls().interval();
        if (written.size() == 1 && written.containsKey(ForecastCsv.MAIN_QUEUE)) {
            out.printf(Locale.ROOT, "wrote %d intervals of %s to %s %s%n", written.get(ForecastCsv.MAIN_QUEUE).size(),
                    length(length), output, summary(staffing.get(ForecastCsv.MAIN_QUEUE), written.get(ForecastCsv.MAIN_QUEUE)));
        } else {
            out.printf(Locale.ROOT, "wrote %d queues, %d intervals of %s in all, to %s:%n", written.size(),
                    written.values().stream().mapToInt(List::size).sum(), length(length), output);
            written.forEach((queue, planned) -> out.println("  " + queue + " " + summary(staffing.get(queue), planned)));
        }
        if (refined != null) {
            printRefinement(out, refined);
        }
    }

    /** What the refinement saved, in agent-hours on the phones, and the simulated service level before and after. */
    private void printRefinement(PrintWriter out, StaffingRefinement.Result refined) {
        double before = StaffingRefinement.Result.agentHours(refined.startAgents());
        double after = StaffingRefinement.Result.agentHours(refined.agents());
        out.printf(Locale.ROOT, "refined by simulation (%d rounds of %d replications, seed %d): %.1f agent-hours on the"
                        + " phones, %.1f fewer than each queue staffed alone (%.1f%%)%n", refined.rounds(), replications, seed,
                after, before - after, before == 0 ? 0 : 100 * (before - after) / before);
        Map<String, Double> alone = new TreeMap<>();
        refined.start().byQueue().forEach(row -> alone.put(row.queue(), row.serviceLevel().mean()));
        for (var row : refined.simulated().byQueue()) {
            out.printf(Locale.ROOT, "  %s: simulated service level %.1f%% (each queue staffed alone: %.1f%%)%n",
                    row.queue(), 100 * row.serviceLevel().mean(), 100 * alone.getOrDefault(row.queue(), Double.NaN));
        }
    }

    /**
     * Each queue's requirement refined by simulation, from the requirements of each queue alone (printRefinement says
     * what it saved).
     */
    private StaffingRefinement.Result refine(Map<String, Forecast> forecasts, Map<String, Staffing> staffing,
                                             Map<String, List<IntervalStaffing>> rows) throws IOException {
        Map<String, IntervalSeries> calls = new TreeMap<>();
        Map<String, IntervalSeries> handle = new TreeMap<>();
        Map<String, IntervalSeries> start = new TreeMap<>();
        forecasts.forEach((queue, forecast) -> {
            calls.put(queue, forecast.calls());
            handle.put(queue, forecast.aht().orElseThrow());
            IntervalSeries.Builder agents = IntervalSeries.builder(forecast.calls().zone(), forecast.calls().interval());
            List<IntervalStaffing> planned = rows.get(queue);
            for (int i = 0; i < planned.size(); i++) {
                agents.add(forecast.calls().zonedStart(i), planned.get(i).agents());
            }
            start.put(queue, agents.build());
        });
        Map<String, ServiceGoal> goalsByQueue = new TreeMap<>();
        staffing.forEach((queue, one) -> goalsByQueue.put(queue, one.goal()));
        ServiceGoal any = goalsByQueue.values().stream().filter(g -> g.serviceLevel() > 0).findFirst()
                .orElse(goalsByQueue.values().iterator().next());
        KpiDefinitions definitions = KpiDefinitions.defaults().withZone(zone).withAnswerWithin(any.answerWithin())
                .withBasis(any.basis());
        Simulation simulation = Simulation.of(Arrivals.forecast(calls, handle, Double.NaN), Duty.staffing(start))
                .withPatience(patience(staffing)).withReplications(replications).withSeed(seed);
        if (routing != null) {
            try {
                simulation = simulation.withRouting(Routing.read(routing));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(routing + ": " + e.getMessage(), e);
            }
        }
        StaffingRefinement.Result result = StaffingRefinement.refine(simulation, start, goalsByQueue, definitions, rounds);
        if (!result.meetsGoal()) {
            throw new IllegalArgumentException("--refine-by-simulation found no staffing that meets every queue's goal"
                    + " in the simulation within " + rounds + " rounds: give more --rounds");
        }
        return result;
    }

    /** The simulated service level of each row, in the rows' order (empty where no call came). */
    private static Map<String, List<OptionalDouble>> simulatedLevels(Map<String, Forecast> forecasts,
                                                                     StaffingRefinement.Result refined) {
        Map<String, List<OptionalDouble>> levels = new TreeMap<>();
        forecasts.forEach((queue, forecast) -> {
            IntervalSeries level = refined.serviceLevel().get(queue);
            IntervalSeries calls = forecast.calls();
            List<OptionalDouble> one = new ArrayList<>(calls.size());
            for (int i = 0; i < calls.size(); i++) {
                int at = level.indexOf(calls.zonedStart(i).toInstant());
                one.add(at < 0 ? OptionalDouble.empty() : OptionalDouble.of(level.value(at)));
            }
            levels.put(queue, one);
        });
        return levels;
    }

    /** The one caller patience of every queue's model for the simulation: none for Erlang C. */
    private CallerPatience patience(Map<String, Staffing> staffing) {
        java.util.Set<Optional<Duration>> patiences = new java.util.HashSet<>();
        staffing.values().forEach(one -> patiences.add(one.model() instanceof ErlangA a ? Optional.of(a.meanPatience())
                : Optional.empty()));
        if (patiences.size() > 1) {
            throw new IllegalArgumentException("--refine-by-simulation simulates one caller patience for every queue:"
                    + " give every queue the same patience (or none)");
        }
        return patiences.iterator().next().map(CallerPatience::exponential).orElse(CallerPatience.none());
    }

    /** The rows of the refined agents, each with the service that queue alone expects of them. */
    private static Map<String, List<IntervalStaffing>> refinedRows(Map<String, Forecast> forecasts,
                                                                   Map<String, Staffing> staffing,
                                                                   StaffingRefinement.Result refined) {
        Map<String, List<IntervalStaffing>> rows = new TreeMap<>();
        forecasts.forEach((queue, forecast) -> {
            List<IntervalCalls> demand = demand(forecast);
            IntervalSeries agents = refined.agents().get(queue);
            List<IntervalStaffing> one = new ArrayList<>(demand.size());
            for (int i = 0; i < demand.size(); i++) {
                one.add(staffing.get(queue).interval(demand.get(i), forecast.calls().interval(), (int) agents.value(i)));
            }
            rows.put(queue, one);
        });
        return rows;
    }

    /** The staffing the flags give, for a queue the goals file does not name. */
    private Staffing flagsStaffing(String queue, Shrinkage lost) {
        if (!goal.hasTarget()) {
            throw new InputFormatException(goals.toString(), 0, null, "no goal for queue '" + queue
                    + "' of the forecast: add one, or give --sl, --asa or --max-abandon for the queues without one");
        }
        return new Staffing(goal.model(), goal.goal(), lost);
    }

    private static List<IntervalCalls> demand(Forecast forecast) {
        IntervalSeries calls = forecast.calls();
        IntervalSeries handle = forecast.aht().orElseThrow(); // every interval's, as read
        List<IntervalCalls> demand = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            demand.add(IntervalCalls.of(calls.start(i), calls.value(i), handle.value(i)));
        }
        return demand;
    }

    /** {@code (<model>, <goal>); peak P agents on the phones at <start>}, the peak when there are intervals. */
    private static String summary(Staffing staffing, List<IntervalStaffing> rows) {
        IntervalStaffing peak = rows.stream().max(Comparator.comparingInt(IntervalStaffing::agents)).orElse(null);
        return "(" + staffing.model() + ", " + staffing.goal() + ")" + (peak == null ? ""
                : "; peak " + peak.agents() + " agents on the phones at " + peak.start());
    }

    /** The forecast of each queue with a handle time for every interval; --aht fills the rows without one. */
    private Map<String, Forecast> readForecast() throws IOException {
        try {
            return ForecastCsv.readQueuesWithHandleTimes(input, zone, interval,
                    aht == null ? OptionalDouble.empty() : OptionalDouble.of(seconds(aht)));
        } catch (InputFormatException e) {
            String hint = flagHint(e);
            throw hint == null ? e : new InputFormatException(e.source(), e.line(), e.field(), hint);
        }
    }

    /** The reader's problem with the flag that solves it, or null; the library's messages name no flags. */
    private String flagHint(InputFormatException e) {
        boolean ahtMissing = aht == null && ForecastCsv.AHT.equals(e.field());
        if (ahtMissing && e.line() == 1) {
            return "no aht column: give --aht";
        }
        if (ahtMissing && e.problem().equals("missing value")) {
            return "missing value: fill it in or give --aht";
        }
        boolean noGrain = interval == null && e.line() == 0 && e.problem().startsWith("cannot infer the interval");
        return noGrain ? e.problem() + ": give --interval" : null;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-14s %s%n", label, value);
    }

    /** A number, or null when it is infinite (an overloaded queue's ASA). */
    private static void putFinite(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static String number(double value) {
        return CsvWriter.format(value);
    }

    /** A duration for people: {@code 30 min}, {@code 20 s}, {@code 1 h}. */
    private static String length(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : number(seconds(duration)) + " s";
    }
}

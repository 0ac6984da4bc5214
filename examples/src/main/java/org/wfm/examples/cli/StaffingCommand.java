package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.io.CsvWriter;
import org.wfm.core.io.ForecastCsv;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.IntervalStaffing;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.ServiceLevelBasis;
import org.wfm.core.queue.Shrinkage;
import org.wfm.core.queue.Staffing;
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
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code wfm staffing}: agents needed for one interval, or for every interval of a forecast. */
@Command(name = "staffing", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Agents needed on the phones to meet a service goal (Erlang C, or Erlang A with --patience).",
                "One interval: --calls 100 --aht 180s --interval 30m --sl 0.8 --answer-within 20s [--json].",
                "A forecast: --input forecast.csv (start,forecast|calls[,aht]) --output requirements.csv.",
                "'required' (and JSON 'agents') is net: agents on the phones, not on break, without shrinkage;"
                        + " --shrinkage only sets 'scheduledAgents' (CSV 'scheduled_agents') = required / (1 - shrinkage),"
                        + " rounded up. The scheduler reads 'required' and applies its own unplannedShrinkage:"
                        + " do not give the same absences to both."
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

    @Option(names = "--sl", paramLabel = "SHARE", description = "Service level target, e.g. 0.8 for 80%%.")
    Double serviceLevel;

    @Option(names = "--answer-within", paramLabel = "DURATION", defaultValue = "20s",
            description = "Service level threshold (default: ${DEFAULT-VALUE}); also where SL is reported.")
    Duration answerWithin;

    @Option(names = "--sl-basis", paramLabel = "BASIS", defaultValue = "offered",
            description = "Service level as a share of: offered (default; abandons count against it), answered,"
                    + " or excluding-short-abandons (offered less calls abandoned within --answer-within)."
                    + " All agree without --patience.")
    String slBasis;

    @Option(names = "--asa", paramLabel = "DURATION", description = "Longest acceptable average speed of answer.")
    Duration asa;

    @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Occupancy cap, e.g. 0.85.")
    Double maxOccupancy;

    @Option(names = "--patience", paramLabel = "DURATION",
            description = "Mean caller patience: use Erlang A (with abandonment) instead of Erlang C.")
    Duration patience;

    @Option(names = "--max-abandon", paramLabel = "SHARE",
            description = "Largest acceptable abandon rate, e.g. 0.05 (needs --patience).")
    Double maxAbandon;

    @Option(names = "--shrinkage", paramLabel = "SHARE|NAME=SHARE",
            description = "Shrinkage, e.g. 0.3, or repeated components that compound: --shrinkage sick=0.05"
                    + " --shrinkage meetings=0.03.")
    List<String> shrinkage = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "N",
            description = "Evaluate this many agents on the phones instead of finding the fewest (one interval).")
    Integer agents;

    @Option(names = "--json", description = "Print one JSON object (one interval): workload, agents, serviceLevel,"
            + " asa, occupancy, probabilityOfWait, abandonRate, scheduledAgents. asa is null when infinite;"
            + " abandonRate is null without --patience.")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "Forecast CSV: start,forecast (or calls)[,aht]; lower and upper columns are ignored.")
    Path input;

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
            staffForecast(new Staffing(model(), goal(), shrinkage()), out);
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
        if (input != null && (json || agents != null)) {
            throw new IllegalArgumentException((json ? "--json" : "--agents") + " is for one interval, not with --input");
        }
        if (input == null && output != null) {
            throw new IllegalArgumentException("--output is for --input; one interval prints to stdout");
        }
        if (input == null && (aht == null || interval == null)) {
            throw new IllegalArgumentException("--calls needs --aht and --interval (e.g. --aht 180s --interval 30m)");
        }
        if (calls != null && !(calls >= 0 && Double.isFinite(calls))) {
            throw new IllegalArgumentException("--calls must be 0 or more, got " + calls);
        }
        if (aht != null && !positive(aht)) {
            throw new IllegalArgumentException("--aht must be more than 0 s, got " + aht);
        }
        if (interval != null && !positive(interval)) {
            throw new IllegalArgumentException("--interval must be more than 0, got " + interval);
        }
        if (agents != null && agents < 0) {
            throw new IllegalArgumentException("--agents must be 0 or more, got " + agents);
        }
        if (agents == null && serviceLevel == null && asa == null && maxAbandon == null) {
            throw new IllegalArgumentException("give a service goal: --sl (with --answer-within), --asa or --max-abandon");
        }
        if (maxAbandon != null && patience == null) {
            throw new IllegalArgumentException("--max-abandon needs --patience (Erlang A)");
        }
        checkShare("--sl", serviceLevel, false);
        checkShare("--max-occupancy", maxOccupancy, true);
        checkShare("--max-abandon", maxAbandon, true);
        if (answerWithin.isNegative()) {
            throw new IllegalArgumentException("--answer-within must be 0 s or more, got " + answerWithin);
        }
        if (asa != null && !positive(asa)) {
            throw new IllegalArgumentException("--asa must be more than 0 s, got " + asa);
        }
        if (patience != null && !positive(patience)) {
            throw new IllegalArgumentException("--patience must be more than 0 s, got " + patience);
        }
    }

    private static void checkShare(String flag, Double share, boolean oneAllowed) {
        if (share != null && !(share > 0 && (oneAllowed ? share <= 1 : share < 1))) {
            throw new IllegalArgumentException(flag + " must be between 0 and 1" + (oneAllowed ? "" : " (exclusive)")
                    + ", got " + share);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private QueueModel model() {
        return patience == null ? QueueModel.erlangC() : QueueModel.erlangA(patience);
    }

    /** The goal the flags give; only asked for when they give a target (see {@link #hasTarget()}). */
    private ServiceGoal goal() {
        ServiceGoal goal = serviceLevel != null ? ServiceGoal.serviceLevel(serviceLevel, answerWithin)
                : asa != null ? ServiceGoal.asa(asa).withAnswerWithin(answerWithin)
                : ServiceGoal.abandonRate(maxAbandon).withAnswerWithin(answerWithin);
        if (asa != null) {
            goal = goal.withMaxAsa(asa);
        }
        if (maxAbandon != null) {
            goal = goal.withMaxAbandonRate(maxAbandon);
        }
        goal = goal.withBasis(basis());
        return maxOccupancy != null ? goal.withMaxOccupancy(maxOccupancy) : goal;
    }

    private ServiceLevelBasis basis() {
        try {
            return ServiceLevelBasis.valueOf(slBasis.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sl-basis must be offered, answered or excluding-short-abandons, got '"
                    + slBasis + "'");
        }
    }

    private boolean hasTarget() {
        return serviceLevel != null || asa != null || maxAbandon != null;
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
        QueueModel model = model();
        Shrinkage lost = shrinkage();
        ExpectedService service = agents != null ? model.evaluate(workload, ahtSeconds, agents, answerWithin, basis())
                : new Staffing(model, goal(), lost).solve(workload, ahtSeconds);
        if (json) {
            printJson(out, service, lost.plannedAgents(service.agents()));
        } else {
            printSummary(out, model, service, lost);
        }
    }

    private static void printJson(PrintWriter out, ExpectedService service, int planned) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = mapper.createObjectNode();
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
        out.println(mapper.writeValueAsString(node));
    }

    private void printSummary(PrintWriter out, QueueModel model, ExpectedService service, Shrinkage lost) {
        String verdict;
        if (agents == null) {
            out.println(model + ", goal: " + goal());
            verdict = " (fewest meeting the goal)";
        } else if (hasTarget()) {
            out.println(model + ", evaluating " + agents + " agents against " + goal());
            verdict = goal().isMetBy(service) ? " (meets the goal)" : " (misses the goal)";
        } else {
            out.println(model + ", evaluating " + agents + " agents");
            verdict = "";
        }
        row(out, "Workload", String.format(Locale.ROOT, "%s Erlangs (%s calls x %s s in %s)",
                number(service.workload()), number(calls), number(seconds(aht)), length(interval)));
        row(out, "Agents", service.agents() + " on the phones" + verdict);
        row(out, "Service level", String.format(Locale.ROOT, "%.2f%% answered within %s%s", 100 * service.serviceLevel(),
                length(answerWithin), switch (service.basis()) {
                    case OFFERED -> "";
                    case ANSWERED -> " (of answered calls)";
                    case EXCLUDING_SHORT_ABANDONS -> " (of calls not abandoned within " + length(answerWithin) + ")";
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

    private void staffForecast(Staffing staffing, PrintWriter out) throws IOException {
        Forecast forecast = readForecast();
        IntervalSeries calls = forecast.calls();
        IntervalSeries handle = forecast.aht().orElseThrow(); // every interval's, as read
        List<IntervalCalls> demand = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            demand.add(IntervalCalls.of(calls.start(i), calls.value(i), handle.value(i)));
        }
        Duration length = calls.interval();
        List<IntervalStaffing> rows = staffing.plan(demand, length);
        if (output == null) {
            RequirementsCsv.writeStaffing(out, rows);
            return;
        }
        RequirementsCsv.writeStaffing(output, rows);
        IntervalStaffing peak = rows.stream().max(Comparator.comparingInt(IntervalStaffing::agents)).orElse(null);
        out.printf(Locale.ROOT, "wrote %d intervals of %s to %s (%s, %s)%s%n", rows.size(), length(length), output,
                staffing.model(), staffing.goal(), peak == null ? ""
                        : "; peak " + peak.agents() + " agents on the phones at " + peak.start());
    }

    /** The forecast with a handle time for every interval; --aht fills the rows without one. */
    private Forecast readForecast() throws IOException {
        try {
            return ForecastCsv.readWithHandleTimes(input, zone, interval,
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

package org.wfm.examples.cli;

import org.wfm.core.IntervalSeries;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.io.RequirementsCsv;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.io.TeamCsv;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.ShiftType;
import org.wfm.core.workforce.TimeOff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code wfm problem}: a schedule problem JSON built from a team file, shift types and requirements. */
@Command(name = "problem", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Builds the schedule problem of a horizon from a planner's files: the team (team.csv:"
                        + " agent,shift_types,min_hours,max_hours,max_days,min_rest_hours,max_consecutive_days[,skills]),"
                        + " the shift types (JSON list as in the problem format), the requirements per interval (wfm"
                        + " staffing's CSV) and time off (agent,date[,until],reason).",
                "The interval is the requirements' unless --interval says otherwise; requirements on a coarser grid are"
                        + " split onto it only with --split-requirements; a horizon the requirements do not reach is an error."
        })
public final class ProblemCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--team", required = true, paramLabel = "FILE", description = "Team CSV: one row per agent.")
    Path team;

    @Option(names = "--shift-types", required = true, paramLabel = "FILE", description = "Shift types JSON: a list.")
    Path shiftTypes;

    @Option(names = "--requirements", required = true, paramLabel = "FILE",
            description = "Requirements CSV ([queue,]start,required,...): agents needed on the phones per interval.")
    Path requirements;

    @Option(names = "--start", required = true, paramLabel = "DATE", description = "First day of the horizon, e.g. 2026-06-01.")
    LocalDate start;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "Days in the horizon (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the requirements' wall-clock times and of the problem (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "The problem's interval, e.g. 15m (default: the requirements' grain).")
    Duration interval;

    @Option(names = "--split-requirements",
            description = "Requirements on a coarser grid than --interval: each finer interval keeps the agents of its coarse one.")
    boolean split;

    @Option(names = "--unplanned-shrinkage", paramLabel = "SHARE", defaultValue = "0",
            description = "Share of scheduled time lost to absence the roster cannot plan (sick leave), e.g. 0.06 (default: ${DEFAULT-VALUE}).")
    double unplannedShrinkage;

    @Option(names = "--time-off", paramLabel = "FILE", description = "Time-off CSV: agent,date[,until],reason.")
    Path timeOff;

    @Option(names = "--name", paramLabel = "NAME", description = "The problem's name (default: the team file's name and the start).")
    String name;

    @CommandLine.Mixin
    PreviousOption previous;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Schedule problem JSON to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        prefixed("--", () -> ScheduleProblem.checkDays(days));
        if (!(unplannedShrinkage >= 0 && unplannedShrinkage < 1)) {
            throw new IllegalArgumentException("--unplanned-shrinkage must be a share from 0 to below 1 (0.06 for 6 %),"
                    + " got " + unplannedShrinkage);
        }
        if (interval != null) {
            prefixed("--", () -> ScheduleProblem.checkInterval(interval));
        }
        List<ShiftType> types = ScheduleProblemJson.readShiftTypes(shiftTypes);
        List<Agent> agents = TeamCsv.read(team, ids(types));
        if (timeOff != null) {
            agents = withTimeOff(agents, TeamCsv.readTimeOff(timeOff,
                    agents.stream().map(Agent::id).collect(Collectors.toSet())));
        }
        Map<String, IntervalSeries> required = requirements();
        List<QueueDemand> queues = new ArrayList<>();
        required.forEach((queue, series) -> queues.add(QueueDemand.of(queue, series)));
        String problemName = name != null ? name : stem(team) + "-" + start;
        ScheduleProblem problem;
        try {
            problem = ScheduleProblem.ofQueues(problemName, zone, required.values().iterator().next().interval(),
                    start, days, queues, unplannedShrinkage, types, agents);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            Path blamed = message.startsWith("agent ") || message.startsWith("queue ") ? team : shiftTypes;
            throw new IllegalArgumentException(blamed + ": " + message, e);
        }
        problem = previous.apply(problem, team);
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(team, shiftTypes, requirements, timeOff,
                previous.previous)) {
            ScheduleProblemJson.write(problem, batch.stage(output));
            batch.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        double hours = problem.plannedDemand() * problem.interval().toSeconds() / 3600.0;
        out.printf(Locale.ROOT, "wrote %s: %d agents, %d shift types, %d days from %s of %d-minute intervals, %s, %.0f"
                        + " agent-hours planned on the phones (unplanned shrinkage %.0f%%)%s%n", output, agents.size(),
                types.size(), days, start, problem.interval().toMinutes(),
                queues.size() == 1 ? "1 queue" : queues.size() + " queues (" + String.join(", ", required.keySet()) + ")",
                hours, 100 * unplannedShrinkage, problem.previous().isEmpty() ? ""
                        : String.format(Locale.ROOT, "; follows %d shifts of %s", problem.previous().size(),
                        previous.previous));
        out.flush();
        return 0;
    }

    /**
     * The requirements per queue on the problem's grid: read on their own grain, split onto a finer --interval when
     * asked, refused when they do not reach the horizon.
     */
    private Map<String, IntervalSeries> requirements() throws IOException {
        Map<String, IntervalSeries> read = RequirementsCsv.readQueues(requirements, zone, null);
        Duration grain = read.values().iterator().next().interval();
        if (!split && interval != null && !grain.equals(interval)) {
            throw new InputFormatException(requirements.toString(), 0, "start", "the requirements are on a "
                    + grain.toMinutes() + "-minute grid, not the --interval of " + interval.toMinutes() + " minutes: give"
                    + " --interval " + grain.toMinutes() + "m" + (grain.compareTo(interval) > 0
                    && grain.toSeconds() % interval.toSeconds() == 0 ? ", or --split-requirements to give each "
                    + interval.toMinutes() + "-minute interval the agents of its " + grain.toMinutes() + "-minute one" : ""));
        }
        if (split) {
            if (interval == null) {
                throw new IllegalArgumentException("--split-requirements needs --interval (the finer grid, e.g. 15m)");
            }
            if (grain.toSeconds() % interval.toSeconds() != 0) {
                throw new InputFormatException(requirements.toString(), 0, "start", "the requirements' "
                        + grain.toMinutes() + "-minute intervals cannot be split into " + interval.toMinutes()
                        + "-minute ones: give an --interval that divides " + grain.toMinutes() + " minutes");
            }
            Map<String, IntervalSeries> fine = new TreeMap<>();
            read.forEach((queue, series) -> fine.put(queue, split(series, interval)));
            read = fine;
        }
        ZonedDateTime from = start.atStartOfDay(zone);
        ZonedDateTime to = start.plusDays(days).atStartOfDay(zone);
        long inside = 0;
        for (IntervalSeries series : read.values()) {
            for (int i = 0; i < series.size(); i++) {
                ZonedDateTime at = series.zonedStart(i);
                inside += !at.isBefore(from) && at.isBefore(to) ? 1 : 0;
            }
        }
        if (inside == 0) {
            throw new InputFormatException(requirements.toString(), 0, "start", "no requirement falls in the horizon "
                    + start + ".." + start.plusDays(days - 1L) + ": the requirements run " + span(read)
                    + "; give the --start of their week");
        }
        return read;
    }

    /** Each interval of {@code series} as intervals of {@code finer} with the same agents. */
    private static IntervalSeries split(IntervalSeries series, Duration finer) {
        IntervalSeries.Builder out = IntervalSeries.builder(series.zone(), finer);
        long parts = series.interval().toSeconds() / finer.toSeconds();
        for (int i = 0; i < series.size(); i++) {
            for (long k = 0; k < parts; k++) {
                out.add(series.zonedStart(i).plus(finer.multipliedBy(k)), series.value(i));
            }
        }
        return out.build();
    }

    private static String span(Map<String, IntervalSeries> read) {
        LocalDate first = read.values().stream().filter(s -> !s.isEmpty()).map(IntervalSeries::firstDate)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate last = read.values().stream().filter(s -> !s.isEmpty()).map(IntervalSeries::lastDate)
                .max(LocalDate::compareTo).orElse(null);
        return first == null ? "nowhere (the file has no rows)" : "from " + first + " to " + last;
    }

    /**
     * The agents with their days off, and each day off in the horizon paid as the contract's average day: it lowers
     * min_hours and max_hours by max_hours / max_days (not below 0; no change without both limits), so a week's
     * contract stays feasible around a vacation.
     */
    private List<Agent> withTimeOff(List<Agent> agents, Map<String, List<TimeOff>> off) {
        List<Agent> out = new ArrayList<>(agents.size());
        for (Agent a : agents) {
            List<TimeOff> daysOff = off.getOrDefault(a.id(), List.of());
            LocalDate end = start.plusDays(days);
            long inHorizon = daysOff.stream().filter(d -> !d.date().isBefore(start) && d.date().isBefore(end)).count();
            Contract c = a.contract();
            double paidDay = Double.isInfinite(c.maxHours()) || c.maxDays() == Integer.MAX_VALUE || c.maxDays() == 0 ? 0
                    : c.maxHours() / c.maxDays();
            Contract lowered = new Contract(Math.max(0, c.minHours() - inHorizon * paidDay),
                    Math.max(0, c.maxHours() - inHorizon * paidDay), c.maxDays(), c.minRestHours(), c.maxConsecutiveDays());
            out.add(new Agent(a.id(), a.shiftTypes(), lowered, daysOff, a.unavailable(), a.skills()));
        }
        return out;
    }

    private static String stem(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static void prefixed(String prefix, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        }
    }

    private static Set<String> ids(List<ShiftType> types) {
        return types.stream().map(ShiftType::id).collect(Collectors.toSet());
    }
}

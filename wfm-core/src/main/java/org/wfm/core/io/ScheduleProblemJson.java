package org.wfm.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.wfm.core.IntervalSeries;
import org.wfm.core.queue.Requirement;
import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes the schedule problem JSON of the public formats. {@code requirements} is either a CSV path
 * relative to the JSON file's folder (the requirements CSV: {@code start,required,...}, with an optional
 * {@code queue} column) or an inline array of {@code {"start": ..., "required": ..., "queue": ...}} ({@code queue}
 * optional). {@code queues} ({@code [{"id": ..., "weight": ...}]}) is optional: without it the queues are those the
 * requirements name, weight 1, in the order of their ids, or the one queue {@code main} when they name none.
 */
public final class ScheduleProblemJson {

    /** The file's shape; {@code requirements} stays a tree because it is a path or an array. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProblemFile(String name, ZoneId zone, Duration interval, LocalDate start, Integer days,
                       JsonNode requirements, Double unplannedShrinkage, List<ShiftType> shiftTypes,
                       List<Agent> agents, List<QueueRow> queues, List<Shift> previous,
                       List<ActivityRow> activities) {
    }

    /** One entry of {@code activities}; {@code attendees} is a list of ids or {@code "all"}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActivityRow(String id, Duration length, Boolean together, JsonNode attendees, Double minAttendance,
                       Integer perAgent, List<Activity.Window> windows, Boolean paid) {
    }

    /** One entry of {@code queues}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QueueRow(String id, Double weight) {
    }

    /** One inline requirement; {@code queue} is absent in a problem without queues. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequirementRow(LocalDateTime start, Double required, String queue) {
    }

    private ScheduleProblemJson() {
    }

    /**
     * Reads a shift types file: a list of shift types as the problem's {@code shiftTypes} holds them.
     *
     * @throws InputFormatException naming the file, line and JSON path ({@code [0].length}) of a malformed or invalid
     *                              shift type, a file that is not a list or is empty, or a shift type id given twice
     */
    public static List<ShiftType> readShiftTypes(Path file) throws IOException {
        String source = file.toString();
        List<ShiftType> types;
        try (Reader reader = InputFile.open(file)) {
            JsonNode tree = WfmJson.mapper().readTree(reader);
            if (tree == null || !tree.isArray() || tree.isEmpty()) {
                throw new InputFormatException(source, 1, null, "expected a list of shift types, e.g. [{\"id\": \"FT8\","
                        + " \"earliestStart\": \"07:00\", \"latestStart\": \"13:30\", \"startStep\": \"PT15M\","
                        + " \"length\": \"PT8H30M\"}]");
            }
            types = WfmJson.mapper().readerForListOf(ShiftType.class).readValue(tree);
        } catch (JsonProcessingException e) {
            throw WfmJson.error(source, e);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            if (!ids.add(types.get(i).id())) {
                throw new InputFormatException(source, 0, "[" + i + "].id", "shift type " + types.get(i).id()
                        + " is listed twice");
            }
        }
        return types;
    }

    /** Reads a problem file; a requirements CSV path in it is resolved against the file's folder. */
    public static ScheduleProblem read(Path file) throws IOException {
        try (Reader reader = InputFile.open(file)) {
            Path folder = file.toAbsolutePath().getParent();
            return read(file.toString(), reader, folder);
        }
    }

    /**
     * Reads a problem from {@code reader}; {@code source} names it in errors, and a requirements CSV path is
     * resolved against {@code folder}.
     */
    public static ScheduleProblem read(String source, Reader reader, Path folder) throws IOException {
        ProblemFile file;
        try {
            file = WfmJson.mapper().readValue(reader, ProblemFile.class);
        } catch (JsonProcessingException e) {
            throw WfmJson.error(source, e);
        }
        require(source, file.interval(), "interval");
        require(source, file.start(), "start");
        require(source, file.requirements(), "requirements");
        int days = file.days() == null ? 7 : file.days();
        double unplannedShrinkage = file.unplannedShrinkage() == null ? 0 : file.unplannedShrinkage();
        field(source, "interval", () -> ScheduleProblem.checkInterval(file.interval()));
        field(source, "days", () -> ScheduleProblem.checkDays(days));
        field(source, "unplannedShrinkage", () -> ScheduleProblem.checkUnplannedShrinkage(unplannedShrinkage));
        ZoneId zone = file.zone() == null ? ZoneId.of("UTC") : file.zone();
        Map<String, IntervalSeries> byQueue = requirements(source, file.requirements(), zone, file.interval(), folder);
        List<QueueDemand> queues = queues(source, file.queues(), byQueue, zone, file.interval());
        List<ShiftType> shiftTypes = file.shiftTypes() == null ? List.of() : file.shiftTypes();
        List<Agent> agents = file.agents() == null ? List.of() : file.agents();
        ScheduleProblem problem;
        try {
            problem = ScheduleProblem.ofQueues(file.name(), zone, file.interval(), file.start(), days, queues,
                    unplannedShrinkage, shiftTypes, agents);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, null, e.getMessage());
        }
        if (file.previous() != null) {
            try {
                problem = problem.withPrevious(file.previous());
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, 0, "previous", e.getMessage());
            }
        }
        if (file.activities() == null) {
            return problem;
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < file.activities().size(); i++) {
            activities.add(activity(source, "activities[" + i + "]", file.activities().get(i)));
        }
        try {
            return problem.withActivities(activities);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, "activities[" + firstRefused(problem, activities) + "]",
                    e.getMessage());
        }
    }

    /** The index of the first activity the problem refuses with those before it (to name it by its JSON path). */
    private static int firstRefused(ScheduleProblem problem, List<Activity> activities) {
        for (int i = 0; i < activities.size(); i++) {
            try {
                problem.withActivities(activities.subList(0, i + 1));
            } catch (IllegalArgumentException e) {
                return i;
            }
        }
        return activities.size() - 1; // the whole list is refused (too many sessions): name the last
    }

    private static Activity activity(String source, String path, ActivityRow row) {
        if (row == null || row.id() == null) {
            throw new InputFormatException(source, 0, path + ".id", "missing field 'id'");
        }
        if (row.length() == null) {
            throw new InputFormatException(source, 0, path + ".length", "missing field 'length' (e.g. \"PT1H\")");
        }
        if (row.together() == null) {
            throw new InputFormatException(source, 0, path + ".together", "missing field 'together': true for one "
                    + "session of all attendees (a meeting), false for a session of each (coaching)");
        }
        if (Boolean.FALSE.equals(row.paid())) {
            throw new InputFormatException(source, 0, path + ".paid", "unpaid activities are not supported: an "
                    + "activity is paid work time inside a shift; leave 'paid' out or set it to true");
        }
        if (row.windows() != null && row.windows().isEmpty()) {
            throw new InputFormatException(source, 0, path + ".windows", "lists no window; leave it out for the whole "
                    + "horizon");
        }
        List<String> attendees = attendees(source, path + ".attendees", row.attendees());
        try {
            return new Activity(row.id(), row.length(), row.together(), attendees,
                    row.minAttendance() == null ? 1 : row.minAttendance(),
                    row.perAgent() == null ? 1 : row.perAgent(), row.windows());
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, path, e.getMessage());
        }
    }

    /** A list of agent ids, or {@code "all"} (the empty list of {@link Activity#attendees}). */
    private static List<String> attendees(String source, String path, JsonNode node) {
        if (node == null) {
            throw new InputFormatException(source, 0, path, "missing field 'attendees': a list of agent ids or \"all\"");
        }
        if (node.isTextual() && node.asText().equals("all")) {
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InputFormatException(source, 0, path, "expected a non-empty list of agent ids or \"all\"");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
                throw new InputFormatException(source, 0, path + "[" + i + "]", "expected an agent id");
            }
            ids.add(node.get(i).asText());
        }
        return ids;
    }

    private static ActivityRow row(Activity a) {
        JsonNode attendees = a.forAll() ? WfmJson.mapper().getNodeFactory().textNode("all")
                : WfmJson.mapper().valueToTree(a.attendees());
        return new ActivityRow(a.id(), a.length(), a.together(), attendees, a.together() ? a.minAttendance() : null,
                a.together() ? null : a.perAgent(), a.windows().isEmpty() ? null : a.windows(), null);
    }

    /**
     * The queues: those of {@code queues} when given (every queue the requirements name must be among them), else
     * those the requirements name with weight 1.
     */
    private static List<QueueDemand> queues(String source, List<QueueRow> rows, Map<String, IntervalSeries> byQueue,
                                            ZoneId zone, Duration interval) {
        if (rows == null) {
            List<QueueDemand> queues = new ArrayList<>();
            byQueue.forEach((id, series) -> queues.add(QueueDemand.of(id, series)));
            return queues;
        }
        if (rows.isEmpty()) {
            throw new InputFormatException(source, 0, "queues", "lists no queue; leave it out for the one queue main");
        }
        List<QueueDemand> queues = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            QueueRow row = rows.get(i);
            String path = "queues[" + i + "]";
            if (row == null || row.id() == null) {
                throw new InputFormatException(source, 0, path + ".id", "missing field 'id'");
            }
            if (!ids.add(row.id())) {
                throw new InputFormatException(source, 0, path + ".id", "queue " + row.id() + " is listed twice");
            }
            IntervalSeries series = byQueue.getOrDefault(row.id(), IntervalSeries.builder(zone, interval).build());
            try {
                queues.add(new QueueDemand(row.id(), row.weight() == null ? 1 : row.weight(), series));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, 0, path, e.getMessage());
            }
        }
        for (String named : byQueue.keySet()) {
            if (!ids.contains(named)) {
                throw new InputFormatException(source, 0, "requirements", "a requirement names queue '" + named
                        + "', which is not in queues (" + String.join(", ", ids) + ")");
            }
        }
        return queues;
    }

    /** Runs a check of one top-level field, naming the field when it fails. */
    private static void field(String source, String name, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, name, e.getMessage());
        }
    }

    /** Writes a problem with its requirements inline, so the file stands alone. */
    public static void write(ScheduleProblem problem, Path file) throws IOException {
        List<RequirementRow> entries = new ArrayList<>();
        List<QueueRow> queues = problem.hasQueues() ? new ArrayList<>() : null;
        for (QueueDemand queue : problem.queues()) {
            IntervalSeries r = queue.requirements();
            for (int i = 0; i < r.size(); i++) {
                entries.add(new RequirementRow(r.start(i), r.value(i), queues == null ? null : queue.id()));
            }
            if (queues != null) {
                queues.add(new QueueRow(queue.id(), queue.weight()));
            }
        }
        ProblemFile out = new ProblemFile(problem.name(), problem.zone(), problem.interval(), problem.start(),
                problem.days(), WfmJson.mapper().valueToTree(entries), problem.unplannedShrinkage(),
                problem.shiftTypes(), problem.agents(), queues,
                problem.previous().isEmpty() ? null : problem.previous(),
                problem.activities().isEmpty() ? null : problem.activities().stream().map(ScheduleProblemJson::row).toList());
        AtomicFile.write(file, w -> WfmJson.mapper().writeValue(w, out));
    }

    /** The requirements per queue ({@link QueueDemand#MAIN} for rows that name none), queues in id order. */
    private static Map<String, IntervalSeries> requirements(String source, JsonNode node, ZoneId zone,
                                                            Duration interval, Path folder) throws IOException {
        if (node.isTextual()) {
            Path csv = folder.resolve(node.asText());
            if (!Files.exists(csv)) {
                throw new InputFormatException(source, 0, "requirements", "requirements file not found: " + csv);
            }
            return new TreeMap<>(RequirementsCsv.readQueues(csv, zone, interval));
        }
        if (!node.isArray()) {
            throw new InputFormatException(source, 0, "requirements",
                    "expected a CSV path or an array of {\"start\": ..., \"required\": ..., \"queue\": ...}");
        }
        List<RequirementRow> rows = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String path = "requirements[" + i + "]";
            RequirementRow row;
            try {
                row = WfmJson.mapper().treeToValue(node.get(i), RequirementRow.class);
            } catch (JsonProcessingException e) {
                throw new InputFormatException(source, 0, path, WfmJson.problem(e));
            }
            if (row == null || row.start() == null || row.required() == null) {
                throw new InputFormatException(source, 0, path, "needs \"start\" and \"required\"");
            }
            try {
                new Requirement(row.start(), row.required()); // its range check
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, 0, path + ".required", e.getMessage());
            }
            if (row.queue() != null && row.queue().isBlank()) {
                throw new InputFormatException(source, 0, path + ".queue", "is blank; name a queue or leave it out");
            }
            rows.add(row);
        }
        boolean named = rows.stream().anyMatch(r -> r.queue() != null);
        Grain.requireNotCoarser(source, "requirements",
                rows.stream().map(RequirementRow::start).toArray(LocalDateTime[]::new), interval);
        Map<String, IntervalSeries.Builder> builders = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RequirementRow row = rows.get(i);
            if (named && row.queue() == null) {
                throw new InputFormatException(source, 0, "requirements[" + i + "].queue",
                        "missing: other rows name their queue, so every row must");
            }
            String queue = row.queue() == null ? QueueDemand.MAIN : row.queue();
            try {
                builders.computeIfAbsent(queue, q -> IntervalSeries.builder(zone, interval))
                        .add(row.start(), row.required());
            } catch (IllegalArgumentException ex) {
                throw new InputFormatException(source, 0, "requirements[" + i + "]", ex.getMessage());
            }
        }
        Map<String, IntervalSeries> byQueue = new TreeMap<>();
        builders.forEach((queue, builder) -> byQueue.put(queue, builder.build()));
        if (byQueue.isEmpty()) {
            byQueue.put(QueueDemand.MAIN, IntervalSeries.builder(zone, interval).build());
        }
        return byQueue;
    }

    private static void require(String source, Object value, String field) {
        if (value == null) {
            throw new InputFormatException(source, 0, field, "missing field '" + field + "'");
        }
    }

}

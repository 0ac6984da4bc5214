package org.wfm.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.wfm.core.IntervalSeries;
import org.wfm.core.queue.Requirement;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.ScheduleProblem;
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
import java.util.List;

/**
 * Reads and writes the schedule problem JSON of the public formats. {@code requirements} is either a CSV path
 * relative to the JSON file's folder (the requirements CSV: {@code start,required,...}) or an inline array of
 * {@code {"start": ..., "required": ...}}.
 */
public final class ScheduleProblemJson {

    /** The file's shape; {@code requirements} stays a tree because it is a path or an array. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProblemFile(String name, ZoneId zone, Duration interval, LocalDate start, Integer days,
                       JsonNode requirements, Double unplannedShrinkage, List<ShiftType> shiftTypes,
                       List<Agent> agents) {
    }

    private ScheduleProblemJson() {
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
        IntervalSeries requirements = requirements(source, file.requirements(), zone, file.interval(), folder);
        try {
            return new ScheduleProblem(file.name(), zone, file.interval(), file.start(), days, requirements,
                    unplannedShrinkage,
                    file.shiftTypes() == null ? List.of() : file.shiftTypes(),
                    file.agents() == null ? List.of() : file.agents());
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, null, e.getMessage());
        }
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
        List<Requirement> entries = new ArrayList<>();
        IntervalSeries r = problem.requirements();
        for (int i = 0; i < r.size(); i++) {
            entries.add(new Requirement(r.start(i), r.value(i)));
        }
        ProblemFile out = new ProblemFile(problem.name(), problem.zone(), problem.interval(), problem.start(),
                problem.days(), WfmJson.mapper().valueToTree(entries), problem.unplannedShrinkage(),
                problem.shiftTypes(), problem.agents());
        AtomicFile.write(file, w -> WfmJson.mapper().writeValue(w, out));
    }

    private static IntervalSeries requirements(String source, JsonNode node, ZoneId zone, Duration interval,
                                               Path folder) throws IOException {
        if (node.isTextual()) {
            Path csv = folder.resolve(node.asText());
            if (!Files.exists(csv)) {
                throw new InputFormatException(source, 0, "requirements", "requirements file not found: " + csv);
            }
            return RequirementsCsv.read(csv, zone, interval);
        }
        if (!node.isArray()) {
            throw new InputFormatException(source, 0, "requirements",
                    "expected a CSV path or an array of {\"start\": ..., \"required\": ...}");
        }
        List<Requirement> entries = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            try {
                entries.add(WfmJson.mapper().treeToValue(node.get(i), Requirement.class));
            } catch (JsonProcessingException e) {
                throw new InputFormatException(source, 0, "requirements[" + i + "]", WfmJson.problem(e));
            }
        }
        return toSeries(source, entries, zone, interval);
    }

    private static IntervalSeries toSeries(String source, List<Requirement> entries, ZoneId zone, Duration interval) {
        Grain.requireNotCoarser(source, "requirements",
                entries.stream().map(Requirement::start).toArray(LocalDateTime[]::new), interval);
        IntervalSeries.Builder series = IntervalSeries.builder(zone, interval);
        for (Requirement e : entries) {
            try {
                series.add(e.start(), e.required());
            } catch (IllegalArgumentException ex) {
                throw new InputFormatException(source, 0, "requirements", ex.getMessage());
            }
        }
        return series.build();
    }

    private static void require(String source, Object value, String field) {
        if (value == null) {
            throw new InputFormatException(source, 0, field, "missing field '" + field + "'");
        }
    }

}

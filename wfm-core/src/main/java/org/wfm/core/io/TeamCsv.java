package org.wfm.core.io;

import org.wfm.core.InputLimits;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.TimeOff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The team CSV and time-off CSV of the public formats, from which {@code wfm problem} builds a problem's agents.
 * <ul>
 *   <li>Team: {@code agent,shift_types,min_hours,max_hours,max_days,min_rest_hours,max_consecutive_days[,skills]},
 *       one row per agent; {@code shift_types} (required) and {@code skills} list ids separated by {@code ;}; an
 *       empty limit is no limit (hours and rest in hours, days whole numbers).</li>
 *   <li>Time off: {@code agent,date[,until],reason}, one row per absence of whole days from {@code date} to
 *       {@code until} (inclusive, default: that day); {@code reason} is vacation, sick or other (default other).</li>
 * </ul>
 */
public final class TeamCsv {

    /** The longest absence one time-off row may give, in days. */
    public static final int MAX_ABSENCE_DAYS = 366;

    private TeamCsv() {
    }

    /**
     * The agents of a team file in file order, without time off.
     *
     * @param shiftTypes the ids of the shift types the agents may name
     * @throws InputFormatException naming the file, line and column of a missing column, a blank or repeated agent
     *                              id, an unknown or repeated shift type, a negative or malformed limit, a fraction
     *                              of a day, or a skill named twice
     */
    public static List<Agent> read(Path file, Set<String> shiftTypes) throws IOException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("agent", "shift_types", "min_hours", "max_hours", "max_days", "min_rest_hours",
                "max_consecutive_days");
        if (table.rows().isEmpty()) {
            throw new InputFormatException(table.source(), 2, null, "no agents: the team is empty");
        }
        Map<String, Integer> lineOf = new HashMap<>();
        List<Agent> agents = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.string("agent");
            Integer before = lineOf.putIfAbsent(id, row.line());
            if (before != null) {
                throw row.error("agent", "agent " + id + " appears twice (also on line " + before + ")");
            }
            List<String> types = ids(row, "shift_types");
            if (types.isEmpty()) {
                throw row.error("shift_types", "agent " + id + " needs at least one shift type, e.g. FT8;PT4");
            }
            for (String type : types) {
                if (!shiftTypes.contains(type)) {
                    throw row.error("shift_types", "unknown shift type '" + type + "': the shift types are "
                            + String.join(", ", new TreeSet<>(shiftTypes)));
                }
            }
            Contract contract;
            try {
                contract = Contract.of(hours(row, "min_hours"), hours(row, "max_hours"), days(row, "max_days"),
                        hours(row, "min_rest_hours"), days(row, "max_consecutive_days"));
            } catch (InputFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) { // the contract's own checks, in its field names
                String message = e.getMessage();
                String column = message.contains("minRestHours") ? "min_rest_hours"
                        : message.contains("maxConsecutiveDays") ? "max_consecutive_days"
                        : message.contains("maxHours") ? "max_hours" : "min_hours";
                throw row.error(column, message);
            }
            List<String> skills = row.text("skills").isPresent() ? ids(row, "skills") : List.of();
            try {
                agents.add(new Agent(id, types, contract, List.of(), List.of(), skills));
            } catch (IllegalArgumentException e) {
                throw row.error("skills", e.getMessage());
            }
        }
        return agents;
    }

    /**
     * The days off per agent of a time-off file, each agent's in date order.
     *
     * @param agents the ids of the team's agents
     * @throws InputFormatException naming the file, line and column of an unknown agent, a malformed date, an
     *                              {@code until} before {@code date} or more than {@value #MAX_ABSENCE_DAYS} days
     *                              after it, an unknown reason, or a day already off for that agent
     */
    public static Map<String, List<TimeOff>> readTimeOff(Path file, Set<String> agents) throws IOException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("agent", "date");
        Map<String, Map<LocalDate, Integer>> lines = new LinkedHashMap<>();
        Map<String, List<TimeOff>> off = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String agent = row.string("agent");
            if (!agents.contains(agent)) {
                throw row.error("agent", "agent " + agent + " is not in the team");
            }
            LocalDate from = row.date("date");
            LocalDate until = row.text("until").isPresent() ? row.date("until") : from;
            long days = ChronoUnit.DAYS.between(from, until) + 1;
            if (days < 1 || days > MAX_ABSENCE_DAYS) {
                throw row.error("until", "expected a date from " + from + " to " + from.plusDays(MAX_ABSENCE_DAYS - 1)
                        + " (the last day off, inclusive), got " + until);
            }
            TimeOff.Reason reason;
            try {
                reason = row.text("reason").map(TimeOff.Reason::parse).orElse(TimeOff.Reason.OTHER);
            } catch (IllegalArgumentException e) {
                throw row.error("reason", e.getMessage());
            }
            Map<LocalDate, Integer> taken = lines.computeIfAbsent(agent, a -> new HashMap<>());
            for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
                Integer before = taken.putIfAbsent(d, row.line());
                if (before != null) {
                    throw row.error("date", agent + " is off on " + d + " already (line " + before + ")");
                }
                off.computeIfAbsent(agent, a -> new ArrayList<>()).add(new TimeOff(d, reason));
            }
        }
        off.values().forEach(days -> days.sort((a, b) -> a.date().compareTo(b.date())));
        return off;
    }

    /** The {@code ;}-separated ids of a column, trimmed, blanks left out. */
    private static List<String> ids(CsvTable.Row row, String column) {
        return Arrays.stream(row.text(column).orElse("").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static Double hours(CsvTable.Row row, String column) {
        Optional<String> text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        double hours = row.nonNegative(column);
        if (hours > InputLimits.MAX_HORIZON_DAYS * 24) {
            throw row.error(column, "expected hours from 0 to " + InputLimits.MAX_HORIZON_DAYS * 24 + ", got " + text.get());
        }
        return hours;
    }

    private static Integer days(CsvTable.Row row, String column) {
        Optional<String> text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        double days = row.nonNegative(column);
        if (days != Math.rint(days) || days > InputLimits.MAX_HORIZON_DAYS) {
            throw row.error(column, "expected a whole number of days from 0 to " + InputLimits.MAX_HORIZON_DAYS
                    + ", got " + text.get());
        }
        return (int) days;
    }
}

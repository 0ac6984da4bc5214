package org.wfm.core.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.wfm.core.workforce.Contract;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON conventions of the public formats: ISO-8601 local date-times to the minute ({@code 2026-01-05T07:15}),
 * times of day ({@code 06:30}), durations ({@code PT15M}); absent optional fields mean "no limit" or "default".
 * Reading is strict: unknown fields, duplicate keys, {@code null} for a number and a fraction where a whole
 * number is expected are errors.
 */
public final class WfmJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("wfm")
                    .addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                    .addSerializer(LocalTime.class, ToStringSerializer.instance)
                    .addSerializer(Contract.class, new ContractSerializer())
                    .addSerializer(DayOfWeek.class, new WeekdaySerializer())
                    .addDeserializer(DayOfWeek.class, new WeekdayDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a planner who writes "days": 7 twice, or "maxDays": 5.7, meant something: refuse, never guess
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    /** Jackson's words for a fraction given where a whole number is expected. */
    private static final Pattern FRACTION = Pattern.compile("^Cannot coerce Floating-point value \\(([^)]*)\\) to");

    private WfmJson() {
    }

    /** The configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Turns a Jackson failure into an {@link InputFormatException} naming the file, the line and the JSON path
     * of the field (e.g. {@code agents[3].contract.maxHours}).
     */
    public static InputFormatException error(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1).replace(".[", "[");
        }
        return new InputFormatException(source, line, field, problem(e));
    }

    /**
     * What is wrong, in one line and in the user's words: the validation message of a value type, or Jackson's
     * complaint rewritten without Java class names (what was expected, what was found).
     */
    public static String problem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException) {
            return firstLine(cause.getMessage());
        }
        if (cause instanceof NullPointerException && cause.getMessage() != null) {
            return "missing " + cause.getMessage() + " (required field)";
        }
        String problem = e.getOriginalMessage();
        if (e instanceof InvalidNullException || problem.startsWith("Cannot map `null` into type")) {
            return "missing value (required field)";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            if (u.getKnownPropertyIds() == null) {
                return "unknown field '" + u.getPropertyName() + "'";
            }
            List<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown field '" + u.getPropertyName() + "'" + closest(u.getPropertyName(), known)
                    .map(k -> " (did you mean " + k + "?)").orElse("") + ", expected one of " + String.join(", ", known);
        }
        if (problem.startsWith("No content to map due to end-of-input")) {
            return "empty file: expected a JSON object";
        }
        Matcher fraction = FRACTION.matcher(problem);
        if (fraction.find()) {
            return "expected a whole number, got " + fraction.group(1);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String found = e instanceof InvalidFormatException f ? " '" + f.getValue() + "'" : "";
            if (m.getTargetType() == java.time.Duration.class && e instanceof InvalidFormatException f
                    && f.getValue() instanceof String text && SHORT_DURATION.matcher(text.trim()).matches()) {
                return "expected " + expected(m.getTargetType()) + ", got '" + text + "': write " + iso(text.trim());
            }
            return "expected " + expected(m.getTargetType()) + ", got" + (found.isEmpty() ? " something else" : found)
                    + reason(cause);
        }
        return firstLine(problem);
    }

    /** A duration as the command line writes it ({@code 8h30m}, {@code 20s}, {@code 1d}), which JSON does not take. */
    private static final Pattern SHORT_DURATION = Pattern.compile("(?i)(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?");

    /** {@code 8h30m} as ISO-8601: {@code PT8H30M}; {@code 1d2h}: {@code P1DT2H}. */
    private static String iso(String text) {
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int d = upper.indexOf('D');
        String days = d < 0 ? "" : upper.substring(0, d + 1);
        String time = d < 0 ? upper : upper.substring(d + 1);
        return "P" + days + (time.isEmpty() ? "" : "T" + time);
    }

    /**
     * The known field a mistyped one most likely meant: the same but for case, {@code _} or {@code -}, else one at
     * most two edits away.
     */
    static Optional<String> closest(String field, List<String> known) {
        String typed = normal(field);
        String best = null;
        int distance = 3;
        for (String k : known) {
            int d = edits(typed, normal(k));
            if (d < distance) {
                best = k;
                distance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance. */
    private static int edits(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** A value type in the words of the formats document. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Duration.class) {
            return "an ISO-8601 duration such as PT15M";
        }
        if (type == DayOfWeek.class) {
            return "a weekday such as MON or MONDAY";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-01-05";
        }
        if (type == LocalDateTime.class) {
            return "a local date-time such as 2026-01-05T07:15";
        }
        if (type == LocalTime.class) {
            return "a time of day such as 06:30";
        }
        if (java.time.ZoneId.class.isAssignableFrom(type)) {
            return "a time zone such as Europe/Amsterdam or +01:00";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...} (" + type.getSimpleName() + ")";
    }

    /** Why a value did not parse, in brackets (the parser's own words, e.g. "Invalid date 'FEBRUARY 30'"), or "". */
    private static String reason(Throwable cause) {
        if (cause == null) {
            return "";
        }
        if (cause.getCause() != null) {
            return " (" + firstLine(cause.getCause().getMessage()) + ")";
        }
        return cause instanceof JsonProcessingException ? "" : " (" + firstLine(cause.getMessage()) + ")";
    }

    private static String firstLine(String text) {
        return text == null ? "invalid value" : text.lines().findFirst().orElse(text);
    }

    /** Writes a weekday as its three letters ({@code MON}), as the formats document writes them. */
    private static final class WeekdaySerializer extends StdSerializer<DayOfWeek> {
        private static final long serialVersionUID = 1L;

        WeekdaySerializer() {
            super(DayOfWeek.class);
        }

        @Override
        public void serialize(DayOfWeek day, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(day.name().substring(0, 3));
        }
    }

    /** Reads {@code MON} .. {@code SUN} or the full names, in any case. */
    private static final class WeekdayDeserializer extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<DayOfWeek> {
        private static final long serialVersionUID = 1L;

        WeekdayDeserializer() {
            super(DayOfWeek.class);
        }

        @Override
        public DayOfWeek deserialize(JsonParser parser, com.fasterxml.jackson.databind.DeserializationContext context)
                throws IOException {
            String text = parser.getValueAsString();
            if (text != null) {
                String upper = text.trim().toUpperCase(java.util.Locale.ROOT);
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                        return day;
                    }
                }
            }
            throw context.weirdStringException(text, DayOfWeek.class, "not a weekday");
        }
    }

    /** Writes a contract's limits, leaving out the absent ones. */
    private static final class ContractSerializer extends StdSerializer<Contract> {
        private static final long serialVersionUID = 1L;

        ContractSerializer() {
            super(Contract.class);
        }

        @Override
        public void serialize(Contract c, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            if (c.minHours() != Contract.NONE.minHours()) {
                gen.writeNumberField("minHours", c.minHours());
            }
            if (c.maxHours() != Contract.NONE.maxHours()) {
                gen.writeNumberField("maxHours", c.maxHours());
            }
            if (c.maxDays() != Contract.NONE.maxDays()) {
                gen.writeNumberField("maxDays", c.maxDays());
            }
            if (c.minRestHours() != Contract.NONE.minRestHours()) {
                gen.writeNumberField("minRestHours", c.minRestHours());
            }
            if (c.maxConsecutiveDays() != Contract.NONE.maxConsecutiveDays()) {
                gen.writeNumberField("maxConsecutiveDays", c.maxConsecutiveDays());
            }
            gen.writeEndObject();
        }
    }
}

package org.wfm.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.ServiceLevelBasis;
import org.wfm.core.queue.Staffing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The goals JSON of the public formats: a service goal and queue model per queue, for staffing a forecast of
 * several queues. A list of objects, one per queue:
 * <pre>{@code
 * [{"queue": "service", "sl": 0.8, "answerWithin": "PT20S"},
 *  {"queue": "sales", "asa": "PT30S", "maxOccupancy": 0.85},
 *  {"queue": "vip", "sl": 0.9, "answerWithin": "PT10S", "patience": "PT2M", "maxAbandon": 0.02}]
 * }</pre>
 * Each needs a target ({@code sl}, {@code asa} or {@code maxAbandon}; they combine as in {@link ServiceGoal});
 * {@code answerWithin} defaults to 20 s, {@code slBasis} to {@code offered}; {@code patience} (the mean caller
 * patience) makes the queue's model Erlang A, without it Erlang C.
 */
public final class GoalsJson {

    private static final String EXAMPLE = "[{\"queue\": \"sales\", \"sl\": 0.8, \"answerWithin\": \"PT20S\"}]";

    /** One entry as written; the constructor checks it, so Jackson reports its JSON path. */
    record Goal(String queue, Double sl, Duration answerWithin, String slBasis, Duration asa, Duration patience,
                Double maxAbandon, Double maxOccupancy) {
        Goal {
            if (queue == null) {
                throw new FieldProblem("queue", "missing queue (required field)");
            }
            if (queue.isBlank()) {
                throw new FieldProblem("queue", "queue must not be blank");
            }
            if (sl != null && !(sl > 0 && sl < 1)) {
                throw new FieldProblem("sl", "sl must be between 0 and 1 (exclusive), got " + sl);
            }
            if (maxAbandon != null && patience == null) {
                throw new FieldProblem("maxAbandon", "maxAbandon needs patience (Erlang A)");
            }
            staffing(sl, answerWithin, slBasis, asa, patience, maxAbandon, maxOccupancy); // the goal's and model's checks
        }

        Staffing staffing() {
            return staffing(sl, answerWithin, slBasis, asa, patience, maxAbandon, maxOccupancy);
        }

        // static: the compact constructor assigns the fields only after its body has run
        private static Staffing staffing(Double sl, Duration answerWithin, String slBasis, Duration asa,
                                         Duration patience, Double maxAbandon, Double maxOccupancy) {
            ServiceLevelBasis basis;
            try {
                basis = slBasis == null ? ServiceLevelBasis.OFFERED : ServiceLevelBasis.parse(slBasis);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("slBasis", "slBasis " + e.getMessage());
            }
            ServiceGoal goal = new ServiceGoal(sl == null ? 0 : sl,
                    answerWithin == null ? ServiceGoal.DEFAULT_ANSWER_WITHIN : answerWithin, basis,
                    Optional.ofNullable(asa), maxAbandon == null ? 1 : maxAbandon, maxOccupancy == null ? 1 : maxOccupancy);
            return Staffing.of(patience == null ? QueueModel.erlangC() : QueueModel.erlangA(patience), goal);
        }
    }

    /** A check of the entry that concerns one of its fields, so the error's path can name it. */
    private static final class FieldProblem extends IllegalArgumentException {
        private final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private GoalsJson() {
    }

    /**
     * Reads a goals file for a forecast of {@code queues}: the staffing (without shrinkage) of each queue it
     * names, by queue.
     *
     * @throws InputFormatException naming the file, line and JSON path ({@code [1].sl}) of a malformed or invalid
     *                              entry, an entry without a target, a queue named twice or a queue that is not one
     *                              of {@code queues}
     */
    public static Map<String, Staffing> read(Path file, Set<String> queues) throws IOException {
        String source = file.toString();
        Map<String, Staffing> goals = new TreeMap<>();
        try (Reader reader = InputFile.open(file); JsonParser parser = WfmJson.mapper().createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputFormatException(source, parser.currentTokenLocation().getLineNr(), null,
                        "expected a list of queue goals, e.g. " + EXAMPLE);
            }
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                int line = parser.currentTokenLocation().getLineNr();
                Goal goal = entry(source, parser, i);
                if (!queues.contains(goal.queue())) {
                    throw new InputFormatException(source, line, "[" + i + "].queue", "queue '" + goal.queue()
                            + "' is not in the forecast, whose queues are " + String.join(", ", new TreeSet<>(queues)));
                }
                if (goals.put(goal.queue(), goal.staffing()) != null) {
                    throw new InputFormatException(source, line, "[" + i + "].queue", "queue '" + goal.queue()
                            + "' has a goal already");
                }
            }
            if (parser.nextToken() != null) {
                throw new InputFormatException(source, parser.currentTokenLocation().getLineNr(), null,
                        "unexpected content after the list of goals");
            }
        } catch (JsonProcessingException e) {
            throw WfmJson.error(source, e);
        }
        return goals;
    }

    /** Entry {@code i} of the list, its errors at path {@code [i]...}. */
    private static Goal entry(String source, JsonParser parser, int i) throws IOException {
        try {
            return WfmJson.mapper().readValue(parser, Goal.class);
        } catch (JsonProcessingException e) {
            InputFormatException error = WfmJson.error(source, e);
            String inner = e.getCause() instanceof FieldProblem problem ? problem.field : error.field();
            String field = "[" + i + "]" + (inner == null ? "" : "." + inner);
            throw new InputFormatException(source, error.line(), field, error.problem());
        }
    }
}

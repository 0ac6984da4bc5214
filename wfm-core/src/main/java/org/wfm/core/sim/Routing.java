package org.wfm.core.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.wfm.core.io.InputFile;
import org.wfm.core.io.InputFormatException;
import org.wfm.core.io.WfmJson;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How calls reach agents: per queue a priority and a chain of agent groups. A call of a queue may be taken by an
 * agent of a chain step's group once it has waited that step's {@code after}; a freed agent takes, among the calls
 * it may take, the one of the highest queue priority (a larger number first, like the call records' priority), then
 * the one that has waited longest. A caller still waiting at the queue's {@code voicemailAfter} leaves a message.
 * The routing JSON of the public formats: {@code {"queues": [{"id", "priority", "chain": [{"group", "after"}],
 * "voicemailAfter"}]}}.
 *
 * @param queues the routed queues, each named once
 */
public record Routing(List<Queue> queues) {

    /** The group of every agent when the agents come without groups. */
    public static final String MAIN_GROUP = "main";

    /**
     * One step of a queue's chain.
     *
     * @param group the agent group that may take the call
     * @param after how long the call must have waited first (0 or more)
     */
    public record Step(String group, Duration after) {
        public Step {
            Objects.requireNonNull(group, "group");
            if (group.isBlank()) {
                throw new IllegalArgumentException("a chain step's group must not be blank");
            }
            after = after == null ? Duration.ZERO : after;
            if (after.isNegative()) {
                throw new IllegalArgumentException("a chain step's after must be 0 or more, got " + after);
            }
        }
    }

    /**
     * A routed queue.
     *
     * @param id             the queue, as the calls name it
     * @param priority       the larger number is served first (default 0)
     * @param chain          the groups that may take the queue's calls, each once
     * @param voicemailAfter the wait after which a caller leaves a message instead, or {@code null}: never
     */
    public record Queue(String id, Integer priority, List<Step> chain, Duration voicemailAfter) {
        public Queue {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("a queue's id must not be blank");
            }
            priority = priority == null ? 0 : priority;
            if (chain == null || chain.isEmpty()) {
                throw new IllegalArgumentException("queue '" + id + "' needs a chain of at least one group");
            }
            chain = List.copyOf(chain);
            Set<String> groups = new HashSet<>();
            for (Step step : chain) {
                if (!groups.add(step.group())) {
                    throw new IllegalArgumentException("queue '" + id + "' names group '" + step.group()
                            + "' twice in its chain");
                }
            }
            if (voicemailAfter != null && (voicemailAfter.isNegative() || voicemailAfter.isZero())) {
                throw new IllegalArgumentException("queue '" + id + "': voicemailAfter must be more than 0 s, got "
                        + voicemailAfter);
            }
        }

        /** The wait after which a caller leaves a message, if the queue has voicemail. */
        public Optional<Duration> voicemail() {
            return Optional.ofNullable(voicemailAfter);
        }
    }

    public Routing {
        if (queues == null || queues.isEmpty()) {
            throw new IllegalArgumentException("a routing needs at least one queue");
        }
        queues = List.copyOf(queues);
        Set<String> ids = new HashSet<>();
        for (Queue q : queues) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("queue '" + q.id() + "' is routed twice");
            }
        }
    }

    /**
     * Reads a routing JSON file.
     *
     * @throws InputFormatException naming the file, line and JSON path of a malformed or invalid field (an unknown
     *                              key, a duplicate key, a negative wait, a group named twice in a chain)
     */
    public static Routing read(Path file) throws IOException {
        try (Reader reader = InputFile.open(file)) {
            Routing routing = WfmJson.mapper().readValue(reader, Routing.class);
            if (routing == null) {
                throw new InputFormatException(file.toString(), 1, null, "the file holds no routing");
            }
            return routing;
        } catch (JsonProcessingException e) {
            throw WfmJson.error(file.toString(), e);
        }
    }

    /** The routed queue with this id, if any. */
    public Optional<Queue> queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}

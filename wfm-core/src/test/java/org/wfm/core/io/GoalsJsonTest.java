package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.ServiceGoal;
import org.wfm.core.queue.ServiceLevelBasis;
import org.wfm.core.queue.Staffing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalsJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsAGoalAndModelPerQueue() throws IOException {
        Path file = write("""
                [{"queue": "service", "sl": 0.8, "answerWithin": "PT20S"},
                 {"queue": "sales", "asa": "PT30S", "maxOccupancy": 0.85, "slBasis": "answered"},
                 {"queue": "vip", "sl": 0.9, "answerWithin": "PT10S", "patience": "PT2M", "maxAbandon": 0.02}]
                """);

        Map<String, Staffing> goals = GoalsJson.read(file, Set.of("service", "sales", "vip", "language"));

        assertThat(goals).containsOnlyKeys("sales", "service", "vip");
        assertThat(goals.get("service")).isEqualTo(Staffing.of(QueueModel.erlangC(),
                ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20))));
        assertThat(goals.get("sales")).isEqualTo(Staffing.of(QueueModel.erlangC(),
                ServiceGoal.asa(Duration.ofSeconds(30)).withMaxOccupancy(0.85).withBasis(ServiceLevelBasis.ANSWERED)));
        assertThat(goals.get("vip")).isEqualTo(Staffing.of(QueueModel.erlangA(Duration.ofMinutes(2)),
                ServiceGoal.serviceLevel(0.9, Duration.ofSeconds(10)).withMaxAbandonRate(0.02)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"queue\": \"sales\", \"sl\": 0.8}|:1: expected a list of queue goals, e.g. [{\"queue\": \"sales\"",
            "[{\"queue\": \"web\", \"sl\": 0.8}]|:1 [[0].queue]: queue 'web' is not in the forecast, whose queues are sales, vip",
            "[{\"queue\": \"sales\", \"sl\": 0.8}, {\"queue\": \"sales\", \"asa\": \"PT9S\"}]"
                    + "|:1 [[1].queue]: queue 'sales' has a goal already",
            "[{\"sl\": 0.8}]|:1 [[0].queue]: missing queue (required field)",
            "[{\"queue\": \"sales\"}]|:1 [[0]]: a service goal needs a service level, an ASA or an abandon rate target",
            "[{\"queue\": \"sales\", \"maxAbandon\": 0.1}]|:1 [[0].maxAbandon]: maxAbandon needs patience (Erlang A)",
            "[{\"queue\": \"sales\", \"sl\": 1.5}]|:1 [[0].sl]: sl must be between 0 and 1 (exclusive), got 1.5",
            "[{\"queue\": \"sales\", \"sl\": 0.8, \"slBasis\": \"handled\"}]|:1 [[0].slBasis]: slBasis must be offered, answered"
                    + " or excluding-short-abandons, got 'handled'",
            "[{\"queue\": \"sales\", \"sl\": 0.8, \"level\": 3}]|:1 [[0].level]: unknown field 'level'",
            "[{\"queue\": \"sales\", \"sl\": 0.8}] []|:1: unexpected content after the list of goals",
    })
    void refusesNamingFileLineAndPath(String json, String message) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> GoalsJson.read(file, Set.of("sales", "vip")))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(file + message);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("goals.json"), json);
    }
}

package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastCsvTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2003, 5, 26, 7, 0);
    private static final Duration M15 = Duration.ofMinutes(15);

    private static IntervalSeries series(double first, double second) {
        return IntervalSeries.of(M15, Map.of(T0, first, T0.plusMinutes(15), second));
    }

    @Test
    void writesAndReadsAllColumns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("forecast.csv");
        Forecast content = new Forecast(file.toString(), series(100, 120.5), Optional.of(series(180, 200)),
                Optional.of(series(90, 110)), Optional.of(series(112, 131)));

        ForecastCsv.write(file, content);

        assertThat(Files.readAllLines(file)).containsExactly("start,forecast,aht,lower,upper",
                "2003-05-26T07:00,100,180,90,112", "2003-05-26T07:15,120.5,200,110,131");
        assertThat(ForecastCsv.read(file, ZoneOffset.UTC, M15)).isEqualTo(content);
    }

    @Test
    void acceptsCallsForForecastAndNamesBadRows() throws IOException {
        Forecast content = ForecastCsv.read("f.csv", new StringReader("start,calls\n2003-05-26T07:00,7\n"),
                ZoneOffset.UTC, M15);
        assertThat(content.calls().get(T0).getAsDouble()).isEqualTo(7);
        assertThat(content.aht()).isEmpty();

        assertThatThrownBy(() -> ForecastCsv.read("f.csv", new StringReader("start,forecast,lower\n"), ZoneOffset.UTC, M15))
                .isInstanceOf(InputFormatException.class).hasMessage("f.csv:1 [upper]: missing column 'upper' in the header");
        assertThatThrownBy(() -> ForecastCsv.read("f.csv", new StringReader("start,forecast\n2003-05-26T07:00,x\n"),
                ZoneOffset.UTC, M15)).hasMessage("f.csv:2 [forecast]: 'x' is not a number");
    }

    @Test
    void withHandleTimesEveryIntervalHasOneOfMoreThanZero(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("f.csv"), List.of("start,forecast,aht,lower",
                "2003-05-26T07:00,10,200,x", "2003-05-26T07:15,12,"));

        Forecast forecast = ForecastCsv.readWithHandleTimes(file, ZoneOffset.UTC, null, OptionalDouble.of(180));

        assertThat(forecast.calls().interval()).isEqualTo(M15);
        assertThat(forecast.aht()).contains(series(200, 180));
        assertThat(forecast.lower()).isEmpty();
        assertThatThrownBy(() -> ForecastCsv.readWithHandleTimes(file, ZoneOffset.UTC, M15, OptionalDouble.empty()))
                .isInstanceOf(InputFormatException.class).hasMessage(file + ":3 [aht]: missing value");
        Files.write(file, List.of("start,forecast,aht", "2003-05-26T07:00,10,0"));
        assertThatThrownBy(() -> ForecastCsv.readWithHandleTimes(file, ZoneOffset.UTC, M15, OptionalDouble.of(180)))
                .hasMessage(file + ":2 [aht]: AHT must be more than 0 seconds, got 0.0");
        Files.write(file, List.of("start,forecast", "2003-05-26T07:00,10"));
        assertThatThrownBy(() -> ForecastCsv.readWithHandleTimes(file, ZoneOffset.UTC, M15, OptionalDouble.empty()))
                .hasMessage(file + ":1 [aht]: missing column 'aht' in the header");
    }

    @Test
    void readsOneForecastPerQueueOnTheGrainOfAllRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.csv");
        // vip has one row a day: its grain shows only with the rows of sales
        Files.writeString(file, "queue,start,forecast\nsales,2003-05-26T07:00,10\nvip,2003-05-26T07:15,2\n"
                + "sales,2003-05-26T07:15,12\nvip,2003-05-27T07:15,3\n");
        Map<String, Forecast> queues = ForecastCsv.readQueues(file, ZoneOffset.UTC, null);

        assertThat(queues.keySet()).containsExactly("sales", "vip");
        assertThat(queues.get("vip").calls().interval()).isEqualTo(M15);
        assertThat(queues.get("vip").calls().values()).containsExactly(2, 3);
        assertThat(queues.get("sales").calls().values()).containsExactly(10, 12);
        // the one-queue reader refuses the file rather than merge its queues
        assertThatThrownBy(() -> ForecastCsv.read(file, ZoneOffset.UTC, null))
                .hasMessage(file + ":1 [queue]: the forecast has 2 queues (sales, vip), one queue is read here: give the"
                        + " rows of one queue, or leave the queue column out");
    }
}

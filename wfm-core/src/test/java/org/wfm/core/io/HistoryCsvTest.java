package org.wfm.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryCsvTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2003, 3, 3, 7, 0);

    private static History read(String text) throws IOException {
        return HistoryCsv.read("h.csv", new StringReader(text), ZoneOffset.UTC, null);
    }

    @Test
    void infersTheGrainFromTheStartsAndKeepsAbsentIntervalsAbsent() throws IOException {
        History content = read("start,offered\n2003-03-03T07:00,111\n2003-03-03T07:05,113\n"
                + "2003-03-04T07:15,82\n");

        IntervalSeries offered = content.offered();
        assertThat(offered.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(offered.size()).isEqualTo(3);
        assertThat(offered.get(T0.plusMinutes(5)).getAsDouble()).isEqualTo(113);
        assertThat(offered.contains(T0.plusMinutes(10))).isFalse();
        assertThat(content.aht()).isEmpty();
    }

    @Test
    void infersAnHourlyGrainAndReadsHandleTimesWhereGiven() throws IOException {
        History content = read("offered,aht,start\n10,200,2003-03-03T07:00\n0,,2003-03-03T08:00\n");

        assertThat(content.offered().interval()).isEqualTo(Duration.ofHours(1));
        assertThat(content.aht().orElseThrow().size()).isEqualTo(1);
        assertThat(content.aht().orElseThrow().get(T0).getAsDouble()).isEqualTo(200);
    }

    @Test
    void namesFileLineAndFieldOfBadRows() {
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:00,1\n2003-03-03 07:05,2\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("h.csv:3 [start]: '2003-03-03 07:05' is not a date-time like 2026-01-05T07:15");
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:00,1\n2003-03-03T07:00,2\n"))
                .hasMessage("h.csv:3 [start]: interval 2003-03-03T07:00 appears twice (also on line 2)");
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:00,-1\n"))
                .hasMessage("h.csv:2 [offered]: negative value -1");
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:00,many\n"))
                .hasMessage("h.csv:2 [offered]: 'many' is not a number");
        assertThatThrownBy(() -> read("start,calls\n2003-03-03T07:00,1\n"))
                .hasMessage("h.csv:1 [offered]: missing column 'offered' in the header");
        assertThatThrownBy(() -> read("start,offered\n"))
                .hasMessage("h.csv:2: no intervals: the history is empty");
    }

    @Test
    void infersTheGrainByTheRuleTheForecastCsvSharesOrRefuses() throws IOException {
        String starts = "2003-03-03T07:00,1\n2003-03-03T07:30,2\n2003-03-03T09:00,3\n";
        History history = read("start,offered\n" + starts);
        Forecast forecast = ForecastCsv.read("f.csv", new StringReader("start,forecast\n" + starts), ZoneOffset.UTC, null);

        assertThat(history.interval()).isEqualTo(Duration.ofMinutes(30)).isEqualTo(forecast.calls().interval());
        assertThat(forecast.calls()).isEqualTo(history.offered());
        // The grain is the shortest step, 30 minutes: a 15-minute grid would invent the intervals in between.
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:15,1\n2003-03-03T07:45,2\n"))
                .hasMessage("h.csv:2 [start]: 2003-03-03T07:15 is not on the PT30M grid from midnight");
        assertThatThrownBy(() -> read("start,offered\n2003-03-03T07:00,1\n"))
                .hasMessage("h.csv: cannot infer the interval from fewer than two intervals");
    }

    @Test
    void rejectsStartsOffAGivenGrain() {
        assertThatThrownBy(() -> HistoryCsv.read("h.csv", new StringReader("start,offered\n2003-03-03T07:05,1\n"),
                ZoneOffset.UTC, Duration.ofMinutes(15)))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("h.csv:2 [start]: 2003-03-03T07:05 is not on the PT15M grid from midnight");
    }

    @Test
    void writesWhatItReads(@TempDir Path dir) throws IOException {
        IntervalSeries offered = IntervalSeries.of(Duration.ofMinutes(15), Map.of(T0, 12.0, T0.plusMinutes(15), 3.0));
        IntervalSeries aht = IntervalSeries.of(Duration.ofMinutes(15), Map.of(T0, 180.0));
        Path file = dir.resolve("history.csv");

        HistoryCsv.write(file, offered, aht);

        assertThat(Files.readString(file)).isEqualTo("start,offered,aht\n2003-03-03T07:00,12,180\n2003-03-03T07:15,3,\n");
        History back = HistoryCsv.read(file);
        assertThat(back.offered()).isEqualTo(offered);
        assertThat(back.aht()).contains(aht);
    }

    @Test
    void callsOfferedAreWholeNumbers(@TempDir Path dir) {
        assertThatThrownBy(() -> HistoryCsv.read("h.csv", new StringReader(
                "start,offered\n2003-03-03T07:00,4\n2003-03-03T07:15,4.5\n"), ZoneOffset.UTC, null))
                .hasMessage("h.csv:3 [offered]: calls offered are counted, so a whole number; got 4.5");
        IntervalSeries half = IntervalSeries.of(Duration.ofMinutes(15), Map.of(T0, 0.5));
        assertThatThrownBy(() -> HistoryCsv.write(dir.resolve("h.csv"), half, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a whole number");
        assertThat(dir.resolve("h.csv")).doesNotExist();
    }

    @Test
    void aGivenIntervalShorterThanTheRowsIsRefusedAtTheRowThatShowsIt() {
        String halfHours = "start,offered\n2003-03-03T07:00,4\n2003-03-03T07:30,5\n2003-03-03T08:00,6\n";
        assertThatThrownBy(() -> HistoryCsv.read("h.csv", new StringReader(halfHours), ZoneOffset.UTC,
                Duration.ofMinutes(15)))
                .hasMessage("h.csv:3 [start]: the rows are 30 minutes apart, so they cannot be read as 15-minute "
                        + "intervals (each row would count for less time than it covers): use 30-minute intervals, "
                        + "or give a row for every 15 minutes");
    }

    @Test
    void aHistoryWhoseRowsChangeFromFiveToFifteenMinutesIsRefused() {
        StringBuilder csv = new StringBuilder("start,offered\n");
        for (int m = 0; m < 60; m += 5) {
            csv.append(String.format("2003-03-03T07:%02d,%d%n", m, 10 + m));
        }
        for (int m = 0; m < 60; m += 15) {
            csv.append(String.format("2003-03-04T07:%02d,%d%n", m, 30 + m));
        }
        assertThatThrownBy(() -> HistoryCsv.read("h.csv", new StringReader(csv.toString()), ZoneOffset.UTC, null))
                .hasMessage("h.csv:14 [start]: the rows of 2003-03-04 are 15 minutes apart, the file's interval is 5 "
                        + "minutes (line 2 and the next): one file holds one interval length");
    }

    private static Map<String, History> readQueues(String text) throws IOException {
        return HistoryCsv.readQueues("h.csv", new StringReader(text), ZoneOffset.UTC, null);
    }

    @Test
    void readsOneHistoryPerQueueWithTheGrainOfAllQueues() throws IOException {
        // vip is open one interval a day: its grain comes from sales's rows
        Map<String, History> queues = readQueues("queue,start,offered\nvip,2003-03-03T07:00,3\n"
                + "sales,2003-03-03T07:00,10\nsales,2003-03-03T07:15,12\nvip,2003-03-04T07:00,4\n");

        assertThat(queues).containsOnlyKeys("sales", "vip");
        assertThat(queues.keySet()).containsExactly("sales", "vip");
        assertThat(queues.get("vip").offered().interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(queues.get("vip").offered().size()).isEqualTo(2);
        assertThat(queues.get("vip").offered().get(T0.plusDays(1)).getAsDouble()).isEqualTo(4);
        assertThat(queues.get("sales").offered().get(T0.plusMinutes(15)).getAsDouble()).isEqualTo(12);
    }

    @Test
    void aFileWithoutQueueColumnIsTheQueueMain() throws IOException {
        Map<String, History> queues = readQueues("start,offered\n2003-03-03T07:00,1\n2003-03-03T07:30,2\n");

        assertThat(queues).containsOnlyKeys("main");
        assertThat(queues.get("main")).isEqualTo(read("start,offered\n2003-03-03T07:00,1\n2003-03-03T07:30,2\n"));
    }

    @Test
    void refusesAnIntervalTwiceForOneQueueAndRowsOffTheGrainOfAllQueues() {
        assertThatThrownBy(() -> readQueues("queue,start,offered\na,2003-03-03T07:00,1\nb,2003-03-03T07:30,1\n"
                + "a,2003-03-03T07:00,2\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("h.csv:4 [start]: interval 2003-03-03T07:00 appears twice of queue a (also on line 2)");
        assertThatThrownBy(() -> HistoryCsv.readQueues("h.csv", new StringReader("queue,start,offered\n"
                + "a,2003-03-03T07:00,1\nb,2003-03-03T07:15,1\n"), ZoneOffset.UTC, Duration.ofMinutes(30)))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("h.csv:3 [start]: ");
    }

    @Test
    void writesWhatReadQueuesReads(@TempDir Path dir) throws IOException {
        Map<String, History> queues = readQueues("queue,start,offered,aht\nsales,2003-03-03T07:00,10,200\n"
                + "sales,2003-03-03T07:15,12,\nvip,2003-03-03T07:00,3,300\n");
        Path file = dir.resolve("h.csv");

        HistoryCsv.writeQueues(file, queues);

        assertThat(Files.readString(file)).isEqualTo("queue,start,offered,aht\nsales,2003-03-03T07:00,10,200\n"
                + "sales,2003-03-03T07:15,12,\nvip,2003-03-03T07:00,3,300\n");
        assertThat(HistoryCsv.readQueues(file, ZoneOffset.UTC, null)).isEqualTo(queues);
        HistoryCsv.writeQueues(file, Map.of("main", queues.get("sales")));
        assertThat(Files.readString(file)).isEqualTo("start,offered,aht\n2003-03-03T07:00,10,200\n"
                + "2003-03-03T07:15,12,\n");
    }

    @Test
    void theOneQueueReaderRefusesAHistoryOfSeveralQueues() {
        assertThatThrownBy(() -> read("queue,start,offered\nsales,2003-03-03T07:00,1\nvip,2003-03-03T07:15,2\n"))
                .hasMessage("h.csv:1 [queue]: the history has 2 queues (sales, vip), one queue is read here: give the rows of one"
                        + " queue, or leave the queue column out");
    }
}

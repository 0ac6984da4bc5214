package org.wfm.examples.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wfm forecast} and {@code wfm backtest} on the command line. */
class ForecastCommandTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    /** Three weeks of 5-minute history, Monday to Friday 07:00-20:55, 10 calls and 200 s per interval. */
    private Path history(String... extraRows) throws IOException {
        StringBuilder csv = new StringBuilder("start,offered,aht\n");
        for (LocalDate date = MONDAY; date.isBefore(MONDAY.plusWeeks(3)); date = date.plusDays(1)) {
            for (LocalDateTime t = date.atTime(7, 0); date.getDayOfWeek().getValue() <= 5 && t.getHour() < 21;
                 t = t.plusMinutes(5)) {
                csv.append(t).append(",10,200\n");
            }
        }
        csv.append(String.join("\n", extraRows));
        return Files.writeString(dir.resolve("history.csv"), csv);
    }

    /** Runs the command as {@link WfmCommand#execute} does, with its output and errors captured. */
    private int run(String... args) {
        CommandLine cli = WfmCommand.commandLine(false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void backtestsEveryQueueOfAHistory() throws IOException {
        List<String> rows = new ArrayList<>(List.of("queue,start,offered,aht"));
        for (String line : Files.readAllLines(history()).subList(1, Files.readAllLines(history()).size())) {
            rows.add("sales," + line);
            rows.add("vip," + line.replace(",10,200", ",2,300"));
        }
        Path queues = Files.write(dir.resolve("queues.csv"), rows);

        assertThat(run("backtest", "--history", queues.toString(), "--interval", "15m", "--origins", "1",
                "--method", "seasonal-naive")).isZero();
        assertThat(out.toString()).startsWith("queue sales:" + System.lineSeparator() + queues + " at PT15M")
                .contains(System.lineSeparator() + System.lineSeparator() + "queue vip:" + System.lineSeparator())
                .contains("seasonal-naive: WAPE 0.00 %");
    }

    @Test
    void writesEveryOpenQuarterHourOfTheWeekAhead() throws IOException {
        Path output = dir.resolve("f.csv");

        int status = run("forecast", "--history", history().toString(), "--start", "2026-01-26", "--days", "7",
                "--interval", "15m", "--output", output.toString());

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(1 + 5 * 56);
        assertThat(lines.get(0)).isEqualTo("start,forecast,aht");
        assertThat(lines.get(1)).isEqualTo("2026-01-26T07:00,30,200");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2026-01-30T20:45,30,200");
        assertThat(out.toString()).startsWith("wrote " + output + ": Forecast[auto (");
    }

    @Test
    void printsTheCsvWithBoundsWithoutOutput() throws IOException {
        assertThat(run("forecast", "--history", history().toString(), "--start", "2026-01-26", "--days", "1",
                "--interval", "1h", "--method", "weekly-average", "--level", "0.8")).isZero();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1 + 14);
        assertThat(lines[0]).isEqualTo("start,forecast,aht,lower,upper");
        assertThat(lines[1]).startsWith("2026-01-26T07:00,120,200,");
    }

    /** Three weeks of a queue's 15-minute history, weekdays from {@code open} to {@code close} o'clock. */
    private static String queueRows(String queue, int open, int close, int base) {
        StringBuilder csv = new StringBuilder();
        int k = 0;
        for (LocalDate date = MONDAY; date.isBefore(MONDAY.plusWeeks(3)); date = date.plusDays(1)) {
            for (LocalDateTime t = date.atTime(open, 0); date.getDayOfWeek().getValue() <= 5 && t.getHour() < close;
                 t = t.plusMinutes(15)) {
                csv.append(queue).append(t).append(',').append(base + (k * 7) % 11).append(',')
                        .append(180 + (k * 13) % 40).append('\n');
                k++;
            }
        }
        return csv.toString();
    }

    @Test
    void forecastsEveryQueueOfAHistoryAsItsHistoryAlone() throws IOException {
        Path both = Files.writeString(dir.resolve("both.csv"), "queue,start,offered,aht\n"
                + queueRows("vip,", 9, 12, 2) + queueRows("sales,", 8, 18, 20));
        Path output = dir.resolve("f.csv");

        int status = run("forecast", "--history", both.toString(), "--start", "2026-01-26", "--days", "2",
                "--level", "0.8", "--output", output.toString());

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("queue,start,forecast,aht,lower,upper");
        assertThat(lines).hasSize(1 + 2 * 40 + 2 * 12);
        assertThat(out.toString()).startsWith("wrote " + output + ":\n  sales: Forecast[auto (")
                .contains("\n  vip: Forecast[auto (");
        for (String queue : List.of("sales", "vip")) {
            Path alone = Files.writeString(dir.resolve(queue + ".csv"), "start,offered,aht\n"
                    + (queue.equals("vip") ? queueRows("", 9, 12, 2) : queueRows("", 8, 18, 20)));
            Path aloneOutput = dir.resolve(queue + "-f.csv");
            assertThat(run("forecast", "--history", alone.toString(), "--start", "2026-01-26", "--days", "2",
                    "--level", "0.8", "--interval", "15m", "--output", aloneOutput.toString())).isZero();
            List<String> expected = Files.readAllLines(aloneOutput);
            assertThat(expected.get(0)).isEqualTo("start,forecast,aht,lower,upper");
            assertThat(lines.stream().filter(line -> line.startsWith(queue + ",")).map(line -> line.substring(queue.length() + 1)))
                    .containsExactlyElementsOf(expected.subList(1, expected.size()));
        }
    }

    @Test
    void badInputNamesFileAndLineExitsTwoAndWritesNothing() throws IOException {
        Path output = dir.resolve("f.csv");
        Path history = history("2026-01-05T07:00,3,100");

        int status = run("forecast", "--history", history.toString(), "--start", "2026-01-26", "--output",
                output.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("wfm: " + history + ":" + (1 + 15 * 168 + 1)
                + " [start]: interval 2026-01-05T07:00 appears twice (also on line 2)");
        assertThat(output).doesNotExist();
    }

    @Test
    void aHorizonBeforeTheEndOfTheHistoryIsBadInput() throws IOException {
        Path output = dir.resolve("f.csv");

        assertThat(run("forecast", "--history", history().toString(), "--start", "2026-01-20", "--output",
                output.toString())).isEqualTo(2);
        assertThat(err.toString().trim())
                .isEqualTo("wfm: the horizon starts on 2026-01-20, not after the end of the history (2026-01-23)");
        assertThat(output).doesNotExist();
    }

    @Test
    void backtestPrintsOneLinePerMethod() throws IOException {
        // a history that repeats itself exactly: no error, and MASE (error over the in-sample naive error) is 0/0
        assertThat(run("backtest", "--history", history().toString(), "--interval", "15m", "--origins", "1",
                "--method", "seasonal-naive")).isZero();

        assertThat(out.toString()).contains("2026-01-19", "at PT15M")
                .contains("seasonal-naive: WAPE 0.00 %, daily 0.00 %, bias +0.00 %, MASE NaN, coverage 100.0 %"
                        + ", AHT WAPE 0.00 % (1 origins, 280 intervals)");
    }

    @Test
    void backtestOfEveryMethodSkipsTheOnesTheHistoryIsTooShortFor() throws IOException {
        // before the origin 2026-01-19 lie 12 days: too few for holt-winters and profile (14 days)
        assertThat(run("backtest", "--history", history().toString(), "--interval", "15m", "--origins", "1"))
                .isZero();

        assertThat(out.toString())
                .contains("skipped: holt-winters needs at least 14 days of history; the history spans 12 days"
                        + " (2026-01-05..2026-01-16)")
                .contains("skipped: profile needs at least 14 days")
                .contains("seasonal-naive: WAPE", "weekly-average: WAPE", "auto");
        assertThat(run("backtest", "--history", history().toString(), "--interval", "15m", "--origins", "1",
                "--method", "profile")).isEqualTo(2);
        assertThat(err.toString()).startsWith("wfm: " + history() + ": profile needs at least 14 days of history");
    }

    @Test
    void aHistoryWithTheAutumnsRepeatedHourReadsInItsZone() throws IOException {
        // two weeks of hourly calls in Amsterdam; on 2026-10-25 the hour 02:00 occurs twice
        StringBuilder csv = new StringBuilder("start,offered\n");
        for (LocalDate date = LocalDate.of(2026, 10, 19); date.isBefore(LocalDate.of(2026, 11, 2));
             date = date.plusDays(1)) {
            for (int h = 0; h < 24; h++) {
                csv.append(date.atTime(h, 0)).append(",10\n");
                if (date.equals(LocalDate.of(2026, 10, 25)) && h == 2) {
                    csv.append(date.atTime(h, 0)).append(",10\n");
                }
            }
        }
        Path file = Files.writeString(dir.resolve("amsterdam.csv"), csv);
        Path output = dir.resolve("f.csv");

        assertThat(run("forecast", "--history", file.toString(), "--start", "2026-11-02", "--days", "7",
                "--method", "seasonal-naive", "--zone", "Europe/Amsterdam", "--output", output.toString())).isZero();
        assertThat(Files.readAllLines(output)).hasSize(1 + 7 * 24).contains("2026-11-02T00:00,10");

        assertThat(run("forecast", "--history", file.toString(), "--start", "2026-11-02", "--days", "7",
                "--method", "seasonal-naive", "--output", dir.resolve("utc.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("amsterdam.csv").contains("2026-10-25T02:00");
        assertThat(dir.resolve("utc.csv")).doesNotExist();
    }

    @Test
    void theDoneCheckOnTheBankData() throws IOException {
        Path bank = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(p -> p.resolve("shared/data/bank-calls-2003-spring-5min.csv")).filter(Files::isRegularFile)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(bank != null, "../shared/data/bank-calls-2003-spring-5min.csv is absent: skipping");
        Path output = dir.resolve("f.csv");

        assertThat(run("forecast", "--history", bank.toString(), "--start", "2003-05-26", "--days", "7",
                "--interval", "15m", "--output", output.toString())).isZero();

        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(1 + 5 * 57);
        assertThat(lines.get(1)).startsWith("2003-05-26T07:00,");
        assertThat(lines.get(57)).startsWith("2003-05-26T21:00,");
        assertThat(lines.get(lines.size() - 1)).startsWith("2003-05-30T21:00,");
    }
}

package org.wfm.forecast;

import org.junit.jupiter.api.Assumptions;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.Set;

/** Test histories: a Monday-to-Friday centre open 07:00-21:00, and the real bank data when it is beside the repo. */
final class Synthetic {

    /** Monday. */
    static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

    private Synthetic() {
    }

    /**
     * Calls = 100 x weekday factor (Monday 1.5 ... Friday 1.1) x intraday shape (a late-morning peak), plus
     * Gaussian noise of relative size {@code noise} (seeded), weekdays 07:00-21:00, weekends and {@code missing}
     * days absent.
     */
    static IntervalSeries calls(int weeks, Duration grain, Set<LocalDate> missing, double noise) {
        Random random = new Random(42);
        IntervalSeries.Builder builder = IntervalSeries.builder(java.time.ZoneOffset.UTC, grain);
        for (LocalDate date = FIRST; date.isBefore(FIRST.plusWeeks(weeks)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5 || missing.contains(date)) {
                continue;
            }
            for (LocalDateTime t = date.atTime(7, 0); t.isBefore(date.atTime(21, 0)); t = t.plus(grain)) {
                double mean = level(date) * shape(t) * grain.toMinutes() / 15.0;
                builder.add(t, Math.max(0, mean * (1 + noise * random.nextGaussian())));
            }
        }
        return builder.build();
    }

    /** Daily level: 100 times the weekday factor. */
    static double level(LocalDate date) {
        return 100 * (date.getDayOfWeek() == DayOfWeek.MONDAY ? 1.5 : 1.0 + 0.025 * (date.getDayOfWeek().getValue() - 1));
    }

    /** Intraday shape peaking at 11:00. */
    static double shape(LocalDateTime t) {
        double hours = t.getHour() + t.getMinute() / 60.0;
        return 0.3 + Math.exp(-Math.pow((hours - 11) / 3, 2));
    }

    /** The real bank data of ../shared/data, found from the working directory up; skips the test when absent. */
    static History bank() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/bank-calls-2003-spring-5min.csv");
            if (Files.isRegularFile(file)) {
                return History.read(file).aggregate(Duration.ofMinutes(15));
            }
        }
        Assumptions.abort("../shared/data/bank-calls-2003-spring-5min.csv is not beside the repository: skipping");
        throw new AssertionError("unreachable");
    }
}

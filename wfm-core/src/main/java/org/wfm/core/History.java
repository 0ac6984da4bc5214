package org.wfm.core;

import org.wfm.core.io.HistoryCsv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Interval history of a contact centre: calls offered per interval and, when known, the average handle time.
 * Absent intervals are closed or without data, never zero demand. Read and written as the History CSV
 * ({@link HistoryCsv}).
 *
 * @param offered calls offered per interval
 * @param aht     average handle time in seconds per interval, for the intervals that have one
 */
public record History(IntervalSeries offered, Optional<IntervalSeries> aht) {

    public History {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(aht, "aht");
        if (aht.isPresent() && !aht.get().interval().equals(offered.interval())) {
            throw new IllegalArgumentException("the handle times are on a " + aht.get().interval()
                    + " grid but the calls on " + offered.interval());
        }
    }

    /** A history of calls offered only. */
    public static History of(IntervalSeries offered) {
        return new History(offered, Optional.empty());
    }

    /** A history of calls offered and average handle times (seconds) on the same grid. */
    public static History of(IntervalSeries offered, IntervalSeries aht) {
        return new History(offered, Optional.of(aht));
    }

    /** Reads a History CSV ({@code start,offered[,aht]}) in UTC, inferring the grain from the rows. */
    public static History read(Path file) throws IOException {
        return read(file, ZoneOffset.UTC);
    }

    /** Reads a History CSV whose wall-clock times are in {@code zone}, inferring the grain from the rows. */
    public static History read(Path file, ZoneId zone) throws IOException {
        return HistoryCsv.read(file, zone, null);
    }

    /**
     * Reads a History CSV with a {@code queue} column (or without: the one queue {@code main}) whose wall-clock times
     * are in {@code zone}, inferring the grain from the rows of all queues: the history of each queue, by queue id.
     */
    public static Map<String, History> readQueues(Path file, ZoneId zone) throws IOException {
        return HistoryCsv.readQueues(file, zone, null);
    }

    /** The interval length of the grid. */
    public Duration interval() {
        return offered.interval();
    }

    /** The first date with data. */
    public LocalDate firstDate() {
        return offered.firstDate();
    }

    /** The last date with data. */
    public LocalDate lastDate() {
        return offered.lastDate();
    }

    /**
     * The same history on coarser intervals: calls are summed, handle times averaged weighted by calls (an interval
     * whose calls are all zero keeps the plain mean of its handle times).
     */
    public History aggregate(Duration interval) {
        if (interval.equals(interval())) {
            return this;
        }
        if (aht.isEmpty()) {
            return of(offered.sumTo(interval));
        }
        IntervalSeries.Builder work = IntervalSeries.builder(offered.zone(), offered.interval());
        IntervalSeries.Builder weight = IntervalSeries.builder(offered.zone(), offered.interval());
        IntervalSeries.Builder ones = IntervalSeries.builder(offered.zone(), offered.interval());
        IntervalSeries handle = aht.get();
        for (int i = 0; i < handle.size(); i++) {
            double calls = offered.get(handle.start(i)).orElse(0);
            work.add(handle.start(i), calls * handle.value(i));
            weight.add(handle.start(i), calls);
            ones.add(handle.start(i), 1);
        }
        IntervalSeries workSum = work.build().sumTo(interval);
        IntervalSeries weightSum = weight.build().sumTo(interval);
        IntervalSeries plainSum = handle.sumTo(interval);
        IntervalSeries count = ones.build().sumTo(interval);
        IntervalSeries.Builder result = IntervalSeries.builder(offered.zone(), interval);
        for (int i = 0; i < workSum.size(); i++) {
            double w = weightSum.value(i);
            result.add(workSum.start(i), w > 0 ? workSum.value(i) / w : plainSum.value(i) / count.value(i));
        }
        return of(offered.sumTo(interval), result.build());
    }

    /** The intervals on the dates before {@code date} (what was known on that morning). */
    public History before(LocalDate date) {
        if (offered.isEmpty()) {
            return this;
        }
        LocalDate from = firstDate();
        return new History(offered.between(from, date), aht.map(a -> a.between(from, date)));
    }

    @Override
    public String toString() {
        return "History[" + offered + (aht.isPresent() ? ", with aht" : "") + "]";
    }
}

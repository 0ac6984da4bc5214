package org.wfm.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Values per interval on a wall-clock grid in a time zone: calls offered, handle time, required agents...
 *
 * <p>Conventions:
 * <ul>
 *   <li>An interval is identified by its local start time; starts lie on the grid of the interval length
 *       counted from local midnight (07:00, 07:15, ... for 15 minutes). The interval length divides 24 hours.</li>
 *   <li>Days with a DST change have 23 or 25 hours. Local times in the spring gap do not exist and are
 *       rejected. Local times in the autumn overlap occur twice: the first value added for such a time
 *       belongs to the earlier offset, a second one to the later offset, so nothing is lost.</li>
 *   <li>Absent intervals mean "closed or no data", never zero: {@link #get} returns an empty value for them,
 *       and no operation turns them into zeros.</li>
 * </ul>
 * Instances are immutable; storage is two arrays, so years of 5-minute data stay small.
 */
public final class IntervalSeries {

    private static final long DAY_SECONDS = 86_400;

    private final ZoneId zone;
    private final Duration interval;
    private final long[] starts;   // epoch seconds, strictly increasing
    private final double[] values;

    private IntervalSeries(ZoneId zone, Duration interval, long[] starts, double[] values) {
        this.zone = zone;
        this.interval = interval;
        this.starts = starts;
        this.values = values;
    }

    /** Starts a series of intervals of length {@code interval} (5, 15, 30, 60 minutes...) in {@code zone}. */
    public static Builder builder(ZoneId zone, Duration interval) {
        return new Builder(zone, interval);
    }

    /** A series from local start times and values (map order does not matter; autumn-overlap times take the earlier offset). */
    public static IntervalSeries of(ZoneId zone, Duration interval, Map<LocalDateTime, Double> values) {
        Builder builder = builder(zone, interval);
        new TreeMap<>(values).forEach(builder::add);
        return builder.build();
    }

    /** A series in UTC, where every local time exists once. */
    public static IntervalSeries of(Duration interval, Map<LocalDateTime, Double> values) {
        return of(ZoneOffset.UTC, interval, values);
    }

    /** The time zone of the wall clock. */
    public ZoneId zone() {
        return zone;
    }

    /** The length of each interval. */
    public Duration interval() {
        return interval;
    }

    /** The number of intervals present. */
    public int size() {
        return starts.length;
    }

    /** Whether no interval is present. */
    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The local start of the {@code i}-th interval (0-based, in time order). */
    public LocalDateTime start(int i) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(starts[i]), zone);
    }

    /** The zoned start of the {@code i}-th interval: unambiguous also in the autumn overlap. */
    public ZonedDateTime zonedStart(int i) {
        return Instant.ofEpochSecond(starts[i]).atZone(zone);
    }

    /** The value of the {@code i}-th interval. */
    public double value(int i) {
        return values[i];
    }

    /** All values in time order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** All local starts in time order. */
    public List<LocalDateTime> starts() {
        List<LocalDateTime> list = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            list.add(start(i));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * The value of the interval starting at a local time, or empty when absent (closed or no data). In the
     * autumn overlap this is the interval at the earlier offset.
     */
    public OptionalDouble get(LocalDateTime start) {
        int i = indexOf(start);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    /** Whether the interval starting at this local time is present. */
    public boolean contains(LocalDateTime start) {
        return indexOf(start) >= 0;
    }

    /** The index of the interval starting at a local time, or a negative number when absent. */
    public int indexOf(LocalDateTime start) {
        long epoch = ZonedDateTime.ofLocal(start, zone, null).toEpochSecond();
        int i = Arrays.binarySearch(starts, epoch);
        // a gap time resolves to a shifted instant: only an exact local match counts
        return i >= 0 && start(i).equals(start) ? i : -1;
    }

    /**
     * The index of the interval starting at an instant, or a negative number when absent: unlike a local time, an
     * instant tells the two passes of the autumn's repeated hour apart.
     */
    public int indexOf(Instant start) {
        int i = Arrays.binarySearch(starts, start.getEpochSecond());
        return i >= 0 ? i : -1;
    }

    /** The sum of all values. */
    public double total() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** The local date of the first interval, if any. */
    public LocalDate firstDate() {
        requireNonEmpty();
        return start(0).toLocalDate();
    }

    /** The local date of the last interval, if any. */
    public LocalDate lastDate() {
        requireNonEmpty();
        return start(starts.length - 1).toLocalDate();
    }

    /** The local dates that have at least one interval, in order. */
    public List<LocalDate> dates() {
        return List.copyOf(dailyTotals().keySet());
    }

    /** The sum of the values of each local date that has intervals, in date order. */
    public Map<LocalDate, Double> dailyTotals() {
        Map<LocalDate, Double> totals = new LinkedHashMap<>();
        for (int i = 0; i < starts.length; i++) {
            totals.merge(start(i).toLocalDate(), values[i], Double::sum);
        }
        return Collections.unmodifiableMap(totals);
    }

    /** The intervals whose local start lies in {@code [from, to)}. */
    public IntervalSeries between(LocalDateTime from, LocalDateTime to) {
        long lo = ZonedDateTime.ofLocal(from, zone, null).toEpochSecond();
        long hi = ZonedDateTime.ofLocal(to, zone, null).toEpochSecond();
        int a = lowerBound(lo);
        int b = lowerBound(hi);
        return new IntervalSeries(zone, interval, Arrays.copyOfRange(starts, a, b), Arrays.copyOfRange(values, a, b));
    }

    /** The intervals of the local dates in {@code [from, to)}. */
    public IntervalSeries between(LocalDate from, LocalDate to) {
        return between(from.atStartOfDay(), to.atStartOfDay());
    }

    /** The same intervals with every value transformed; the result must be finite. */
    public IntervalSeries map(DoubleUnaryOperator f) {
        double[] mapped = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = requireFinite(f.applyAsDouble(values[i]), start(i));
        }
        return new IntervalSeries(zone, interval, starts, mapped);
    }

    /**
     * The interval-by-interval sum of two series on the same zone and grid (the total demand of several queues):
     * an interval present in either is present, its value the sum of those present.
     *
     * @throws IllegalArgumentException when zones or grids differ
     */
    public IntervalSeries plus(IntervalSeries other) {
        if (!zone.equals(other.zone) || !interval.equals(other.interval)) {
            throw new IllegalArgumentException("cannot add a " + other.interval + " series in " + other.zone
                    + " to a " + interval + " series in " + zone);
        }
        Builder builder = builder(zone, interval);
        for (int i = 0; i < starts.length; i++) {
            builder.addInstant(starts[i], values[i]);
        }
        for (int i = 0; i < other.starts.length; i++) {
            Double mine = builder.byInstant.get(other.starts[i]);
            builder.addInstant(other.starts[i], requireFinite((mine == null ? 0 : mine) + other.values[i],
                    other.start(i)));
        }
        return builder.build();
    }

    /**
     * Sums the values into coarser intervals, e.g. 5-minute counts into 15-minute counts. A coarse interval is
     * present when at least one of its fine intervals is; its value is the sum of those present.
     *
     * @param coarser a multiple of this series' interval that divides 24 hours
     */
    public IntervalSeries sumTo(Duration coarser) {
        if (coarser.equals(interval)) {
            return this;
        }
        if (coarser.compareTo(interval) < 0 || coarser.getSeconds() % interval.getSeconds() != 0) {
            throw new IllegalArgumentException("cannot aggregate " + interval + " intervals to " + coarser
                    + ": the new interval must be a multiple of the old one");
        }
        Builder builder = builder(zone, coarser);
        long step = coarser.getSeconds();
        long pendingStart = Long.MIN_VALUE;
        double pendingSum = 0;
        for (int i = 0; i < starts.length; i++) {
            ZonedDateTime zoned = zonedStart(i);
            long secondOfDay = zoned.toLocalTime().toSecondOfDay();
            LocalDateTime bucket = zoned.toLocalDate().atStartOfDay().plusSeconds(secondOfDay - secondOfDay % step);
            long bucketEpoch = ZonedDateTime.ofLocal(bucket, zone, zoned.getOffset()).toEpochSecond();
            if (bucketEpoch != pendingStart && pendingStart != Long.MIN_VALUE) {
                builder.addInstant(pendingStart, pendingSum);
                pendingSum = 0;
            }
            pendingStart = bucketEpoch;
            pendingSum += values[i];
        }
        if (pendingStart != Long.MIN_VALUE) {
            builder.addInstant(pendingStart, pendingSum);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalSeries s && zone.equals(s.zone) && interval.equals(s.interval)
                && Arrays.equals(starts, s.starts) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, interval, Arrays.hashCode(starts), Arrays.hashCode(values));
    }

    /** A one-line summary: grid, zone, span, count and total. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "IntervalSeries[" + interval + ", " + zone + ", empty]";
        }
        return String.format(java.util.Locale.ROOT, "IntervalSeries[%s, %s, %s..%s, %d intervals, total %.1f]",
                interval, zone, start(0), start(starts.length - 1), starts.length, total());
    }

    private int lowerBound(long epoch) {
        int i = Arrays.binarySearch(starts, epoch);
        return i >= 0 ? i : -i - 1;
    }

    private void requireNonEmpty() {
        if (isEmpty()) {
            throw new IllegalStateException("the series is empty");
        }
    }

    private static double requireFinite(double value, LocalDateTime start) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value at " + start + " is not finite: " + value);
        }
        return value;
    }

    /** Collects intervals in any order; {@link #build} sorts them and checks for duplicates. */
    public static final class Builder {
        private final ZoneId zone;
        private final Duration interval;
        private final Map<Long, Double> byInstant = new java.util.HashMap<>();

        private Builder(ZoneId zone, Duration interval) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.interval = Objects.requireNonNull(interval, "interval");
            long seconds = interval.getSeconds();
            if (interval.getNano() != 0 || seconds < 60 || DAY_SECONDS % seconds != 0) {
                throw new IllegalArgumentException("interval " + interval
                        + " must be whole minutes that divide 24 hours (5, 15, 30, 60 minutes...)");
            }
        }

        /**
         * Adds the value of the interval starting at a local time. A time in the autumn overlap may be added
         * twice: first for the earlier offset, then for the later one.
         *
         * @throws IllegalArgumentException when the time is off the grid, in a DST gap, added twice, or the
         *                                  value is not finite
         */
        public Builder add(LocalDateTime start, double value) {
            if (start.toLocalTime().toSecondOfDay() % interval.getSeconds() != 0 || start.getNano() != 0) {
                throw new IllegalArgumentException(start + " is not on the " + interval + " grid from midnight");
            }
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(start);
            if (offsets.isEmpty()) {
                throw new IllegalArgumentException(start + " does not exist in " + zone + " (DST gap)");
            }
            for (ZoneOffset offset : offsets) {
                long epoch = start.toEpochSecond(offset);
                if (!byInstant.containsKey(epoch)) {
                    return put(epoch, value, start);
                }
            }
            throw new IllegalArgumentException("duplicate interval " + start);
        }

        /**
         * Adds the value of the interval starting at a zoned time: the one way to say which pass of the autumn's
         * repeated hour is meant when values come in any order.
         *
         * @throws IllegalArgumentException when the time is off the grid, added twice, or the value is not finite
         */
        public Builder add(ZonedDateTime start, double value) {
            LocalDateTime local = start.withZoneSameInstant(zone).toLocalDateTime();
            if (local.toLocalTime().toSecondOfDay() % interval.getSeconds() != 0 || local.getNano() != 0) {
                throw new IllegalArgumentException(local + " is not on the " + interval + " grid from midnight");
            }
            long epoch = start.toEpochSecond();
            if (byInstant.containsKey(epoch)) {
                throw new IllegalArgumentException("duplicate interval " + start);
            }
            return put(epoch, value, local);
        }

        private Builder addInstant(long epoch, double value) {
            return put(epoch, value, null);
        }

        private Builder put(long epoch, double value, LocalDateTime start) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value at " + (start != null ? start
                        : LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC)) + " is not finite: " + value);
            }
            byInstant.put(epoch, value);
            return this;
        }

        /** The series of everything added, in time order. */
        public IntervalSeries build() {
            long[] starts = byInstant.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            double[] values = new double[starts.length];
            for (int i = 0; i < starts.length; i++) {
                values[i] = byInstant.get(starts[i]);
            }
            return new IntervalSeries(zone, interval, starts, values);
        }
    }
}

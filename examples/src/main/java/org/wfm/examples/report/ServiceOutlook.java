package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.Forecast;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.Staffing;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.QueueDemand;
import org.wfm.core.workforce.Roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.OptionalDouble;

/**
 * The service level a roster is expected to give: per interval, the forecast calls and handle time against the
 * agents the roster puts on the phones, less the expected unplanned absence.
 *
 * <p>With {@code n} agents scheduled and an unplanned shrinkage {@code u}, about {@code n * (1 - u)} turn up. The
 * queueing model takes whole agents, so the service level is interpolated linearly between the whole numbers
 * around {@code n * (1 - u)}. Intervals without forecast calls, or without a handle time, have no value.
 */
public final class ServiceOutlook {

    private ServiceOutlook() {
    }

    /**
     * The expected service level (share of offered calls answered within the goal's threshold, in [0, 1]) per
     * interval of the roster's coverage.
     *
     * @param staffing           the queueing model and service goal (its threshold is the one reported)
     * @param forecast           forecast calls and AHT (seconds) per interval; needs the {@code aht} series
     * @param roster             the roster whose coverage is evaluated
     * @param unplannedShrinkage expected share of scheduled agents absent, in [0, 1)
     */
    public static IntervalSeries serviceLevel(Staffing staffing, Forecast forecast, Roster roster,
                                              double unplannedShrinkage) {
        return levels(staffing, forecast, Coverage.pooled(roster.coverage()), unplannedShrinkage);
    }

    /**
     * What Erlang C expects of the roster queue by queue: each queue's forecast against the agents the roster's
     * coverage gives that queue (its share of the agents on the phones, {@code SkillAllocation}), less the expected
     * absence, interpolated between whole agents; one pass over the intervals gives both figures.
     *
     * @param levels the expected service level of each queue per interval, in the order of the forecasts
     * @param days   the expected speed of answer and occupancy over every queue, per day
     */
    public record Expectation(Map<String, IntervalSeries> levels, SortedMap<LocalDate, Day> days) {
    }

    /**
     * The expected service level of each queue per interval and the expected speed of answer and occupancy per day.
     *
     * @param forecasts the forecast of every queue of the roster's coverage, by queue id
     * @throws IllegalArgumentException when the roster has no coverage for one of the queues
     */
    public static Expectation of(Staffing staffing, Map<String, Forecast> forecasts, Roster roster,
                                 double unplannedShrinkage) {
        Map<String, List<Coverage>> byQueue = coverageByQueue(roster, forecasts.keySet());
        Map<String, IntervalSeries> levels = new LinkedHashMap<>();
        SortedMap<LocalDate, Day> days = new TreeMap<>();
        forecasts.forEach((queue, forecast) -> {
            IntervalSeries.Builder queueLevels = IntervalSeries.builder(forecast.calls().zone(),
                    forecast.calls().interval());
            forEachInterval(staffing, forecast, byQueue.get(queue), unplannedShrinkage, (start, expected) -> {
                queueLevels.add(start, expected.serviceLevel());
                days.merge(start.toLocalDate(), expected.day(forecast.calls().get(start).orElse(0)), Day::plus);
            });
            levels.put(queue, queueLevels.build());
        });
        return new Expectation(levels, days);
    }

    /** The roster's coverage rows by queue, with every one of {@code queues}. */
    private static Map<String, List<Coverage>> coverageByQueue(Roster roster, Set<String> queues) {
        Map<String, List<Coverage>> byQueue = new LinkedHashMap<>();
        for (Coverage row : roster.coverage()) {
            // a roster of one queue names none in its rows: that queue is main
            byQueue.computeIfAbsent(row.queue() == null ? QueueDemand.MAIN : row.queue(), q -> new ArrayList<>()).add(row);
        }
        for (String queue : queues) {
            if (!byQueue.containsKey(queue)) {
                throw new IllegalArgumentException("the roster has no coverage of queue " + queue + "; its queues are "
                        + byQueue.keySet());
            }
        }
        return byQueue;
    }

    /**
     * The service level over several queues per interval: each queue's level weighted by its forecast calls, in
     * the intervals where some queue has a level and calls.
     *
     * @param levels service level per interval by queue
     * @param calls  forecast calls per interval by queue (the weights), with every queue of {@code levels}
     */
    public static IntervalSeries combined(Map<String, IntervalSeries> levels, Map<String, IntervalSeries> calls) {
        IntervalSeries answered = null;
        IntervalSeries offered = null;
        for (Map.Entry<String, IntervalSeries> queue : levels.entrySet()) {
            IntervalSeries queueCalls = calls.get(queue.getKey());
            if (queueCalls == null) {
                throw new IllegalArgumentException("no calls of queue " + queue.getKey() + " to weigh its level by");
            }
            IntervalSeries.Builder a = IntervalSeries.builder(queueCalls.zone(), queueCalls.interval());
            IntervalSeries.Builder o = IntervalSeries.builder(queueCalls.zone(), queueCalls.interval());
            IntervalSeries level = queue.getValue();
            for (int i = 0; i < level.size(); i++) {
                double c = queueCalls.get(level.start(i)).orElse(0);
                a.add(level.start(i), c * level.value(i));
                o.add(level.start(i), c);
            }
            answered = answered == null ? a.build() : answered.plus(a.build());
            offered = offered == null ? o.build() : offered.plus(o.build());
        }
        if (answered == null) {
            throw new IllegalArgumentException("no queue to combine");
        }
        IntervalSeries.Builder combined = IntervalSeries.builder(answered.zone(), answered.interval());
        for (int i = 0; i < answered.size(); i++) {
            double weight = offered.value(i);
            if (weight > 0) {
                combined.add(answered.start(i), answered.value(i) / weight);
            }
        }
        return combined.build();
    }

    /**
     * A service level over several intervals: the levels weighted by the intervals' calls, over the intervals that
     * have a level; NaN when they have no calls.
     */
    public static double weighted(IntervalSeries levels, IntervalSeries calls) {
        double answered = 0;
        double offered = 0;
        for (int i = 0; i < levels.size(); i++) {
            double c = calls.get(levels.start(i)).orElse(0);
            answered += c * levels.value(i);
            offered += c;
        }
        return offered > 0 ? answered / offered : Double.NaN;
    }

    private static IntervalSeries levels(Staffing staffing, Forecast forecast, List<Coverage> coverage,
                                         double unplannedShrinkage) {
        IntervalSeries.Builder levels = IntervalSeries.builder(forecast.calls().zone(), forecast.calls().interval());
        forEachInterval(staffing, forecast, coverage, unplannedShrinkage, (start, expected) ->
                levels.add(start, expected.serviceLevel()));
        return levels.build();
    }

    /**
     * One day's (or several days') expected speed of answer and occupancy, from the sums they are made of.
     *
     * @param calls       forecast calls of the intervals where the queue is stable (more agents present than Erlangs)
     * @param waitedCalls the sum over those intervals of calls x ASA, seconds
     * @param overloaded  intervals with calls where the queue is overloaded: as many agents present as Erlangs, or
     *                    fewer, where Erlang C's queue grows without end and its ASA is infinite
     * @param busy        agents busy with calls, summed over the intervals (Erlangs carried), agent-intervals
     * @param present     agents present on the phones, summed over the intervals, agent-intervals
     */
    public record Day(double calls, double waitedCalls, int overloaded, double busy, double present) {

        /** The average speed of answer in seconds over the stable intervals, weighted by calls; NaN without any. */
        public double asa() {
            return calls > 0 ? waitedCalls / calls : Double.NaN;
        }

        /** The share of the present agents' time on calls, in [0, 1]; NaN with nobody present. */
        public double occupancy() {
            return present > 0 ? busy / present : Double.NaN;
        }

        /** The sums of this and {@code other}. */
        public Day plus(Day other) {
            return new Day(calls + other.calls, waitedCalls + other.waitedCalls, overloaded + other.overloaded,
                    busy + other.busy, present + other.present);
        }

        /** The sums of several days. */
        public static Day total(Collection<Day> days) {
            return days.stream().reduce(new Day(0, 0, 0, 0, 0), Day::plus);
        }
    }

    /** What Erlang C expects of one interval: its figures and the agents present (fractional). */
    private record Expected(double serviceLevel, double asa, double occupancy, double present) {

        /** This interval as a day's sums, with its forecast calls: overloaded, or calls waiting this long. */
        Day day(double calls) {
            boolean overloaded = Double.isInfinite(asa);
            return new Day(overloaded ? 0 : calls, overloaded ? 0 : calls * asa, overloaded ? 1 : 0,
                    occupancy * present, present);
        }
    }

    private interface IntervalExpectation {
        void accept(LocalDateTime start, Expected expected);
    }

    /**
     * Every coverage row with forecast calls and handle time: Erlang C for the agents present (the scheduled less the
     * expected absence), interpolated linearly between the whole numbers of agents around it.
     */
    private static void forEachInterval(Staffing staffing, Forecast forecast, List<Coverage> coverage,
                                        double unplannedShrinkage, IntervalExpectation action) {
        IntervalSeries calls = forecast.calls();
        IntervalSeries aht = forecast.aht().orElseThrow(() ->
                new IllegalArgumentException("the expected service level needs a forecast with handle times (aht)"));
        if (!(unplannedShrinkage >= 0 && unplannedShrinkage < 1)) {
            throw new IllegalArgumentException("unplanned shrinkage must be in [0, 1), was " + unplannedShrinkage);
        }
        Duration interval = calls.interval();
        for (Coverage row : coverage) {
            OptionalDouble c = calls.get(row.start());
            OptionalDouble a = aht.get(row.start());
            if (c.isEmpty() || a.isEmpty() || c.getAsDouble() <= 0 || a.getAsDouble() <= 0) {
                continue;
            }
            double workload = IntervalCalls.workload(c.getAsDouble(), a.getAsDouble(), interval);
            double present = row.scheduled() * (1 - unplannedShrinkage);
            int below = (int) Math.floor(present);
            double fraction = present - below;
            ExpectedService low = staffing.evaluate(workload, a.getAsDouble(), below);
            ExpectedService high = fraction > 0 ? staffing.evaluate(workload, a.getAsDouble(), below + 1) : low;
            // the speed of answer of an overloaded queue is infinite: so is any mix with it
            double asa = Double.isInfinite(low.asa()) || Double.isInfinite(high.asa()) ? Double.POSITIVE_INFINITY
                    : low.asa() + fraction * (high.asa() - low.asa());
            action.accept(row.start(), new Expected(low.serviceLevel() + fraction * (high.serviceLevel()
                    - low.serviceLevel()), asa, low.occupancy() + fraction * (high.occupancy() - low.occupancy()),
                    present));
        }
    }
}

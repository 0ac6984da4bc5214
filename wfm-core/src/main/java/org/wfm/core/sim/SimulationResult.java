package org.wfm.core.sim;

import org.wfm.core.calls.KpiFigures;
import org.wfm.core.calls.Kpis;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link Simulation} found: the KPIs of every replication (the {@link Kpis} of its simulated call records) and
 * their means with 95 % confidence intervals, in total and per interval and queue.
 */
public final class SimulationResult {

    /**
     * One interval and queue: mean counts over the replications, and estimates of the rates.
     *
     * @param start the interval's start ({@code null} on a day's row)
     * @param date  the day
     * @param queue the queue, or {@link Kpis#ALL}
     */
    public record Row(ZonedDateTime start, LocalDate date, String queue, double offered, double answered, double abandoned,
                      double voicemail, Estimate serviceLevel, Estimate asa, Estimate abandonRate, Estimate occupancy) {
    }

    /**
     * How late one agent left the phones, in minutes per replication (means over the replications).
     *
     * @param agent            the agent (a roster's id, or a staffing slot such as {@code S3} or {@code sales-3})
     * @param lateBreakMinutes the time its breaks started late because it was finishing a call
     * @param overrunMinutes   the time it worked past the end of its shift (or of its staffed intervals)
     */
    public record Lateness(String agent, double lateBreakMinutes, double overrunMinutes) {
    }

    private final List<Kpis> replications;
    private final long calls;
    private final List<Lateness> lateness;
    private final double callsPerSecond;
    private final double absence;

    SimulationResult(List<Kpis> replications, long calls, List<Lateness> lateness, double callsPerSecond,
                     double absence) {
        this.absence = absence;
        this.replications = List.copyOf(replications);
        this.calls = calls;
        this.lateness = List.copyOf(lateness);
        this.callsPerSecond = callsPerSecond;
    }

    /** The KPIs of each replication, in order. */
    public List<Kpis> replications() {
        return replications;
    }

    /** Simulated calls over all replications. */
    public long calls() {
        return calls;
    }

    /** Per agent, in the agents' order, how late it left the phones for breaks and at the end of its time. */
    public List<Lateness> lateness() {
        return lateness;
    }

    /** Minutes per replication, over all agents, by which breaks started late because an agent was on a call. */
    public double lateBreakMinutes() {
        return lateness.stream().mapToDouble(Lateness::lateBreakMinutes).sum();
    }

    /** Minutes per replication, over all agents, worked past the end of a shift (or staffed time) to finish a call. */
    public double overrunMinutes() {
        return lateness.stream().mapToDouble(Lateness::overrunMinutes).sum();
    }

    /** The share of shifts missed at random in each replication (0: every agent worked every shift). */
    public double absence() {
        return absence;
    }

    /** Simulated calls per second of the event loop (without counting the KPIs). */
    public double callsPerSecond() {
        return callsPerSecond;
    }

    /** The service level over the whole horizon, on the basis of the definitions. */
    public Estimate serviceLevel() {
        return total(KpiFigures::serviceLevel);
    }

    /** Average speed of answer over the horizon, seconds. */
    public Estimate asa() {
        return total(KpiFigures::asa);
    }

    /** Abandoned / offered over the horizon. */
    public Estimate abandonRate() {
        return total(KpiFigures::abandonRate);
    }

    /** Voicemail / offered over the horizon. */
    public Estimate voicemailRate() {
        return total(f -> f.offered() > 0 ? OptionalDouble.of((double) f.voicemail() / f.offered()) : OptionalDouble.empty());
    }

    /** Occupancy over the horizon; a replication in which no call was answered has none. */
    public Estimate occupancy() {
        return total(KpiFigures::occupancy);
    }

    private Estimate total(Function<KpiFigures, OptionalDouble> figure) {
        return Estimate.of(replications.stream().mapToDouble(k -> value(figure.apply(k.total()))).toArray());
    }

    /** One row per interval and queue that had calls in some replication, in time order, queues before all. */
    public List<Row> byInterval() {
        return rows(Kpis::byInterval, Comparator.comparing((KpiFigures f) -> f.start().toInstant()));
    }

    /** One row per day and queue that had calls in some replication, in date order, queues before all. */
    public List<Row> byDay() {
        return rows(Kpis::byDay, Comparator.comparing(KpiFigures::date));
    }

    /** One row per queue with calls in some replication, in name order, then all queues. */
    public List<Row> byQueue() {
        return rows(Kpis::byQueue, Comparator.comparingInt((KpiFigures f) -> 0));
    }

    private List<Row> rows(Function<Kpis, List<KpiFigures>> figures, Comparator<KpiFigures> when) {
        Comparator<KpiFigures> order = when.thenComparing(f -> f.queue().equals(Kpis.ALL))
                .thenComparing(KpiFigures::queue);
        Map<KpiFigures, List<KpiFigures>> rows = new TreeMap<>(order);
        for (Kpis k : replications) {
            for (KpiFigures f : figures.apply(k)) {
                rows.computeIfAbsent(f, x -> new ArrayList<>()).add(f);
            }
        }
        List<Row> result = new ArrayList<>();
        int n = replications.size();
        for (List<KpiFigures> list : rows.values()) {
            KpiFigures first = list.get(0);
            result.add(new Row(first.start(), first.date(), first.queue(), mean(list, KpiFigures::offered, n),
                    mean(list, KpiFigures::answered, n), mean(list, KpiFigures::abandoned, n),
                    mean(list, KpiFigures::voicemail, n), estimate(list, KpiFigures::serviceLevel),
                    estimate(list, KpiFigures::asa), estimate(list, KpiFigures::abandonRate),
                    estimate(list, KpiFigures::occupancy)));
        }
        return result;
    }

    /** The mean over all replications, counting a replication without the row as 0. */
    private static double mean(List<KpiFigures> rows, ToDoubleFunction<KpiFigures> count, int replications) {
        return rows.stream().mapToDouble(count).sum() / replications;
    }

    private static Estimate estimate(List<KpiFigures> rows, Function<KpiFigures, OptionalDouble> figure) {
        return Estimate.of(rows.stream().mapToDouble(f -> value(figure.apply(f))).toArray());
    }

    private static double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : Double.NaN;
    }

    @Override
    public String toString() {
        return "SimulationResult[" + replications.size() + " replications, " + calls + " calls; SL "
                + serviceLevel().percent() + ", abandon " + abandonRate().percent() + ", voicemail "
                + voicemailRate().percent() + ", ASA " + asa().seconds() + ", occupancy " + occupancy().percent()
                + (absence > 0 ? ", " + Math.round(100 * absence) + "% of shifts absent" : "") + "]";
    }
}

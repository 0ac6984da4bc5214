package org.wfm.core.sim;

import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.Direction;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a simulation's callers come from: a forecast per queue (a Poisson process with each interval's rate, and
 * handle times drawn around each interval's average), or a replay of call records (their arrival instants, queues
 * and handle times; a call that was not answered gets the handle time of an answered call of its own queue, drawn
 * anew in each replication). Immutable.
 */
public final class Arrivals {

    /** One queue's forecast: calls per interval and their mean handle time in seconds. */
    record QueueForecast(IntervalSeries calls, double[] meanHandle) {
    }

    private final Map<String, QueueForecast> forecasts; // null for a replay
    private final List<CallRecord> replay;              // null for a forecast
    private final ZoneId zone;
    private final Duration interval;                     // null for a replay

    private Arrivals(Map<String, QueueForecast> forecasts, List<CallRecord> replay, ZoneId zone, Duration interval) {
        this.forecasts = forecasts;
        this.replay = replay;
        this.zone = zone;
        this.interval = interval;
    }

    /** Forecast calls of the one queue {@code main}; see {@link #forecast(Map, Map, double)}. */
    public static Arrivals forecast(IntervalSeries calls, IntervalSeries ahtSeconds, double fallbackAht) {
        return forecast(Map.of(CallRecord.MAIN_QUEUE, calls),
                ahtSeconds == null ? Map.of() : Map.of(CallRecord.MAIN_QUEUE, ahtSeconds), fallbackAht);
    }

    /**
     * The calls of forecasts per queue (what {@code ForecastCsv.readQueues} reads), each with its own handle times:
     * {@code forecast(calls, aht, NaN)} with each forecast's {@code calls} and {@code aht}.
     *
     * @throws IllegalArgumentException as {@link #forecast(Map, Map, double)}, and when an interval with calls has no
     *                                  forecast AHT
     */
    public static Arrivals of(Map<String, Forecast> forecasts) {
        Map<String, IntervalSeries> calls = new LinkedHashMap<>();
        Map<String, IntervalSeries> aht = new LinkedHashMap<>();
        forecasts.forEach((queue, forecast) -> {
            calls.put(queue, forecast.calls());
            forecast.aht().ifPresent(series -> aht.put(queue, series));
        });
        return forecast(calls, aht, Double.NaN);
    }

    /**
     * Forecast calls per queue, all on one grid and in one zone.
     *
     * @param calls       per queue the calls offered per interval (each interval's Poisson rate)
     * @param ahtSeconds  per queue the average handle time per interval in seconds (a queue may be missing)
     * @param fallbackAht the average handle time in seconds of intervals without one (NaN: none)
     * @throws IllegalArgumentException when the queues' grids or zones differ, a count is negative or not finite, or
     *                                  an interval with calls has no handle time above 0 s
     */
    public static Arrivals forecast(Map<String, IntervalSeries> calls, Map<String, IntervalSeries> ahtSeconds,
                                    double fallbackAht) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("a forecast needs at least one queue");
        }
        IntervalSeries first = calls.values().iterator().next();
        Map<String, QueueForecast> forecasts = new TreeMap<>();
        calls.forEach((queue, series) -> {
            if (!series.interval().equals(first.interval()) || !series.zone().getRules().equals(first.zone().getRules())) {
                throw new IllegalArgumentException("the forecast of queue '" + queue + "' is on another grid or zone"
                        + " than the others (" + series.interval() + " in " + series.zone() + ")");
            }
            IntervalSeries aht = ahtSeconds.get(queue);
            double[] meanHandle = new double[series.size()];
            for (int i = 0; i < series.size(); i++) {
                double value = series.value(i);
                if (value < 0 || !Double.isFinite(value)) {
                    throw new IllegalArgumentException("calls at " + series.start(i) + (queue.equals(CallRecord.MAIN_QUEUE)
                            ? "" : " of queue '" + queue + "'") + " must be 0 or more, got " + value);
                }
                int a = aht == null ? -1 : aht.indexOf(series.zonedStart(i).toInstant());
                meanHandle[i] = a >= 0 ? aht.value(a) : fallbackAht; // by instant: the repeated hour has two
                if (value > 0 && !(meanHandle[i] > 0)) {
                    throw new IllegalArgumentException("the interval " + series.start(i) + " has calls but no average"
                            + " handle time above 0 s: give an aht column or a fallback");
                }
            }
            forecasts.put(queue, new QueueForecast(series, meanHandle));
        });
        return new Arrivals(forecasts, null, first.zone(), first.interval());
    }

    /**
     * A replay of call records: the inbound calls that were offered (answered, abandoned or voicemail; blocked and
     * outbound calls are left out) arrive when and where they arrived; answered calls keep their talk and wrap time.
     *
     * @throws IllegalArgumentException when no call was offered, or a queue with unanswered calls has no answered
     *                                  call to draw a handle time from
     */
    public static Arrivals replay(List<CallRecord> records, ZoneId zone) {
        List<CallRecord> offered = new ArrayList<>();
        Map<String, Integer> answered = new TreeMap<>();
        for (CallRecord r : records) {
            if (r.outcome().offered() && r.direction() != Direction.OUTBOUND) {
                offered.add(r);
                answered.merge(r.queue(), r.answered() != null ? 1 : 0, Integer::sum);
            }
        }
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("the call records hold no offered inbound call to replay");
        }
        answered.forEach((queue, n) -> {
            if (n == 0) {
                throw new IllegalArgumentException("queue '" + queue + "' has no answered call to draw the handle"
                        + " times of its unanswered calls from");
            }
        });
        offered.sort(Comparator.comparing(CallRecord::arrived)); // stable: equal instants keep the file's order
        return new Arrivals(null, List.copyOf(offered), Objects.requireNonNull(zone, "zone"), null);
    }

    /** The queues the callers come to, in name order. */
    public List<String> queues() {
        if (forecasts != null) {
            return List.copyOf(forecasts.keySet());
        }
        return replay.stream().map(CallRecord::queue).distinct().sorted().toList();
    }

    ZoneId zone() {
        return zone;
    }

    /** The forecast's interval, or {@code null} for a replay (which takes the staffing's). */
    Duration interval() {
        return interval;
    }

    Map<String, QueueForecast> forecasts() {
        return forecasts;
    }

    List<CallRecord> replay() {
        return replay;
    }

    @Override
    public String toString() {
        return forecasts != null ? "Arrivals[forecast of " + forecasts.size() + " queue(s)]"
                : "Arrivals[replay of " + replay.size() + " calls]";
    }
}

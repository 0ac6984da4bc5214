package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rest of a day re-forecast from its morning: how far the day runs above or below the forecast lately, shrunk
 * towards "on forecast" by as much as the history says such mornings mislead, applied to the forecast of the rest
 * of the day.
 *
 * <p>The update. At {@code now}, with {@code a} the morning's actual calls and {@code p} its forecast calls, each
 * interval weighted by {@code 2^(-(now - start) / h)}, the rest of the day is {@code m = (a + k) / (p + k)} times the
 * forecast (its bounds too). {@code h} (minutes; infinite: the day-so-far ratio) says how fast the morning's early
 * hours stop counting, {@code k} (calls) is a gamma prior's weight on "on forecast": a morning of few calls moves
 * little. A morning exactly on forecast ({@code a = p}) leaves the forecast as it is.
 *
 * <p>Learning. {@code k} and {@code h} are chosen for each time of day from the history alone: over its last
 * {@value #LEARNING_WEEKS} weekly origins, each week forecast by {@code auto} from the data before it (as a week-ahead
 * forecast is made) and its days before the history's last date (which may be today's morning) re-forecast, the
 * pair with the lowest rest-of-day WAPE at that time of day among {@code k} in {0, 1, 1.8, ..., 10^6, never} and
 * {@code h} in {15, 30, 60, 120, 240 minutes, infinite}. "Never" (no update) is a candidate, so on the learning days
 * the update is never worse than the forecast it starts from. The prediction interval at {@code level} is the
 * re-forecast times the empirical quantiles of actual / re-forecast over the learning days' rest-of-day intervals
 * at that time of day.
 *
 * <p>Cost: {@link #of} makes {@value #LEARNING_WEEKS} week forecasts; {@link #update} is linear in the learning
 * intervals times the 162 candidate pairs, a few milliseconds; {@link #withHistory} keeps what was learned for the
 * updates later in the day.
 */
public final class Reforecast {

    /** The whole weeks before the last one that the weights are learned on. */
    public static final int LEARNING_WEEKS = 4;
    /** Half-lives (minutes) of the weight of the morning's intervals; infinite: the whole morning alike. */
    private static final double[] HALF_LIVES = {15, 30, 60, 120, 240, Double.POSITIVE_INFINITY};
    private static final double[] PRIOR_CALLS = priorCalls();

    /** One learning day: forecast and actual calls per interval, by local start, in time order. */
    private record Day(LocalTime[] times, double[] forecast, double[] actual) {

        /** The intervals of {@code forecast} that {@code actual} has too, in the forecast's order. */
        static Day of(IntervalSeries forecast, IntervalSeries actual) {
            List<LocalTime> times = new ArrayList<>();
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < forecast.size(); i++) {
                OptionalDouble value = actual.get(forecast.start(i));
                if (value.isPresent()) {
                    times.add(forecast.start(i).toLocalTime());
                    pairs.add(new double[]{forecast.value(i), value.getAsDouble()});
                }
            }
            return new Day(times.toArray(LocalTime[]::new), pairs.stream().mapToDouble(p -> p[0]).toArray(),
                    pairs.stream().mapToDouble(p -> p[1]).toArray());
        }
    }

    /**
     * The weights chosen for a time of day.
     *
     * @param priorCalls    {@code k}, calls ({@code +infinity}: no update)
     * @param halfLife      {@code h}, minutes: the morning's intervals weigh half as much every {@code h} minutes
     *                      back from now ({@code +infinity}: all alike, the day-so-far ratio)
     * @param learningWape  the rest-of-day WAPE of the learning weeks with these weights
     * @param forecastWape  the rest-of-day WAPE of their forecasts without update
     */
    public record Weights(double priorCalls, double halfLife, double learningWape, double forecastWape) {
    }

    private final History history;
    private final List<Day> learning;

    private Reforecast(History history, List<Day> learning) {
        this.history = history;
        this.learning = learning;
    }

    /**
     * Learns the weights from {@code history} (see the class comment); the history's intervals are also the actual
     * calls of the day being re-forecast.
     *
     * @throws InsufficientHistoryException when no learning week can be forecast from the data before it
     */
    public static Reforecast of(History history) {
        Objects.requireNonNull(history, "history");
        Forecaster auto = Forecasters.auto();
        List<LocalDate> origins;
        try {
            origins = Backtest.weeklyOrigins(history, LEARNING_WEEKS);
        } catch (IllegalArgumentException e) {
            throw new InsufficientHistoryException("re-forecasting learns from " + LEARNING_WEEKS + " whole weeks before"
                    + " the last one: " + e.getMessage(), 7 * (LEARNING_WEEKS + 1));
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate origin : origins) {
            Forecast week;
            try {
                week = auto.forecast(history.before(origin), origin, 7);
            } catch (InsufficientHistoryException e) {
                continue; // too early in the history: learn from the later weeks
            }
            for (int d = 0; d < 7 && origin.plusDays(d).isBefore(history.lastDate()); d++) {
                LocalDate date = origin.plusDays(d);
                Day day = Day.of(week.calls().between(date, date.plusDays(1)),
                        history.offered().between(date, date.plusDays(1)));
                if (day.times().length > 0) {
                    days.add(day);
                }
            }
        }
        if (days.isEmpty()) {
            throw new InsufficientHistoryException("re-forecasting needs a whole week it can forecast from the data"
                    + " before it, among the " + LEARNING_WEEKS + " before the history's last week",
                    7 * (LEARNING_WEEKS + 1));
        }
        return new Reforecast(history, List.copyOf(days));
    }

    /** The same learned weights with newer actual calls (the same day later on, say): no learning again. */
    public Reforecast withHistory(History latest) {
        return new Reforecast(Objects.requireNonNull(latest, "latest"), learning);
    }

    /** The weights learned for re-forecasting at this time of day. */
    public Weights weights(LocalTime now) {
        double best = Double.POSITIVE_INFINITY;
        Weights chosen = null;
        double forecastWape = wape(now, Double.POSITIVE_INFINITY, HALF_LIVES[0]);
        for (double k : PRIOR_CALLS) {
            for (double h : HALF_LIVES) {
                if (Double.isInfinite(k) && h != HALF_LIVES[0]) {
                    continue; // no update: one candidate
                }
                double wape = wape(now, k, h);
                if (wape < best - 1e-12) {
                    best = wape;
                    chosen = new Weights(k, h, wape, forecastWape);
                }
            }
        }
        return chosen;
    }

    /**
     * The forecast of the intervals of {@code now}'s day from {@code now} on, updated with the day's actual calls
     * before {@code now} (from the history); the handle time as forecast.
     *
     * @param level the level of the prediction interval to give, or empty for none
     */
    public Forecast update(Forecast forecast, LocalDateTime now, Optional<Double> level) {
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        Weights weights = weights(time);
        double m = morningRatio(forecast, history.offered(), now, weights.priorCalls(), weights.halfLife());
        LocalDateTime end = today.plusDays(1).atStartOfDay();
        IntervalSeries rest = forecast.calls().between(now, end).map(c -> m * c);
        Optional<IntervalSeries> aht = forecast.aht().map(s -> s.between(now, end));
        String method = forecast.method() + "+reforecast";
        if (level.isEmpty()) {
            return new Forecast(method, rest, aht, Optional.empty(), Optional.empty());
        }
        double[] band = band(time, weights, level.get());
        return new Forecast(method, rest, aht, Optional.of(rest.map(c -> c * band[0])),
                Optional.of(rest.map(c -> c * band[1])));
    }

    /** {@code (A + k) / (P + k)}; 1 for {@code k} infinite or nothing either way. */
    static double factor(double actual, double forecast, double k) {
        if (Double.isInfinite(k)) {
            return 1;
        }
        return actual + k > 0 && forecast + k > 0 ? (actual + k) / (forecast + k) : 1;
    }

    /**
     * The ratio of {@code now}'s morning: {@link #ratio} over the intervals before {@code now} on its day that both
     * {@code forecast} and {@code actual} have ({@code k = 0} and an infinite half-life give the day-so-far ratio).
     */
    static double morningRatio(Forecast forecast, IntervalSeries actual, LocalDateTime now, double k, double halfLife) {
        LocalDateTime midnight = now.toLocalDate().atStartOfDay();
        Day morning = Day.of(forecast.calls().between(midnight, now), actual.between(midnight, now));
        return ratio(morning.times(), morning.forecast(), morning.actual(), now.toLocalTime(), k, halfLife);
    }

    /**
     * The morning's ratio of actual to forecast calls, each interval's weight halved every {@code halfLife} minutes
     * back from {@code now}, shrunk by {@code k}: {@code (a + k) / (p + k)}.
     */
    private static double ratio(LocalTime[] starts, double[] forecast, double[] actual, LocalTime now, double k,
                                double halfLife) {
        double a = 0;
        double p = 0;
        for (int i = 0; i < starts.length && starts[i].isBefore(now); i++) {
            double weight = Double.isInfinite(halfLife) ? 1
                    : Math.pow(0.5, Duration.between(starts[i], now).toSeconds() / 60.0 / halfLife);
            a += weight * actual[i];
            p += weight * forecast[i];
        }
        return factor(a, p, k);
    }

    /** Rest-of-day WAPE of the learning days at this time of day with these weights. */
    private double wape(LocalTime now, double k, double halfLife) {
        double error = 0;
        double total = 0;
        for (Day day : learning) {
            double m = ratio(day.times(), day.forecast(), day.actual(), now, k, halfLife);
            for (int i = 0; i < day.times().length; i++) {
                LocalTime t = day.times()[i];
                if (!t.isBefore(now)) {
                    error += Math.abs(m * day.forecast()[i] - day.actual()[i]);
                    total += day.actual()[i];
                }
            }
        }
        return total > 0 ? error / total : 0;
    }

    /** The quantiles of actual / re-forecast over the learning days' rest-of-day intervals, {@code (1 -+ level) / 2}. */
    private double[] band(LocalTime now, Weights weights, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the level must be between 0 and 1 (exclusive), got " + level);
        }
        List<Double> ratios = new ArrayList<>();
        for (Day day : learning) {
            double m = ratio(day.times(), day.forecast(), day.actual(), now, weights.priorCalls(), weights.halfLife());
            for (int i = 0; i < day.times().length; i++) {
                LocalTime t = day.times()[i];
                double expected = m * day.forecast()[i];
                if (!t.isBefore(now) && expected > 0) {
                    ratios.add(day.actual()[i] / expected);
                }
            }
        }
        if (ratios.isEmpty()) {
            return new double[]{1, 1};
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[]{quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2)};
    }

    private static double quantile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double[] priorCalls() {
        double[] k = new double[2 + 25];
        k[0] = 0;
        for (int i = 0; i < 25; i++) {
            k[1 + i] = Math.pow(10, i * 0.25); // 1 .. 10^6
        }
        k[k.length - 1] = Double.POSITIVE_INFINITY;
        return k;
    }

    @Override
    public String toString() {
        return "Reforecast[" + learning.size() + " learning days, actuals " + history.offered() + "]";
    }

    /** The learning days' count. */
    int learningDays() {
        return learning.size();
    }
}

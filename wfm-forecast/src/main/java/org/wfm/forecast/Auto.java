package org.wfm.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses among candidate methods (single or combined) by a rolling-origin backtest on the history itself: the
 * candidate with the lowest interval WAPE over the last {@code origins} weekly origins wins. Only data before the
 * forecast start is used. Candidates the history is too short for are left out; when no candidate can be
 * backtested, the first that can run is used.
 *
 * @param candidates the methods tried, in order of preference on ties
 * @param origins    the weekly origins of the internal backtest
 */
record Auto(List<Method> candidates, int origins) implements Method {

    /** The chosen method and its backtest errors. */
    record Choice(Method method, Errors errors) {
    }

    Auto {
        candidates = List.copyOf(candidates);
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public int minimumDays() {
        return candidates.stream().mapToInt(Method::minimumDays).min().orElseThrow();
    }

    @Override
    public double[][] predict(DayGrid history, LocalDate start, int days) {
        return choose(history, start, days).method().predict(history, start, days);
    }

    /** Backtests every candidate that can run and returns the best. */
    Choice choose(DayGrid history, LocalDate start, int days) {
        List<Method> runnable = candidates.stream().filter(m -> history.days() >= m.minimumDays()).toList();
        if (runnable.isEmpty()) {
            throw new InsufficientHistoryException(this, history);
        }
        Map<Method, Errors> errors = new HashMap<>();
        for (int k = 1; k <= origins; k++) {
            LocalDate origin = start.minusWeeks(k);
            long available = Errors.trainingDays(history, origin);
            DayGrid training = available > 0 ? history.before(origin) : null;
            Map<Method, double[][]> predictions = new HashMap<>();
            for (Method method : runnable) {
                if (available >= method.minimumDays()) {
                    double[][] prediction = Forecasts.keepOpen(training, origin,
                            predictWithParts(method, training, origin, Math.min(days, 7), predictions));
                    errors.merge(method, Errors.of(history, origin, prediction), Errors::plus);
                }
            }
        }
        Method best = runnable.get(0);
        for (Method method : runnable) {
            if (errors.getOrDefault(method, Errors.NONE).wape() < errors.getOrDefault(best, Errors.NONE).wape()) {
                best = method;
            }
        }
        return new Choice(best, errors.getOrDefault(best, Errors.NONE));
    }

    /** A combination's prediction from its parts' (computed once per origin). */
    private static double[][] predictWithParts(Method method, DayGrid training, LocalDate origin, int days,
                                               Map<Method, double[][]> cache) {
        if (method instanceof Combination combination) {
            return Combination.mean(combination.parts().stream()
                    .map(part -> predictWithParts(part, training, origin, days, cache)).toList());
        }
        return cache.computeIfAbsent(method, m -> m.predict(training, origin, days));
    }
}

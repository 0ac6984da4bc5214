package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;
import org.wfm.core.IntervalSeries;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** A {@link Method} with the user's settings: what {@link Forecasters} hands out. */
record MethodForecaster(Method method, double levelOrNaN, SpecialDays specialDays) implements Forecaster {

    /** Weeks of handle-time history averaged per weekday and time of day. */
    /** Weekly origins of the backtest that calibrates prediction intervals. */
    private static final int CALIBRATION_ORIGINS = 3;

    MethodForecaster {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(specialDays, "specialDays");
        if (!Double.isNaN(levelOrNaN) && !(levelOrNaN > 0 && levelOrNaN < 1)) {
            throw new IllegalArgumentException("the level must lie strictly between 0 and 1, not " + levelOrNaN);
        }
    }

    MethodForecaster(Method method) {
        this(method, Double.NaN, SpecialDays.none());
    }

    @Override
    public String name() {
        return method.name();
    }

    @Override
    public Forecaster withLevel(double level) {
        return new MethodForecaster(method, level, specialDays);
    }

    @Override
    public Forecaster withSpecialDays(SpecialDays days) {
        return new MethodForecaster(method, levelOrNaN, days);
    }

    @Override
    public OptionalDouble level() {
        return Double.isNaN(levelOrNaN) ? OptionalDouble.empty() : OptionalDouble.of(levelOrNaN);
    }

    @Override
    public Forecast forecast(History history, LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the horizon must have at least 1 day, not " + days);
        }
        if (history.offered().isEmpty()) {
            throw new IllegalArgumentException("the history is empty");
        }
        if (!start.isAfter(history.lastDate())) {
            throw new IllegalArgumentException("the horizon starts on " + start + ", not after the end of the history ("
                    + history.lastDate() + ")");
        }
        DayGrid grid = DayGrid.of(history, specialDays);
        if (grid.days() < method.minimumDays()) {
            throw new InsufficientHistoryException(method, grid);
        }
        Method used = method;
        Errors errors = null;
        if (method instanceof Auto auto) {
            Auto.Choice choice = auto.choose(grid, start, days);
            used = choice.method();
            errors = choice.errors();
        }
        double[][] calls = Forecasts.keepOpen(grid, start, used.predict(grid, start, days));
        for (int d = 0; d < days; d++) {
            double factor = specialDays.factorOf(start.plusDays(d));
            for (int s = 0; s < grid.slots; s++) {
                // factor 0 closes the day: its intervals become absent, not zero
                calls[d][s] = factor == 0 ? Double.NaN : calls[d][s] * factor;
            }
        }
        String name = used == method ? method.name() : method.name() + " (" + used.name() + ")";
        Optional<IntervalSeries> aht = Optional.ofNullable(grid.aht)
                .map(a -> grid.series(start, Forecasts.handleTime(grid, start, calls)));
        if (level().isEmpty()) {
            return new Forecast(name, grid.series(start, calls), aht, Optional.empty(), Optional.empty());
        }
        if (errors == null) {
            errors = Errors.backtest(used, grid, start, days, CALIBRATION_ORIGINS);
        }
        Bands bands = Bands.calibrate(errors, levelOrNaN);
        double[][] lower = DayGrid.blank(days, grid.slots);
        double[][] upper = DayGrid.blank(days, grid.slots);
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < grid.slots; s++) {
                if (!Double.isNaN(calls[d][s])) {
                    lower[d][s] = bands.lower(calls[d][s]);
                    upper[d][s] = bands.upper(calls[d][s]);
                }
            }
        }
        return new Forecast(name, grid.series(start, calls), aht, Optional.of(grid.series(start, lower)),
                Optional.of(grid.series(start, upper)));
    }

    @Override
    public String toString() {
        return "Forecaster[" + method.name() + (level().isPresent() ? ", level " + levelOrNaN : "")
                + (specialDays.isEmpty() ? "" : ", " + specialDays) + "]";
    }
}

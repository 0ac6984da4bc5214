package org.wfm.forecast;

import org.wfm.core.Forecast;
import org.wfm.core.History;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A forecasting method with its settings: forecasts calls (and handle time, when the history has it) for every
 * interval of the days ahead in which the history shows the centre open at that weekday and time of day. Get one
 * from {@link Forecasters}; instances are immutable and deterministic.
 *
 * <pre>{@code
 * History history = History.read(Path.of("history.csv")).aggregate(Duration.ofMinutes(15));
 * Forecast next = Forecasters.auto().withLevel(0.8).forecast(history, LocalDate.of(2003, 5, 26), 7);
 * }</pre>
 */
public interface Forecaster {

    /** The method's name, as on the command line ({@code auto}, {@code profile}...). */
    String name();

    /**
     * Forecasts the {@code days} days from {@code start} on the history's interval grid.
     *
     * @throws IllegalArgumentException when {@code start} is not after the history's last date, {@code days} is
     *                                  not positive, or the history is too short for the method (the message
     *                                  says how much it needs)
     */
    Forecast forecast(History history, LocalDate start, int days);

    /** The same method with prediction intervals at {@code level} (between 0 and 1, e.g. 0.8). */
    Forecaster withLevel(double level);

    /** The same method with the user's special days: dates excluded from training and factors ahead. */
    Forecaster withSpecialDays(SpecialDays specialDays);

    /** The level of the prediction intervals, when asked for. */
    OptionalDouble level();

    /** The special days in use. */
    SpecialDays specialDays();
}

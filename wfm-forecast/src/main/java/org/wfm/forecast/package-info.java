/**
 * Forecasting calls offered (and handle time) per interval from interval history.
 *
 * <p>Start from a {@link org.wfm.core.History} (read a History CSV, aggregate it to the interval you plan on),
 * pick a {@link org.wfm.forecast.Forecaster} from {@link org.wfm.forecast.Forecasters} ({@code auto()} by default),
 * and forecast a number of days after the history's end; {@link org.wfm.forecast.Backtest} scores methods on the
 * history itself; a forecast is a {@link org.wfm.core.Forecast}. History and Forecast are core values beside their
 * CSV formats. Absent intervals mean closed (or no data), never zero; the weekly pattern follows the calendar.
 *
 * <pre>{@code
 * History history = History.read(Path.of("history.csv")).aggregate(Duration.ofMinutes(15));
 * Forecast week = Forecasters.auto().withLevel(0.8)
 *         .withSpecialDays(SpecialDays.none().factor(LocalDate.of(2003, 5, 26), 0))
 *         .forecast(history, LocalDate.of(2003, 5, 26), 7);
 * week.write(Path.of("forecast.csv"));
 * Backtest.run(Forecasters.all(), history, 5, 7).forEach(System.out::println);
 * }</pre>
 */
package org.wfm.forecast;

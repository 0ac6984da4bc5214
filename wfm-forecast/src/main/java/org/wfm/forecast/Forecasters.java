package org.wfm.forecast;

import java.util.List;
import java.util.Locale;

/**
 * The forecasting methods. Every method forecasts the intervals the history shows open; special days and prediction
 * intervals are added with {@link Forecaster#withSpecialDays} and {@link Forecaster#withLevel}.
 */
public final class Forecasters {

    /** The names accepted by {@link #byName}, {@code auto} first. */
    public static final List<String> NAMES =
            List.of("auto", "seasonal-naive", "weekly-average", "holt-winters", "profile");

    private Forecasters() {
    }

    /**
     * The default: chooses among weekly-average, seasonal-naive, profile, holt-winters and the combinations
     * profile+holt-winters and profile+weekly-average by the interval WAPE of a backtest over the last three weeks
     * before the start (data before the start only). Needs a week of history; methods that need more drop out.
     */
    public static Forecaster auto() {
        Method weekly = new WeeklyAverage(4);
        Method profile = profileMethod();
        Method holtWinters = new HoltWinters();
        return new MethodForecaster(new Auto(List.of(weekly, new WeeklyAverage(1), profile, holtWinters,
                new Combination(List.of(profile, holtWinters)), new Combination(List.of(profile, weekly))), 3));
    }

    /** Each interval as on the same weekday and time of day of the latest week that has it. Needs 7 days. */
    public static Forecaster seasonalNaive() {
        return new MethodForecaster(new WeeklyAverage(1));
    }

    /**
     * The industry default: the mean of the same weekday and time of day over the last {@code weeks} weeks (weeks
     * without the day are skipped). Needs 7 days.
     */
    public static Forecaster weeklyAverage(int weeks) {
        return new MethodForecaster(new WeeklyAverage(weeks));
    }

    /** {@link #weeklyAverage(int)} over 4 weeks. */
    public static Forecaster weeklyAverage() {
        return weeklyAverage(4);
    }

    /** Double-seasonal (intraday, intraweek) Holt-Winters with fitted smoothing parameters. Needs 14 days. */
    public static Forecaster holtWinters() {
        return new MethodForecaster(new HoltWinters());
    }

    /**
     * Daily totals from recency-weighted weekday and calendar effects (turn of the month, day after a closed
     * weekday), times intraday profiles by weekday. Needs 14 days.
     */
    public static Forecaster profile() {
        return new MethodForecaster(profileMethod());
    }

    /** The method of a name in {@link #NAMES}. */
    public static Forecaster byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> auto();
            case "seasonal-naive" -> seasonalNaive();
            case "weekly-average" -> weeklyAverage();
            case "holt-winters" -> holtWinters();
            case "profile" -> profile();
            default -> throw new IllegalArgumentException("unknown method '" + name + "': use one of " + NAMES);
        };
    }

    /** Every method, {@code auto} last. */
    public static List<Forecaster> all() {
        return List.of(seasonalNaive(), weeklyAverage(), holtWinters(), profile(), auto());
    }

    private static Method profileMethod() {
        return new Profile(28, 5, 2, 0.3);
    }
}

package org.wfm.examples.cli;

import org.wfm.forecast.Forecaster;
import org.wfm.forecast.Forecasters;
import org.wfm.forecast.SpecialDays;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --special-days FILE}: known closed, busier or excluded dates, for {@code wfm forecast} and
 * {@code wfm backtest}.
 */
final class SpecialDaysOption {

    @Option(names = "--special-days", paramLabel = "FILE",
            description = "CSV of date,factor (0 = closed, 1.3 = 30%% busier) and/or date,exclude (leave out of"
                    + " training; a backtest also leaves them out of its scores).")
    Path specialDays;

    /**
     * The named method (see {@link Forecasters#NAMES}) with prediction intervals at {@code level} (a share, e.g.
     * 0.8; none when {@code null}) and the special days when given.
     */
    Forecaster forecaster(String method, Double level) throws IOException {
        Forecaster forecaster = Forecasters.byName(method);
        if (level != null) {
            forecaster = forecaster.withLevel(level);
        }
        return specialDays == null ? forecaster : forecaster.withSpecialDays(SpecialDays.read(specialDays));
    }
}

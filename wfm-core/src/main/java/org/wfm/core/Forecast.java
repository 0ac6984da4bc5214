package org.wfm.core;

import org.wfm.core.io.ForecastCsv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A forecast per interval: calls offered and optionally the average handle time (seconds) and prediction-interval
 * bounds (calls). The intervals are those the centre is expected open; absent ones are closed. Read and written
 * as the Forecast CSV ({@link ForecastCsv}).
 *
 * @param method what produced it: a forecasting method, e.g. {@code auto (profile+holt-winters)}, or the file it
 *               was read from
 * @param calls  forecast calls offered per interval
 * @param aht    forecast average handle time in seconds, when the history has handle times
 * @param lower  lower bound of the prediction interval (calls), when asked for
 * @param upper  upper bound of the prediction interval (calls), when asked for
 */
public record Forecast(String method, IntervalSeries calls, Optional<IntervalSeries> aht,
                       Optional<IntervalSeries> lower, Optional<IntervalSeries> upper) {

    public Forecast {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(aht, "aht");
        if (lower.isPresent() != upper.isPresent()) {
            throw new IllegalArgumentException("lower and upper bounds go together");
        }
    }

    /** Writes the Forecast CSV ({@code start,forecast[,aht][,lower,upper]}) to {@code file}, all at once or not at all. */
    public void write(Path file) throws IOException {
        ForecastCsv.write(file, this);
    }

    /** Writes the Forecast CSV text. */
    public void write(Writer writer) throws IOException {
        ForecastCsv.write(writer, this);
    }

    /** Method, span, intervals, total calls and what else it holds. */
    @Override
    public String toString() {
        if (calls.isEmpty()) {
            return "Forecast[" + method + ", no open intervals]";
        }
        return String.format(Locale.ROOT, "Forecast[%s, %s..%s, %d intervals, %.0f calls%s%s]", method,
                calls.start(0), calls.start(calls.size() - 1), calls.size(), calls.total(),
                aht.isPresent() ? ", aht" : "", lower.isPresent() ? ", bounds" : "");
    }
}

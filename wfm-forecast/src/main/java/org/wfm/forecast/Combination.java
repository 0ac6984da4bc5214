package org.wfm.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mean of several methods' forecasts, interval by interval: combinations often beat each of their parts.
 *
 * @param parts the methods averaged (two or more)
 */
record Combination(List<Method> parts) implements Method {

    Combination {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a combination needs two methods or more");
        }
    }

    @Override
    public String name() {
        return parts.stream().map(Method::name).collect(Collectors.joining("+"));
    }

    @Override
    public int minimumDays() {
        return parts.stream().mapToInt(Method::minimumDays).max().orElseThrow();
    }

    @Override
    public double[][] predict(DayGrid history, LocalDate start, int days) {
        return mean(parts.stream().map(m -> m.predict(history, start, days)).toList());
    }

    /** The cell-wise mean of predictions; NaN where any part has none. */
    static double[][] mean(List<double[][]> predictions) {
        double[][] first = predictions.get(0);
        double[][] result = new double[first.length][first[0].length];
        for (double[][] prediction : predictions) {
            for (int d = 0; d < first.length; d++) {
                for (int s = 0; s < first[d].length; s++) {
                    result[d][s] += prediction[d][s] / predictions.size();
                }
            }
        }
        return result;
    }
}

package org.wfm.examples.report;

import org.wfm.core.IntervalSeries;
import org.wfm.core.Forecast;
import org.wfm.core.queue.IntervalCalls;
import org.wfm.core.queue.Staffing;
import org.wfm.core.workforce.Coverage;
import org.wfm.core.workforce.Roster;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The service level a roster is expected to give: per interval, the forecast calls and handle time against the
 * agents the roster puts on the phones, less the expected unplanned absence.
 *
 * <p>With {@code n} agents scheduled and an unplanned shrinkage {@code u}, about {@code n * (1 - u)} turn up. The
 * queueing model takes whole agents, so the service level is interpolated linearly between the whole numbers
 * around {@code n * (1 - u)}. Intervals without forecast calls, or without a handle time, have no value.
 */
public final class ServiceOutlook {

    private ServiceOutlook() {
    }

    /**
     * The expected service level (share of offered calls answered within the goal's threshold, in [0, 1]) per
     * interval of the roster's coverage.
     *
     * @param staffing           the queueing model and service goal (its threshold is the one reported)
     * @param forecast           forecast calls and AHT (seconds) per interval; needs the {@code aht} series
     * @param roster             the roster whose coverage is evaluated
     * @param unplannedShrinkage expected share of scheduled agents absent, in [0, 1)
     */
    public static IntervalSeries serviceLevel(Staffing staffing, Forecast forecast, Roster roster,
                                              double unplannedShrinkage) {
        IntervalSeries calls = forecast.calls();
        IntervalSeries aht = forecast.aht().orElseThrow(() ->
                new IllegalArgumentException("the expected service level needs a forecast with handle times (aht)"));
        if (!(unplannedShrinkage >= 0 && unplannedShrinkage < 1)) {
            throw new IllegalArgumentException("unplanned shrinkage must be in [0, 1), was " + unplannedShrinkage);
        }
        Duration interval = calls.interval();
        IntervalSeries.Builder levels = IntervalSeries.builder(calls.zone(), interval);
        for (Coverage row : Coverage.pooled(roster.coverage())) {
            OptionalDouble c = calls.get(row.start());
            OptionalDouble a = aht.get(row.start());
            if (c.isEmpty() || a.isEmpty() || c.getAsDouble() <= 0 || a.getAsDouble() <= 0) {
                continue;
            }
            double workload = IntervalCalls.workload(c.getAsDouble(), a.getAsDouble(), interval);
            double present = row.scheduled() * (1 - unplannedShrinkage);
            int below = (int) Math.floor(present);
            double fraction = present - below;
            double level = staffing.evaluate(workload, a.getAsDouble(), below).serviceLevel();
            if (fraction > 0) {
                double above = staffing.evaluate(workload, a.getAsDouble(), below + 1).serviceLevel();
                level += fraction * (above - level);
            }
            levels.add(row.start(), level);
        }
        return levels.build();
    }
}

package org.wfm.core.calls;

import org.wfm.core.queue.ServiceLevelBasis;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The choices behind the KPIs of {@link Kpis}: the zone whose wall clock gives a call's interval and day (a call
 * belongs to the interval and day of its arrival), the interval length, the service-level threshold and basis,
 * the short-abandon threshold, the repeat window of first-contact resolution, and the queue to report (or all).
 * Defaults: UTC, 30 minutes, 20 s, offered, 5 s, 7 days, all queues.
 *
 * @param zone          the zone of the wall clock
 * @param interval      interval length: whole minutes that divide an hour (5, 10, 15, 30, 60), so the grid
 *                      stays in step across DST changes
 * @param answerWithin  the service-level threshold T (0 s or more)
 * @param basis         what the service level is a share of
 * @param shortAbandon  abandons with a wait below this are short abandons (0 s or more)
 * @param repeatWindow  how long after a call a further call of the same customer is a repeat (more than 0 s)
 * @param queue         the one queue to report, or {@code null} for every queue
 */
public record KpiDefinitions(ZoneId zone, Duration interval, Duration answerWithin, ServiceLevelBasis basis,
                             Duration shortAbandon, Duration repeatWindow, String queue) {

    public KpiDefinitions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(basis, "basis");
        long seconds = interval.getSeconds();
        if (interval.getNano() != 0 || seconds < 60 || seconds % 60 != 0 || 3600 % seconds != 0) {
            throw new IllegalArgumentException("the KPI interval must be whole minutes that divide an hour "
                    + "(5, 10, 15, 30 or 60 minutes), got " + interval);
        }
        if (answerWithin.isNegative()) {
            throw new IllegalArgumentException("the service-level threshold must be 0 s or more, got " + answerWithin);
        }
        if (shortAbandon.isNegative()) {
            throw new IllegalArgumentException("the short-abandon threshold must be 0 s or more, got " + shortAbandon);
        }
        if (repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalArgumentException("the repeat window must be more than 0 s, got " + repeatWindow);
        }
        if (queue != null && queue.isBlank()) {
            queue = null;
        }
    }

    /** UTC, 30-minute intervals, 80/20-style threshold 20 s on offered calls, short abandons below 5 s, 7 days. */
    public static KpiDefinitions defaults() {
        return new KpiDefinitions(ZoneOffset.UTC, Duration.ofMinutes(30), Duration.ofSeconds(20),
                ServiceLevelBasis.OFFERED, Duration.ofSeconds(5), Duration.ofDays(7), null);
    }

    public KpiDefinitions withZone(ZoneId newZone) {
        return new KpiDefinitions(newZone, interval, answerWithin, basis, shortAbandon, repeatWindow, queue);
    }

    public KpiDefinitions withInterval(Duration newInterval) {
        return new KpiDefinitions(zone, newInterval, answerWithin, basis, shortAbandon, repeatWindow, queue);
    }

    public KpiDefinitions withAnswerWithin(Duration threshold) {
        return new KpiDefinitions(zone, interval, threshold, basis, shortAbandon, repeatWindow, queue);
    }

    public KpiDefinitions withBasis(ServiceLevelBasis newBasis) {
        return new KpiDefinitions(zone, interval, answerWithin, newBasis, shortAbandon, repeatWindow, queue);
    }

    public KpiDefinitions withShortAbandon(Duration threshold) {
        return new KpiDefinitions(zone, interval, answerWithin, basis, threshold, repeatWindow, queue);
    }

    public KpiDefinitions withRepeatWindow(Duration window) {
        return new KpiDefinitions(zone, interval, answerWithin, basis, shortAbandon, window, queue);
    }

    /** Only this queue's calls in the figures ({@code null}: every queue); repeats still count in any queue. */
    public KpiDefinitions withQueue(String onlyQueue) {
        return new KpiDefinitions(zone, interval, answerWithin, basis, shortAbandon, repeatWindow, onlyQueue);
    }
}

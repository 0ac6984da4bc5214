package org.wfm.core.workforce;

import org.wfm.core.IntervalSeries;

import java.util.Objects;

/**
 * One queue a roster covers: its id, the weight of its understaffing, and its requirement per interval.
 *
 * @param id           queue id ("service", "sales"); agents name it in their skills
 * @param weight       how much one agent-interval short on this queue costs against the others, positive
 *                     (the score and the allocation of agents to queues use {@code weight / largest weight})
 * @param requirements agents needed on the phones for this queue per interval (net, before unplanned shrinkage)
 */
public record QueueDemand(String id, double weight, IntervalSeries requirements) {

    /** The queue of a problem that names none. */
    public static final String MAIN = "main";

    /** The largest accepted weight: weights are relative, a ratio of a million is more than any centre means. */
    public static final double MAX_WEIGHT = 1e6;

    public QueueDemand {
        Objects.requireNonNull(id, "queue id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a queue needs an id");
        }
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("queue " + id + ": weight must be above 0 and at most "
                    + (long) MAX_WEIGHT + ", was " + weight);
        }
        Objects.requireNonNull(requirements, "queue " + id + " requirements");
    }

    /** A queue with weight 1. */
    public static QueueDemand of(String id, IntervalSeries requirements) {
        return new QueueDemand(id, 1, requirements);
    }

    /** {@code QueueDemand[sales, weight 1.0, 672 intervals]}. */
    @Override
    public String toString() {
        return "QueueDemand[" + id + ", weight " + weight + ", " + requirements.size() + " intervals]";
    }
}

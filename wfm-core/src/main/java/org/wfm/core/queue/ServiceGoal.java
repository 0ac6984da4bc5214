package org.wfm.core.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an interval's staffing must achieve: any combination of a service level (e.g. 80 % answered within
 * 20 s), a maximum average speed of answer and a maximum abandon rate (which needs a model with patience,
 * {@link ErlangA}), optionally capped by a maximum occupancy. All parts must hold at once.
 *
 * <pre>{@code
 * ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)).withMaxOccupancy(0.85)
 * ServiceGoal.asa(Duration.ofSeconds(15))
 * ServiceGoal.abandonRate(0.05)
 * }</pre>
 *
 * @param serviceLevel   the share of offered calls to answer within {@code answerWithin}, in [0, 1); 0 means
 *                       no service-level target
 * @param answerWithin   the service-level threshold; also the threshold at which the service level is reported
 *                       when the goal has no service-level target (default 20 s)
 * @param basis          which calls the service level is a share of (default: offered calls)
 * @param maxAsa         the longest acceptable average speed of answer, if any
 * @param maxAbandonRate the largest acceptable share of offered calls abandoning, in (0, 1]; 1 means no target
 * @param maxOccupancy   the largest acceptable occupancy, in (0, 1]; 1 means no cap
 */
public record ServiceGoal(double serviceLevel, Duration answerWithin, ServiceLevelBasis basis,
                          Optional<Duration> maxAsa, double maxAbandonRate, double maxOccupancy) {

    /** The threshold used when none is given: the 20 of the conventional 80/20. */
    public static final Duration DEFAULT_ANSWER_WITHIN = Duration.ofSeconds(20);

    public ServiceGoal {
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(maxAsa, "maxAsa");
        if (!(serviceLevel >= 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("service level target must be between 0 and 1 (exclusive), got "
                    + serviceLevel);
        }
        if (answerWithin.isNegative()) {
            throw new IllegalArgumentException("answer-within threshold must be 0 s or more, got " + answerWithin);
        }
        if (maxAsa.isPresent() && (maxAsa.get().isNegative() || maxAsa.get().isZero())) {
            throw new IllegalArgumentException("ASA target must be more than 0 s, got " + maxAsa.get());
        }
        if (!(maxAbandonRate > 0 && maxAbandonRate <= 1)) {
            throw new IllegalArgumentException("abandon rate target must be between 0 (exclusive) and 1, got "
                    + maxAbandonRate);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("maximum occupancy must be between 0 (exclusive) and 1, got "
                    + maxOccupancy);
        }
        if (serviceLevel == 0 && maxAsa.isEmpty() && maxAbandonRate == 1) {
            throw new IllegalArgumentException("a service goal needs a service level, an ASA or an abandon rate target");
        }
    }

    /** At least {@code share} of offered calls answered within {@code within} (e.g. 0.8 and 20 s). */
    public static ServiceGoal serviceLevel(double share, Duration within) {
        if (share == 0) {
            throw new IllegalArgumentException("service level target must be between 0 and 1 (exclusive), got 0");
        }
        return new ServiceGoal(share, within, ServiceLevelBasis.OFFERED, Optional.empty(), 1, 1);
    }

    /** An average speed of answer of at most {@code maxAsa}. */
    public static ServiceGoal asa(Duration maxAsa) {
        return new ServiceGoal(0, DEFAULT_ANSWER_WITHIN, ServiceLevelBasis.OFFERED, Optional.of(maxAsa), 1, 1);
    }

    /** At most {@code maxShare} of offered calls abandoning (needs {@link ErlangA}). */
    public static ServiceGoal abandonRate(double maxShare) {
        return new ServiceGoal(0, DEFAULT_ANSWER_WITHIN, ServiceLevelBasis.OFFERED, Optional.empty(), maxShare, 1);
    }

    /** This goal with a service-level target added or replaced. */
    public ServiceGoal withServiceLevel(double share, Duration within) {
        return new ServiceGoal(share, within, basis, maxAsa, maxAbandonRate, maxOccupancy);
    }

    /** This goal with an ASA target added or replaced. */
    public ServiceGoal withMaxAsa(Duration asa) {
        return new ServiceGoal(serviceLevel, answerWithin, basis, Optional.of(asa), maxAbandonRate, maxOccupancy);
    }

    /** This goal with an abandon-rate target added or replaced. */
    public ServiceGoal withMaxAbandonRate(double share) {
        return new ServiceGoal(serviceLevel, answerWithin, basis, maxAsa, share, maxOccupancy);
    }

    /** This goal with agents busy at most {@code share} of their time. */
    public ServiceGoal withMaxOccupancy(double share) {
        return new ServiceGoal(serviceLevel, answerWithin, basis, maxAsa, maxAbandonRate, share);
    }

    /** This goal reporting (or targeting) the service level at another threshold. */
    public ServiceGoal withAnswerWithin(Duration within) {
        return new ServiceGoal(serviceLevel, within, basis, maxAsa, maxAbandonRate, maxOccupancy);
    }

    /** This goal with the service level taken as a share of other calls (matters only with abandonment). */
    public ServiceGoal withBasis(ServiceLevelBasis other) {
        return new ServiceGoal(serviceLevel, answerWithin, other, maxAsa, maxAbandonRate, maxOccupancy);
    }

    /** Whether the goal has an abandon-rate target, which only a model with patience can meet. */
    public boolean targetsAbandonment() {
        return maxAbandonRate < 1;
    }

    /** Whether {@code service} meets every part of this goal. */
    public boolean isMetBy(ExpectedService service) {
        return service.serviceLevel() >= serviceLevel
                && maxAsa.map(asa -> service.asa() <= QueueInput.seconds(asa)).orElse(true)
                && (!targetsAbandonment() || service.abandonRate().orElse(1) <= maxAbandonRate)
                && service.occupancy() <= maxOccupancy;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (serviceLevel > 0) {
            parts.add(percent(serviceLevel) + " answered within " + QueueInput.number(QueueInput.seconds(answerWithin))
                    + " s" + basis.suffix());
        }
        maxAsa.ifPresent(asa -> parts.add("ASA <= " + QueueInput.number(QueueInput.seconds(asa)) + " s"));
        if (targetsAbandonment()) {
            parts.add("abandon rate <= " + percent(maxAbandonRate));
        }
        if (maxOccupancy < 1) {
            parts.add("occupancy <= " + percent(maxOccupancy));
        }
        return String.join(", ", parts);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.4g%%", 100 * share).replaceAll("\\.?0+%$", "%");
    }
}

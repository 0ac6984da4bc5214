package org.wfm.examples.cli;

import org.wfm.core.queue.ServiceLevelBasis;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code --answer-within} and {@code --sl-basis}: how a service level is counted, the same in {@code wfm staffing},
 * {@code wfm kpi} and {@code wfm simulate}.
 */
final class ServiceLevelOptions {

    @Option(names = "--answer-within", paramLabel = "DURATION", defaultValue = "20s",
            description = "Service level threshold (default: ${DEFAULT-VALUE}).")
    Duration answerWithin;

    @Option(names = "--sl-basis", paramLabel = "BASIS", defaultValue = "offered",
            description = "Service level as a share of: offered (default; abandons count against it), answered,"
                    + " or excluding-short-abandons (offered less calls abandoned within --answer-within).")
    String slBasis;

    /** The threshold, checked: 0 s or more. */
    Duration answerWithin() {
        if (answerWithin.isNegative()) {
            throw new IllegalArgumentException("--answer-within must be 0 s or more, got " + answerWithin);
        }
        return answerWithin;
    }

    /** What the service level is a share of. */
    ServiceLevelBasis basis() {
        try {
            return ServiceLevelBasis.parse(slBasis);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sl-basis " + e.getMessage());
        }
    }
}

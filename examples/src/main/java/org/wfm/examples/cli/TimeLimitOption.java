package org.wfm.examples.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code --time-limit DURATION}: how long the scheduler searches. Each command gives its own default (the field's
 * initial value), which the help shows in ISO-8601, e.g. {@code PT1M}.
 */
final class TimeLimitOption {

    @Option(names = "--time-limit", paramLabel = "DURATION",
            description = "How long the scheduler searches, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
    private Duration timeLimit;

    /** The option with this default when the flag is absent. */
    TimeLimitOption(Duration defaultLimit) {
        timeLimit = defaultLimit;
    }

    /** The time limit of the search, more than zero. */
    Duration timeLimit() {
        if (!DurationConverter.isPositive(timeLimit)) {
            throw new IllegalArgumentException("--time-limit must be more than 0, was " + timeLimit);
        }
        return timeLimit;
    }
}

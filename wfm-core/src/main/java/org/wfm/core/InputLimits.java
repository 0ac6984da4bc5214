package org.wfm.core;

/**
 * The largest quantities wfm accepts, checked where the input is read or a value is built, so that no
 * arithmetic further on (squared penalties in hundredths of an agent, interval counts, masks of days) can
 * overflow and no absurd input runs for minutes. They lie far beyond any contact centre.
 */
public final class InputLimits {

    /** Most agents in one interval (required or planned), and most agents in a team. */
    public static final int MAX_AGENTS = 100_000;
    /** Most offered load of one interval, Erlangs. */
    public static final double MAX_WORKLOAD = 100_000;
    /** Most days in a scheduling horizon (nine weeks): the scheduler keeps worked days in a 64-bit mask. */
    public static final int MAX_HORIZON_DAYS = 63;

    private InputLimits() {
    }
}

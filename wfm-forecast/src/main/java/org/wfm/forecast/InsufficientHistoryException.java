package org.wfm.forecast;

/**
 * The history is shorter than a method needs; the message says how many days it needs and how many there are.
 * A backtest of several methods skips the ones that throw it and says so.
 */
public final class InsufficientHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int daysNeeded;

    InsufficientHistoryException(Method method, DayGrid history) {
        super(String.format("%s needs at least %d days of history; the history spans %d days (%s..%s)",
                method.name(), method.minimumDays(), history.days(), history.first, history.last()));
        this.daysNeeded = method.minimumDays();
    }

    /** The history is too short for a step that needs {@code daysNeeded} days, as {@code message} says. */
    InsufficientHistoryException(String message, int daysNeeded) {
        super(message);
        this.daysNeeded = daysNeeded;
    }

    /** The days of history (open or closed, from first to last) the method needs. */
    public int daysNeeded() {
        return daysNeeded;
    }
}

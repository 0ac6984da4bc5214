package org.wfm.forecast;

import java.time.LocalDate;

/** A forecasting method on the calendar matrix of a history: what {@link Forecaster}s run. */
interface Method {

    /** The method's name, as on the command line. */
    String name();

    /** The calendar days of history the method needs, counted from the first to the last date. */
    int minimumDays();

    /**
     * Calls per [day][slot] for the {@code days} days from {@code start} (after the history's last day). Cells may
     * hold values where the centre is closed: the caller keeps only the open ones.
     */
    double[][] predict(DayGrid history, LocalDate start, int days);
}

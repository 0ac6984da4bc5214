package org.wfm.core.calls;

import java.util.Locale;

/** Whether a customer called the centre or an agent called out, as the call-record CSV's {@code direction}. */
public enum Direction {
    /** The customer called: the default, and the only direction the queue figures count. */
    INBOUND,
    /** An agent called a customer (campaigns, callbacks); counts in right-party contacts and agents' handle time. */
    OUTBOUND;

    /** As in the CSV: {@code inbound}, {@code outbound}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

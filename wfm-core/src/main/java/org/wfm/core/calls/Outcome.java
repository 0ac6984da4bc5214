package org.wfm.core.calls;

import java.util.Locale;

/** How a call left the queue, as the call-record CSV's {@code outcome} column names it. */
public enum Outcome {
    /** An agent answered (for an outbound call: the call connected). */
    ANSWERED,
    /** The caller hung up while waiting. */
    ABANDONED,
    /** The call left the queue for a message or a callback: offered, waited, never answered live. */
    VOICEMAIL,
    /** A busy signal: the call was never queued, so it is not offered. */
    BLOCKED;

    /** As in the CSV: {@code answered}, {@code abandoned}, {@code voicemail}, {@code blocked}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the call was offered to the queue: answered, abandoned or voicemail. */
    public boolean offered() {
        return this != BLOCKED;
    }

    /** The outcome named in a CSV field (any case), or {@code null} when the text names none. */
    static Outcome parse(String text) {
        switch (text) { // the usual spelling, without case folding: millions of rows come through here
            case "answered": return ANSWERED;
            case "abandoned": return ABANDONED;
            case "voicemail": return VOICEMAIL;
            case "blocked": return BLOCKED;
            default: break;
        }
        for (Outcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(text)) {
                return outcome;
            }
        }
        return null;
    }
}

package org.wfm.core.queue;

/**
 * Which calls the service level is a share of. The calls answered within the threshold are always the numerator;
 * the denominators differ only when callers abandon, so under {@link ErlangC} all three give the same figure.
 */
public enum ServiceLevelBasis {
    /** Of all offered calls: abandoned calls count against the service level. The default. */
    OFFERED,
    /** Of answered calls only: abandoned calls are left out. */
    ANSWERED,
    /** Of offered calls less those abandoned within the threshold (callers who hung up quickly are not counted). */
    EXCLUDING_SHORT_ABANDONS;

    /** As in reports: {@code offered}, {@code answered}, {@code excluding short abandons}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A suffix naming the basis for summaries: empty for the default, offered calls. */
    String suffix() {
        return this == OFFERED ? "" : " (" + this + ")";
    }
}

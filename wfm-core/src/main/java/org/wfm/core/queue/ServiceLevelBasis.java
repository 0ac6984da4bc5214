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

    /**
     * The basis a user names: {@code offered}, {@code answered} or {@code excluding-short-abandons} (any case,
     * {@code _} for {@code -}).
     *
     * @throws IllegalArgumentException naming the three words when {@code name} is none of them
     */
    public static ServiceLevelBasis parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be offered, answered or excluding-short-abandons, got '" + name + "'");
        }
    }

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

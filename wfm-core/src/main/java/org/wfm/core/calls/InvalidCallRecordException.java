package org.wfm.core.calls;

/**
 * A call record that breaks a rule of the call-record format (an answered call without an agent, an end before the
 * arrival...). Names the field, so a reader can point at the file, line and column.
 */
public final class InvalidCallRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the CSV column the problem is in ({@code answered}, {@code ended}...)
     * @param problem what is wrong, in words the user can act on
     */
    public InvalidCallRecordException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The CSV column the problem is in. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String problem() {
        return problem;
    }
}

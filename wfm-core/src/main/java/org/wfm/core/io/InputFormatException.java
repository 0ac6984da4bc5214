package org.wfm.core.io;

/**
 * A file that cannot be read as the format it claims to be: names the file, the line (1-based, the header
 * being line 1) and the field where the problem is, so the user can fix it.
 */
public final class InputFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param source the file name (or another description of where the input came from)
     * @param line   1-based line number, or 0 when the problem is not on one line
     * @param field  the column or field name, or {@code null}
     * @param problem what is wrong, in words the user can act on
     */
    public InputFormatException(String source, int line, String field, String problem) {
        super(source + (line > 0 ? ":" + line : "") + (field != null ? " [" + field + "]" : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** The file (or other input) where the problem is. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** The field or column, or {@code null}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file, line and field. */
    public String problem() {
        return problem;
    }
}

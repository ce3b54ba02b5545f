package org.leadqualification.examples.xeducation;

/**
 * A {@code Leads.csv} file the converter cannot read: a missing column, a value that is not what the column holds,
 * a repeated {@code Prospect ID}. Carries the line and the column.
 */
public final class XEducationFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String column;

    /**
     * @param line    the line of the file (1 is the header, then one line per row)
     * @param column  the column's header
     * @param message what is wrong, with the offending value
     */
    public XEducationFormatException(long line, String column, String message) {
        super("line " + line + ", column \"" + column + "\": " + message);
        this.line = line;
        this.column = column;
    }

    /** @return the line of the file (1 is the header) */
    public long line() {
        return line;
    }

    /** @return the column's header */
    public String column() {
        return column;
    }
}

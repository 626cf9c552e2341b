package org.cytostorm.physiology.treat;

/**
 * A dosing file or command-line dose that cannot be used; the message names the file (or the
 * option), the line and the field.
 */
public final class TreatmentInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;

    public TreatmentInputException(String source, int line, String field, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when there is none. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}

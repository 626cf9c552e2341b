package org.cytostorm.engine.text;

/**
 * A model text that cannot be read: a syntax error, a construct outside the supported subset of
 * Antimony, or a model that is not valid as written (an unknown symbol, a name defined twice, a
 * cycle of assignment rules). Names the source, the 1-based line and column of the offending text,
 * what was found there and what was expected, in the message
 * {@code <source>:<line>:<column>: <what is wrong>: found '<text>', expected <what>}.
 */
public final class ModelParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem was found. */
    public enum Kind {
        /** The text does not follow the grammar. */
        SYNTAX,
        /** An Antimony construct outside the subset cytostorm reads. */
        UNSUPPORTED,
        /** A name used but never declared nor given a value. */
        UNKNOWN_SYMBOL,
        /** A name defined twice, or as two kinds of element. */
        DUPLICATE_DEFINITION,
        /** Assignment rules (or initial values) that depend on each other in a cycle. */
        RULE_CYCLE,
        /** Any other model that cannot be simulated as written. */
        INVALID
    }

    private final Kind kind;
    private final String sourceName;
    private final int line;
    private final int column;
    private final String offendingText;
    private final String reason;
    private final String expected;

    /**
     * @param kind          what kind of problem
     * @param sourceName    the file name or other label of the text
     * @param line          1-based line of the offending text
     * @param column        1-based column of the offending text
     * @param offendingText the text found there ("end of line" and "end of file" for those)
     * @param reason        what is wrong
     * @param expected      what was expected instead
     */
    public ModelParseException(Kind kind, String sourceName, int line, int column, String offendingText,
                               String reason, String expected) {
        super(sourceName + ":" + line + ":" + column + ": " + reason + ": found '" + offendingText + "', expected "
                + expected);
        this.kind = kind;
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.offendingText = offendingText;
        this.reason = reason;
        this.expected = expected;
    }

    public Kind kind() {
        return kind;
    }

    public String sourceName() {
        return sourceName;
    }

    /** 1-based line of the offending text. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending text. */
    public int column() {
        return column;
    }

    /** The text found at the error ("end of line" or "end of file" where there is none). */
    public String offendingText() {
        return offendingText;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** What was expected instead. */
    public String expected() {
        return expected;
    }
}

package org.cytostorm.sbml.testsuite;

/**
 * A suite file (settings, expected results, index) that cannot be read as the suite describes it.
 * The message names the file, the line (1-based, when known) and the field or column.
 */
public class SuiteFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    /**
     * @param file  the file's name or path
     * @param line  1-based line number, or 0 when the problem concerns the whole file
     * @param field the field or column concerned, or null
     * @param problem what is wrong
     */
    public SuiteFormatException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field == null ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The field or column concerned, or null. */
    public String field() {
        return field;
    }
}

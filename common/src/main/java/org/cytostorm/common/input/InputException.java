package org.cytostorm.common.input;

/**
 * Bad input, located: a file (or a command-line option) that cannot be used, with the line (when
 * known), the key path or field (for example {@code trigger.product}, a table's column) and what is
 * allowed. Every reader of every module reports its problems with it, so a user always learns where
 * the problem is; the command line turns it into one line and exit code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;

    public InputException(String file, int line, String key, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** Dotted key path or field, or empty (or null) when the problem concerns the whole file or line. */
    public String key() {
        return key;
    }
}

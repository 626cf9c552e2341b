package org.cytostorm.common.input;

/**
 * A scenario file that cannot be used. The message names the file, the line (when known), the key
 * path (for example {@code trigger.product}) and what is allowed.
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

    /** Dotted key path, or empty. */
    public String key() {
        return key;
    }
}

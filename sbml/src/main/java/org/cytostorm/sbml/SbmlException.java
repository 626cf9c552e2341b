package org.cytostorm.sbml;

/**
 * An SBML file that cannot be read, is invalid, or uses a construct cytostorm does not support.
 * The message names the file, the element's id (or kind) and what is wrong.
 */
public class SbmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String element;

    public SbmlException(String source, String element, String message) {
        super(source + (element == null ? "" : ": " + element) + ": " + message);
        this.source = source;
        this.element = element;
    }

    public SbmlException(String source, String element, String message, Throwable cause) {
        this(source, element, message);
        initCause(cause);
    }

    /** The file (or source name) read. */
    public String source() {
        return source;
    }

    /** The element concerned ("species S1", "reaction J2", "model"), or null. */
    public String element() {
        return element;
    }
}

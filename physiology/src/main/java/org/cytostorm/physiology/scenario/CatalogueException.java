package org.cytostorm.physiology.scenario;

/**
 * A trigger catalogue ({@code triggers.yaml}) that cannot be used. The message names the file, the
 * line, the key path (for example {@code car-t.options.dose.range}) and what is allowed.
 */
public final class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;

    CatalogueException(ScenarioException problem) {
        super(problem.getMessage(), problem);
        this.file = problem.file();
        this.line = problem.line();
        this.key = problem.key();
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

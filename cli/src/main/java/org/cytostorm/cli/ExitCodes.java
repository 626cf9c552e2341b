package org.cytostorm.cli;

/** Process exit codes. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** The computation failed (the solver could not reach the end time). */
    static final int FAILED = 1;
    /** Bad input: usage, an unreadable or invalid file, an unknown parameter. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}

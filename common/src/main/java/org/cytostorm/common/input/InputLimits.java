package org.cytostorm.common.input;

/**
 * How large an input file may be, checked before it is parsed so that a huge or endless file (a
 * device such as {@code /dev/zero}, a 20 MB line) is refused at once rather than after minutes of
 * parsing or an out-of-memory crash. docs/reliability.md lists the values.
 *
 * @param maxBytes     the largest file, in bytes
 * @param maxLineBytes the longest line, in bytes (the newline not counted)
 * @param what         what such a file is, for messages ("a scenario or settings file")
 */
public record InputLimits(long maxBytes, int maxLineBytes, String what) {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    /** Scenarios, protocols, tissue configs (YAML) and dosing files (CSV): written by hand. */
    public static final InputLimits SETTINGS = new InputLimits(4L * MIB, 64 * KIB, "a settings file");
    /** Models in the text format: machine-written ones can be large, but no line needs a megabyte. */
    public static final InputLimits TEXT_MODEL = new InputLimits(64L * MIB, MIB, "a model file");
    /** SBML: XML may put a whole model on one line, so only the size is bounded. */
    public static final InputLimits SBML = new InputLimits(256L * MIB, Integer.MAX_VALUE, "an SBML file");

    public InputLimits {
        if (maxBytes <= 0 || maxLineBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}

package org.cytostorm.tissue.rules;

/** How a signal moves a behaviour (PhysiCell's rule grammar, with a threshold gate added). */
public enum Direction {
    /** Raises the behaviour from its base toward the rule's value along a Hill curve. */
    INCREASES,
    /** Lowers the behaviour toward the rule's value along a Hill curve. */
    DECREASES,
    /** Holds the behaviour at zero while the signal is below the rule's threshold. */
    REQUIRES;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.cytostorm.sensitivity;

import java.util.Locale;

/** Over what a parameter of the patient model varies when its distribution is not written out. */
public enum Space {
    /** The parameter table's distribution, around the value the scenario sets (as a virtual population). */
    DISTRIBUTION,
    /** Uniform over the parameter table's plausible range. */
    RANGE;

    /** The name on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

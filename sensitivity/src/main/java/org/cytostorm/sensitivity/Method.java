package org.cytostorm.sensitivity;

import java.util.Locale;

/** The two analyses: Morris screening and Sobol variance decomposition. */
public enum Method {
    /** Elementary effects on trajectories (Morris 1991; μ* of Campolongo et al. 2007). */
    MORRIS,
    /** First-order and total Sobol indices on Saltelli's design (Saltelli et al. 2010). */
    SOBOL;

    /** The name on the command line and in files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

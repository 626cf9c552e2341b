package org.cytostorm.physiology.outcome;

import java.util.Map;

/**
 * The death hazard as a function of the reported SOFA total: {@code h(sofa) = swHazard * hazard10
 * * (sofa / 10)^n}, a power law fitted to the SOFA–mortality relation (Ferreira et al., JAMA
 * 2001;286:1754, doi:10.1001/jama.286.14.1754) over the sepsis sweep of {@code SofaMortalityTest}
 * (scripts/fit-sofa-hazard.py; the fit gives an exponent near 1). A Hill curve was tried first:
 * over the SOFA range patients reach (0–24) its half-maximum ran off to hundreds of points in the
 * fit, that is, the data ask for the power law, whose two parameters are identifiable. The parameters come from the patient model's
 * table by name, so a cohort or a user setting changes them as it changes any other.
 *
 * @param swHazard switch 0 or 1 (0 turns death off: survival stays 1)
 * @param hazard10 the hazard at a SOFA of 10, 1/h
 * @param nHazard  the exponent (steepness), dimensionless
 */
public record HazardParameters(double swHazard, double hazard10, double nHazard) {

    /** The parameter names, as in parameters.tsv. */
    public static final String SW_HAZARD = "sw_hazard";
    public static final String HAZARD_10 = "hazard_10";
    public static final String N_HAZARD = "n_hazard";

    /** The SOFA total at which {@code hazard10} applies. */
    public static final double REFERENCE_SOFA = 10;

    /** @throws IllegalArgumentException for a NaN, infinite or negative value */
    public HazardParameters {
        nonNegative(SW_HAZARD, swHazard);
        nonNegative(HAZARD_10, hazard10);
        nonNegative(N_HAZARD, nHazard);
    }

    /**
     * The parameters of a run's parameter map (the table's values with the scenario's and the user's
     * settings in force).
     *
     * @throws IllegalArgumentException naming the first parameter missing or impossible
     */
    public static HazardParameters of(Map<String, Double> parameters) {
        return new HazardParameters(read(parameters, SW_HAZARD), read(parameters, HAZARD_10),
                read(parameters, N_HAZARD));
    }

    /** The hazard at a SOFA total, 1/h; 0 at SOFA 0. */
    public double hazard(double sofa) {
        if (sofa <= 0) {
            return 0;
        }
        return swHazard * hazard10 * Math.pow(sofa / REFERENCE_SOFA, nHazard);
    }

    private static double read(Map<String, Double> parameters, String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the patient model has no parameter '" + name
                    + "', which the death hazard needs");
        }
        return v;
    }

    private static double nonNegative(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(name + " must be a finite number not below 0, was " + v);
        }
        return v;
    }
}

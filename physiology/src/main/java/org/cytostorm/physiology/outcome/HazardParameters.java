package org.cytostorm.physiology.outcome;

import java.util.Map;

/**
 * The death hazard as a function of the reported SOFA total: {@code h(sofa) = swHazard * hazardMax
 * * sofa^n / (sofa50^n + sofa^n)}, a Hill curve fitted to the SOFA–mortality relation (Ferreira et
 * al., JAMA 2001;286:1754, doi:10.1001/jama.286.14.1754). The parameters come from the patient
 * model's table by name, so a cohort or a user setting changes them as it changes any other.
 *
 * @param swHazard  switch 0 or 1 (0 turns death off: survival stays 1)
 * @param hazardMax the largest hazard, 1/h
 * @param sofa50    the SOFA total at half the largest hazard, points
 * @param nHazard   the Hill exponent (steepness), dimensionless
 */
public record HazardParameters(double swHazard, double hazardMax, double sofa50, double nHazard) {

    /** The parameter names, as in parameters.tsv. */
    public static final String SW_HAZARD = "sw_hazard";
    public static final String HAZARD_MAX = "hazard_max";
    public static final String SOFA_50 = "sofa_50";
    public static final String N_HAZARD = "n_hazard";

    /** @throws IllegalArgumentException for a NaN, infinite or negative value, or a zero {@code sofa50} */
    public HazardParameters {
        nonNegative(SW_HAZARD, swHazard);
        nonNegative(HAZARD_MAX, hazardMax);
        nonNegative(N_HAZARD, nHazard);
        if (!(nonNegative(SOFA_50, sofa50) > 0)) {
            throw new IllegalArgumentException(SOFA_50 + " must be positive, was " + sofa50);
        }
    }

    /**
     * The parameters of a run's parameter map (the table's values with the scenario's and the user's
     * settings in force).
     *
     * @throws IllegalArgumentException naming the first parameter missing or impossible
     */
    public static HazardParameters of(Map<String, Double> parameters) {
        return new HazardParameters(read(parameters, SW_HAZARD), read(parameters, HAZARD_MAX),
                read(parameters, SOFA_50), read(parameters, N_HAZARD));
    }

    /** The hazard at a SOFA total, 1/h; 0 at SOFA 0. */
    public double hazard(double sofa) {
        if (sofa <= 0) {
            return 0;
        }
        double s = Math.pow(sofa, nHazard);
        return swHazard * hazardMax * s / (Math.pow(sofa50, nHazard) + s);
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

package org.cytostorm.cohort.population;

import java.util.List;
import org.cytostorm.physiology.model.Distribution;

/**
 * A parameter a population varies, resolved on its template scenario: the distribution around the
 * template's (or the spec's) centre, and the covariate dependencies that move that centre per
 * patient.
 *
 * @param name       the parameter
 * @param base       the distribution around {@code centre}
 * @param centre     the centre before dependencies
 * @param depends    dependencies on covariates (they multiply the centre)
 * @param continuous true when drawn from a normal score (log-normal, normal, uniform), false when
 *                   drawn from a uniform number (categories) or not random (fixed)
 */
record VariedParameter(String name, Distribution base, double centre, List<Dependency> depends, boolean continuous) {

    VariedParameter {
        depends = List.copyOf(depends);
    }

    /** The distribution for a patient with these covariates. */
    Distribution forPatient(Covariates c) {
        if (depends.isEmpty()) {
            return base;
        }
        double m = 1;
        for (Dependency d : depends) {
            m *= d.multiplier(c);
        }
        return base.recentred(centre * m);
    }
}

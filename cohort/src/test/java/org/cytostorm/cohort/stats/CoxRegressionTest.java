package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rules and monotone likelihood; the R comparison is SurvivalAgainstRTest. */
class CoxRegressionTest {

    private static final List<String> ARM = List.of("arm");

    private static SurvivalObservation patient(double time, boolean event, int arm) {
        return new SurvivalObservation(time, event, arm, arm);
    }

    /**
     * Every event in arm 0, none in arm 1: the likelihood keeps rising as β → -∞. R 4.2.2 with
     * survival 3.5-3 on these twelve patients (coxph(Surv(time, event) ~ arm)) warns "Loglik
     * converged before variable 1; coefficient may be infinite" after 20 iterations, with
     * β = -21.61 and log-likelihoods -10.9512275108305 (β = 0) and -6.57925121494228.
     */
    @Test
    void noEventsInOneArmIsFlaggedAsPossiblyInfinite() {
        List<SurvivalObservation> patients = new ArrayList<>();
        double[] control = {1, 2, 3, 4, 5, 6};
        for (int i = 0; i < 6; i++) {
            patients.add(patient(control[i], i < 5, 0));
            patients.add(patient(2 * (i + 1), false, 1));
        }

        CoxModel fit = CoxRegression.fit(patients, ARM);

        CoxCoefficient arm = fit.coefficient("arm");
        assertTrue(arm.possiblyInfinite());
        assertTrue(arm.coefficient() < -15, arm.toString());
        assertEquals(-10.9512275108305, fit.logLikelihoodNull(), 1e-6);
        assertEquals(-6.57925121494228, fit.logLikelihood(), 1e-6);
        assertEquals(20, fit.iterations());
    }

    @Test
    void noEventsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoxRegression.fit(List.of(patient(1, false, 0), patient(2, false, 1)), ARM));
        assertTrue(e.getMessage().contains("no events"), e.getMessage());
    }

    @Test
    void constantCovariateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoxRegression.fit(List.of(patient(1, true, 1), patient(2, false, 1)), ARM));
        assertTrue(e.getMessage().contains("'arm'"), e.getMessage());
    }

    @Test
    void collinearCovariatesAreRejected() {
        List<SurvivalObservation> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double age = 40 + 3 * (i % 7);
            patients.add(new SurvivalObservation(1 + i, i % 3 != 0, 0, i % 2, age, 2 * age));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoxRegression.fit(patients, List.of("arm", "age", "twice age")));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void namesMustMatchCovariates() {
        List<SurvivalObservation> patients = List.of(patient(1, true, 0), patient(2, true, 1));

        assertThrows(IllegalArgumentException.class, () -> CoxRegression.fit(patients, List.of("arm", "age")));
        assertThrows(IllegalArgumentException.class, () -> CoxRegression.fit(patients, List.of()));
        assertThrows(IllegalArgumentException.class, () -> CoxRegression.fit(List.of(), ARM));
        assertThrows(IllegalArgumentException.class, () -> CoxRegression.fit(
                List.of(new SurvivalObservation(1, true, 0, 0, 1), new SurvivalObservation(2, true, 0, 1, 0)),
                List.of("arm", "arm")));
    }

    @Test
    void unknownCoefficientNameIsRejected() {
        CoxModel fit = CoxRegression.fit(List.of(patient(1, true, 0), patient(2, true, 1), patient(3, false, 0)), ARM);

        assertThrows(IllegalArgumentException.class, () -> fit.coefficient("age"));
    }
}

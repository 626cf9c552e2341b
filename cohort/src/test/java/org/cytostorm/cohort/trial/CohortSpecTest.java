package org.cytostorm.cohort.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.cohort.analysis.OutcomeDistribution;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** A cohort spec is a trial spec without arms: one arm of background care; outcome quantiles as R's. */
class CohortSpecTest {

    private static final TrialSpecReader READER = TrialSpecReader.standard();

    @Test
    void aCohortHasOneArmOfBackgroundCare() {
        TrialSpec s = READER.readCohort("name: c\nscenario: sepsis\npatients: 30\n", "c.yaml", null);
        assertEquals(1, s.arms().size());
        assertEquals(TrialSpecReader.COHORT_ARM, s.control().name());
        assertTrue(s.control().doses().isEmpty());
        assertEquals(30, s.patients());
    }

    @Test
    void armsAreRefusedInACohortSpecNamingTheLineAndKey() {
        InputException e = assertThrows(InputException.class, () -> READER.readCohort(
                "name: c\nscenario: sepsis\narms:\n  - name: a\n", "c.yaml", null));
        assertEquals("c.yaml", e.file());
        assertEquals(3, e.line());
        assertEquals("arms", e.key());
    }

    @Test
    void quantilesAreRsTypeSeven() {
        // R: quantile(c(1, 2, 4, 8, 16), c(0.05, 0.25, 0.5, 0.75, 0.95)) = 1.2, 2, 4, 8, 14.4
        double[] v = {1, 2, 4, 8, 16};
        double[] p = {0.05, 0.25, 0.5, 0.75, 0.95};
        double[] r = {1.2, 2, 4, 8, 14.4};
        for (int i = 0; i < p.length; i++) {
            assertEquals(r[i], OutcomeDistribution.type7(v, p[i]), 1e-12, "p = " + p[i]);
        }
    }
}

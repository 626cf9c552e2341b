package org.cytostorm.cohort.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** An arm's own care (only with enrolment at 0 h), and conditions on covariates. */
class ArmCareAndCovariatesTest {

    private static final TrialSpecReader READER = TrialSpecReader.standard();

    @Test
    void anArmMayHaveItsOwnCareWhenPatientsEnterAtTheStart() {
        TrialSpec s = READER.read("""
                scenario: car-t-axi-cel
                arms:
                  - name: standard care
                  - name: CRS algorithm
                    care: car-t-crs
                subgroups:
                  older: "age_years >= 65"
                """, "t.yaml", null);
        Arm algorithm = s.arms().get(1);
        assertTrue(algorithm.care().isPresent());
        assertEquals("car-t-crs", algorithm.applyTo(s.scenario(), 0).protocol().name());
        assertEquals(s.scenario().protocol().name(), s.control().applyTo(s.scenario(), 0).protocol().name());
    }

    @Test
    void anArmsOwnCareIsRefusedWhenPatientsEnterLater() {
        InputException e = assertThrows(InputException.class, () -> READER.read("""
                scenario: covid-19-severe
                enrolment: {at: 7 d}
                arms:
                  - name: usual care
                  - name: covid protocol
                    care: covid-19
                """, "t.yaml", null));
        assertEquals(6, e.line());
        assertEquals("arms[1].care", e.key());
        assertTrue(e.getMessage().contains("before enrolment"), e.getMessage());
    }

    @Test
    void conditionsReadCovariatesButNotUnknownNames() {
        InputException e = assertThrows(InputException.class, () -> READER.read("""
                scenario: sepsis
                arms:
                  - name: a
                  - name: b
                    treatments: [{drug: anakinra, dose: 100 mg, route: iv, time: 0 h}]
                subgroups:
                  old: "age >= 65"
                """, "t.yaml", null));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("age_years"), "suggests the covariate: " + e.getMessage());
    }
}

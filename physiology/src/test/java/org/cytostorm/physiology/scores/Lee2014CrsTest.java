package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the legacy Lee 2014 CRS scale. */
class Lee2014CrsTest {

    @ParameterizedTest(name = "sym={0} fio2={1} hypo={2} pressors={3} high={4} vent={5} organ={6} ast={7} -> {8}")
    @CsvSource({
        // nothing
        "false, 0.21, false, 0, false, false, 0, 0, 0",
        // grade 1: symptoms only
        "true, 0.21, false, 0, false, false, 0, 0, 1",
        // grade 2: O2 < 40%, fluid-responsive hypotension, one low-dose pressor, grade 2 organ toxicity
        "true, 0.22, false, 0, false, false, 0, 0, 2",
        "true, 0.39, false, 0, false, false, 0, 0, 2",
        "true, 0.21, true, 0, false, false, 0, 0, 2",
        "true, 0.21, true, 1, false, false, 0, 0, 2",
        "true, 0.21, false, 0, false, false, 2, 0, 2",
        "true, 0.21, false, 0, false, false, 0, 2, 2",
        // grade 3: O2 >= 40%, high-dose or multiple pressors, grade 3 organ toxicity, grade 4 transaminitis
        "true, 0.40, false, 0, false, false, 0, 0, 3",
        "true, 0.21, true, 1, true, false, 0, 0, 3",
        "true, 0.21, true, 2, false, false, 0, 0, 3",
        "true, 0.21, false, 0, false, false, 3, 0, 3",
        "true, 0.21, false, 0, false, false, 0, 3, 3",
        "true, 0.21, false, 0, false, false, 0, 4, 3",
        // grade 4: ventilator, grade 4 organ toxicity (transaminitis excluded)
        "true, 1.00, false, 0, false, true, 0, 0, 4",
        "true, 0.21, false, 0, false, false, 4, 0, 4",
    })
    void gradeFollowsTable(boolean symptoms, double fio2, boolean hypotension, int pressors,
            boolean highDose, boolean ventilated, int organ, int transaminitis, int expected) {
        Lee2014Inputs in = new Lee2014Inputs(symptoms, fio2, hypotension, pressors, highDose,
                ventilated, organ, transaminitis);
        assertEquals(expected, Lee2014Crs.grade(in));
        assertEquals(expected, AstctCrs.lee2014Grade(in));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, Double.NaN, false, 0, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, 0.2, false, 0, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, 1.1, false, 0, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, 0.21, false, 0, true, false, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, 0.21, false, 0, false, false, 5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Lee2014Inputs(true, 0.21, false, -1, false, false, 0, 0));
    }
}

package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the ASTCT CRS table (Lee 2019). */
class AstctCrsTest {

    private static int grade(double t, boolean waived, boolean hypotension, int pressors,
            boolean vasopressin, OxygenSupport oxygen) {
        return AstctCrs.grade(new CrsInputs(t, waived, hypotension, pressors, vasopressin, oxygen));
    }

    @ParameterizedTest(name = "T={0} waived={1} hypo={2} pressors={3} vaso={4} O2={5} -> {6}")
    @CsvSource({
        // fever threshold: just below and at 38.0
        "37.9, false, false, 0, false, ROOM_AIR, 0",
        "38.0, false, false, 0, false, ROOM_AIR, 1",
        // no fever, not waived: 0 whatever else
        "37.9, false, true, 2, false, INVASIVE, 0",
        // grade 1: fever, no hypotension, no hypoxia
        "39.5, false, false, 0, false, ROOM_AIR, 1",
        // grade 2: hypotension without vasopressors; low-flow oxygen
        "38.0, false, true, 0, false, ROOM_AIR, 2",
        "38.0, false, false, 0, false, LOW_FLOW, 2",
        "38.0, false, true, 0, false, LOW_FLOW, 2",
        // grade 3: one vasopressor with or without vasopressin; high-flow oxygen
        "38.0, false, true, 1, false, ROOM_AIR, 3",
        "38.0, false, true, 1, true, ROOM_AIR, 3",
        "38.0, false, true, 0, true, ROOM_AIR, 3",
        "38.0, false, false, 0, false, HIGH_FLOW, 3",
        // grade 4: multiple vasopressors excluding vasopressin; positive pressure
        "38.0, false, true, 2, false, ROOM_AIR, 4",
        "38.0, false, true, 2, true, ROOM_AIR, 4",
        "38.0, false, false, 0, false, NON_INVASIVE, 4",
        "38.0, false, false, 0, false, INVASIVE, 4",
        // the more severe of hypotension and hypoxia (the document's example)
        "38.0, false, true, 1, false, LOW_FLOW, 3",
        "38.0, false, true, 0, false, HIGH_FLOW, 3",
        "38.0, false, true, 1, false, INVASIVE, 4",
        // fever waived after tocilizumab or steroids
        "37.0, true, false, 0, false, ROOM_AIR, 0",
        "38.5, true, false, 0, false, ROOM_AIR, 1",
        "37.0, true, true, 0, false, ROOM_AIR, 2",
        "37.0, true, false, 0, false, LOW_FLOW, 2",
        "37.0, true, true, 1, false, ROOM_AIR, 3",
        "37.0, true, false, 0, false, HIGH_FLOW, 3",
        "37.0, true, true, 2, false, ROOM_AIR, 4",
        "37.0, true, false, 0, false, INVASIVE, 4",
        // a running vasopressor implies hypotension even if the flag is off
        "38.0, false, false, 1, false, ROOM_AIR, 3",
    })
    void gradeFollowsTable(double t, boolean waived, boolean hypotension, int pressors,
            boolean vasopressin, OxygenSupport oxygen, int expected) {
        assertEquals(expected, grade(t, waived, hypotension, pressors, vasopressin, oxygen));
    }

    @ParameterizedTest(name = "hypotension={0} pressors={1} vasopressin={2} -> {3}")
    @CsvSource({
        "false, 0, false, 0",
        "true, 0, false, 2",
        "true, 1, false, 3",
        "true, 0, true, 3",
        "true, 1, true, 3",
        "true, 2, false, 4",
        "true, 3, true, 4",
    })
    void hypotensionColumn(boolean hypotension, int pressors, boolean vasopressin, int expected) {
        assertEquals(expected, AstctCrs.hypotensionGrade(hypotension, pressors, vasopressin));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ROOM_AIR, 0",
        "LOW_FLOW, 2",
        "HIGH_FLOW, 3",
        "NON_INVASIVE, 4",
        "INVASIVE, 4",
    })
    void hypoxiaColumn(OxygenSupport oxygen, int expected) {
        assertEquals(expected, AstctCrs.hypoxiaGrade(oxygen));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new CrsInputs(Double.NaN, false, false, 0, false, OxygenSupport.ROOM_AIR));
        assertThrows(IllegalArgumentException.class,
                () -> new CrsInputs(38.0, false, false, -1, false, OxygenSupport.ROOM_AIR));
        assertThrows(IllegalArgumentException.class,
                () -> new CrsInputs(38.0, false, false, 0, false, null));
        assertThrows(IllegalArgumentException.class, () -> AstctCrs.grade(null));
    }
}

package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sepsis-3 definitions (Singer 2016). */
class Sepsis3Test {

    @ParameterizedTest(name = "infection={0} SOFA {1} baseline {2} -> {3}")
    @CsvSource({
        "true, 2, 0, true",
        "true, 1, 0, false",
        "true, 5, 3, true",
        "true, 4, 3, false",
        "false, 10, 0, false",
        "true, 3, 3, false",
    })
    void sepsisNeedsInfectionAndSofaRiseOfTwo(boolean infection, int sofa, int baseline,
            boolean expected) {
        assertEquals(expected, Sepsis3.sepsis(infection, sofa, baseline));
    }

    @ParameterizedTest(name = "pressors={0} lactate {1} fluids={2} -> {3}")
    @CsvSource({
        "true, 2.1, true, true",
        "true, 2.0, true, false",
        "false, 4.0, true, false",
        "true, 4.0, false, false",
    })
    void septicShock(boolean pressors, double lactate, boolean fluids, boolean expected) {
        assertEquals(expected, Sepsis3.septicShock(pressors, lactate, fluids));
    }

    @ParameterizedTest(name = "RR {0} altered={1} SBP {2} -> {3}")
    @CsvSource({
        "21, false, 101, 0",
        "22, false, 101, 1",
        "21, true, 101, 1",
        "21, false, 100, 1",
        "22, true, 101, 2",
        "22, false, 100, 2",
        "21, true, 100, 2",
        "30, true, 80, 3",
    })
    void qsofa(double rr, boolean altered, double sbp, int expected) {
        assertEquals(expected, Sepsis3.qsofa(rr, altered, sbp));
    }

    @ParameterizedTest(name = "qSOFA {0} positive={1}")
    @CsvSource({
        "0, false",
        "1, false",
        "2, true",
        "3, true",
    })
    void qsofaPositiveAtTwo(int qsofa, boolean expected) {
        assertEquals(expected, Sepsis3.qsofaPositive(qsofa));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.sepsis(true, 25, 0));
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.sepsis(true, 2, -1));
        assertThrows(IllegalArgumentException.class,
                () -> Sepsis3.septicShock(true, Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.septicShock(true, -1, true));
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.qsofa(Double.NaN, false, 120));
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.qsofa(20, false, -1));
        assertThrows(IllegalArgumentException.class, () -> Sepsis3.qsofaPositive(4));
    }
}

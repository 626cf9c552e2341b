package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the Berlin ARDS table (JAMA 2012). */
class BerlinTest {

    @ParameterizedTest(name = "PF {0} -> {1}")
    @CsvSource({
        "450, NONE",
        "300.1, NONE",
        "300, MILD",
        "200.1, MILD",
        "200, MODERATE",
        "100.1, MODERATE",
        "100, SEVERE",
        "40, SEVERE",
    })
    void severityByPfRatio(double pf, BerlinSeverity expected) {
        assertEquals(expected, Berlin.severity(pf, true, true, true, true));
    }

    @ParameterizedTest(name = "peep={0} onset={1} bilateral={2} notCardiac={3} -> NONE")
    @CsvSource({
        "false, true, true, true",
        "true, false, true, true",
        "true, true, false, true",
        "true, true, true, false",
    })
    void everyCommonCriterionAndPeepAreRequired(boolean peep, boolean onset, boolean bilateral,
            boolean notCardiac) {
        for (double pf : new double[] {50, 150, 250}) {
            assertEquals(BerlinSeverity.NONE,
                    Berlin.severity(pf, peep, onset, bilateral, notCardiac));
        }
    }

    @ParameterizedTest(name = "{0}: mortality {1}, ventilation {2} d")
    @CsvSource({
        "MILD, 0.27, 5",
        "MODERATE, 0.32, 7",
        "SEVERE, 0.45, 9",
    })
    void publishedOutcomes(BerlinSeverity severity, double mortality, double days) {
        assertEquals(mortality, severity.mortality(), 1e-12);
        assertEquals(days, severity.medianVentilationDays(), 1e-12);
    }

    @Test
    void noneHasNoOutcome() {
        assertTrue(Double.isNaN(BerlinSeverity.NONE.mortality()));
        assertTrue(Double.isNaN(BerlinSeverity.NONE.medianVentilationDays()));
    }

    @Test
    void invalidPfRatioIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Berlin.severity(Double.NaN, true, true, true, true));
        assertThrows(IllegalArgumentException.class,
                () -> Berlin.severity(-10, true, true, true, true));
        assertThrows(IllegalArgumentException.class,
                () -> Berlin.severity(0, true, true, true, true));
    }
}

package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows and boundaries of the SOFA table (Vincent 1996, as reproduced in Sepsis-3). */
class SofaTest {

    @ParameterizedTest(name = "PF {0} support={1} -> {2}")
    @CsvSource({
        "500, false, 0",
        "400, false, 0",
        "399.9, false, 1",
        "300, false, 1",
        "299.9, false, 2",
        "200, true, 2",
        "199.9, true, 3",
        "100, true, 3",
        "99.9, true, 4",
        "50, true, 4",
        // without respiratory support PF < 200 scores 2
        "199.9, false, 2",
        "99.9, false, 2",
        "50, false, 2",
        // support does not raise PF >= 200
        "250, true, 2",
        "450, true, 0",
    })
    void respiration(double pf, boolean support, int expected) {
        assertEquals(expected, Sofa.respiration(pf, support));
    }

    @ParameterizedTest(name = "platelets {0} -> {1}")
    @CsvSource({
        "150, 0",
        "149.9, 1",
        "100, 1",
        "99.9, 2",
        "50, 2",
        "49.9, 3",
        "20, 3",
        "19.9, 4",
        "0, 4",
    })
    void coagulation(double platelets, int expected) {
        assertEquals(expected, Sofa.coagulation(platelets));
    }

    @ParameterizedTest(name = "bilirubin {0} -> {1}")
    @CsvSource({
        "0, 0",
        "1.19, 0",
        "1.2, 1",
        "1.9, 1",
        "1.99, 1",
        "2.0, 2",
        "5.9, 2",
        "5.99, 2",
        "6.0, 3",
        "11.9, 3",
        "11.99, 3",
        // the table prints >12.0; 12.0 itself is scored 4 (the 11.9-12.0 gap)
        "12.0, 4",
        "12.1, 4",
        "30, 4",
    })
    void liver(double bilirubin, int expected) {
        assertEquals(expected, Sofa.liver(bilirubin));
    }

    @ParameterizedTest(name = "MAP {0} dopa {1} dobu {2} epi {3} norepi {4} -> {5}")
    @CsvSource({
        "70, 0, 0, 0, 0, 0",
        "69.9, 0, 0, 0, 0, 1",
        // dopamine < 5 or any dobutamine
        "70, 4.9, 0, 0, 0, 2",
        "70, 5.0, 0, 0, 0, 2",
        "70, 0, 0.5, 0, 0, 2",
        "70, 0, 20, 0, 0, 2",
        "60, 0, 2, 0, 0, 2",
        // dopamine 5.1-15, or epinephrine <= 0.1, or norepinephrine <= 0.1
        "70, 5.1, 0, 0, 0, 3",
        "70, 15, 0, 0, 0, 3",
        "70, 0, 0, 0.01, 0, 3",
        "70, 0, 0, 0.1, 0, 3",
        "70, 0, 0, 0, 0.01, 3",
        "70, 0, 0, 0, 0.1, 3",
        "70, 3, 5, 0, 0.05, 3",
        // dopamine > 15, or epinephrine > 0.1, or norepinephrine > 0.1
        "70, 15.1, 0, 0, 0, 4",
        "70, 0, 0, 0.11, 0, 4",
        "70, 0, 0, 0, 0.11, 4",
        "50, 0, 0, 0.05, 0.5, 4",
    })
    void cardiovascular(double map, double dopamine, double dobutamine, double epinephrine,
            double norepinephrine, int expected) {
        assertEquals(expected,
                Sofa.cardiovascular(map, dopamine, dobutamine, epinephrine, norepinephrine));
    }

    @ParameterizedTest(name = "GCS {0} -> {1}")
    @CsvSource({
        "15, 0",
        "14, 1",
        "13, 1",
        "12, 2",
        "10, 2",
        "9, 3",
        "6, 3",
        "5, 4",
        "3, 4",
    })
    void cns(int gcs, int expected) {
        assertEquals(expected, Sofa.cns(gcs));
    }

    @ParameterizedTest(name = "creatinine {0} urine {1} -> {2}")
    @CsvSource({
        "1.19, NaN, 0",
        "1.2, NaN, 1",
        "1.9, NaN, 1",
        "1.99, NaN, 1",
        "2.0, NaN, 2",
        "3.4, NaN, 2",
        "3.49, NaN, 2",
        "3.5, NaN, 3",
        "4.9, NaN, 3",
        "4.99, NaN, 3",
        // the table prints >5.0; 5.0 itself is scored 4 (the 4.9-5.0 gap)
        "5.0, NaN, 4",
        "5.1, NaN, 4",
        // urine output
        "1.0, 500, 0",
        "1.0, 499, 3",
        "1.0, 200, 3",
        "1.0, 199, 4",
        "1.0, 0, 4",
        // the worse of creatinine and urine
        "4.0, 1500, 3",
        "2.5, 450, 3",
        "3.6, 150, 4",
        "5.5, 450, 4",
    })
    void renal(double creatinine, double urine, int expected) {
        assertEquals(expected, Sofa.renal(creatinine, urine));
    }

    @Test
    void scoreCombinesTheOrgansAndTotals() {
        SofaInputs in = new SofaInputs(150, true, 45, 2.5, 65, 0, 0, 0, 0.2, 11, 1.5, Double.NaN);
        SofaScore s = Sofa.score(in);
        assertEquals(new SofaScore(3, 3, 2, 4, 2, 1), s);
        assertEquals(15, s.total());
    }

    @Test
    void healthyScoresZero() {
        SofaInputs in = new SofaInputs(450, false, 250, 0.5, 85, 0, 0, 0, 0, 15, 0.8, 1500);
        assertEquals(0, Sofa.score(in).total());
    }

    @Test
    void worstScoresTwentyFour() {
        SofaInputs in = new SofaInputs(60, true, 10, 15, 40, 0, 0, 0.3, 0.3, 3, 6, 50);
        assertEquals(24, Sofa.score(in).total());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(Double.NaN, false, 250, 0.5, 85, 0, 0, 0, 0, 15, 0.8, 1500));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, -1, 0.5, 85, 0, 0, 0, 0, 15, 0.8, 1500));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, 250, 0.5, 85, -0.1, 0, 0, 0, 15, 0.8, 1500));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, 250, 0.5, 85, 0, 0, 0, 0, 16, 0.8, 1500));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, 250, 0.5, 85, 0, 0, 0, 0, 2, 0.8, 1500));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, 250, 0.5, 85, 0, 0, 0, 0, 15, 0.8, -5));
        assertThrows(IllegalArgumentException.class,
                () -> new SofaInputs(450, false, 250, Double.POSITIVE_INFINITY, 85, 0, 0, 0, 0, 15,
                        0.8, 1500));
        assertThrows(IllegalArgumentException.class, () -> new SofaScore(5, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Sofa.liver(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sofa.score(null));
    }
}

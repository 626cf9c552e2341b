package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row and boundary of the ISTH overt DIC table (Taylor 2001, pmid:11816725). */
class IsthDicTest {

    @ParameterizedTest(name = "platelets {0} -> {1}")
    @CsvSource({
        "250, 0",
        "100.1, 0",
        "100, 1", // 50-100 is closed
        "75, 1",
        "50, 1",
        "49.9, 2",
        "0, 2",
    })
    void platelets(double platelets, int expected) {
        assertEquals(expected, IsthDic.platelets(platelets));
    }

    @ParameterizedTest(name = "D-dimer {0} -> {1}")
    @CsvSource({
        "0, 0",
        "0.5, 0", // at the upper limit of normal: no increase
        "0.51, 2",
        "2, 2",
        "5, 2", // ten times the ULN: still moderate
        "5.01, 3",
        "40, 3",
    })
    void dDimer(double dDimer, int expected) {
        assertEquals(expected, IsthDic.dDimer(dDimer));
    }

    @ParameterizedTest(name = "PT +{0} s -> {1}")
    @CsvSource({
        "-1, 0",
        "0, 0",
        "2.99, 0",
        "3, 1",
        "4.5, 1",
        "6, 1",
        "6.01, 2",
        "20, 2",
    })
    void prothrombin(double prolongation, int expected) {
        assertEquals(expected, IsthDic.prothrombin(prolongation));
    }

    @ParameterizedTest(name = "fibrinogen {0} -> {1}")
    @CsvSource({
        "4, 0",
        "1, 0",
        "0.99, 1",
        "0, 1",
    })
    void fibrinogen(double fibrinogen, int expected) {
        assertEquals(expected, IsthDic.fibrinogen(fibrinogen));
    }

    @Test
    void itemsAddUpAndFiveIsOvert() {
        // 1 + 2 + 1 + 0 = 4: not overt
        IsthDicScore four = IsthDic.score(new IsthDicInputs(80, 3, 4, 2));
        assertEquals(new IsthDicScore(1, 2, 1, 0), four);
        assertEquals(4, four.total());
        assertFalse(four.overt());
        // 1 + 2 + 1 + 1 = 5: overt
        IsthDicScore five = IsthDic.score(new IsthDicInputs(80, 3, 4, 0.8));
        assertEquals(5, five.total());
        assertTrue(five.overt());
        // the worst of every row: 2 + 3 + 2 + 1 = 8
        assertEquals(8, IsthDic.score(new IsthDicInputs(10, 30, 10, 0.5)).total());
        // a healthy adult scores 0
        assertEquals(0, IsthDic.score(new IsthDicInputs(250, 0.3, 0, 3)).total());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IsthDicInputs(-1, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new IsthDicInputs(100, Double.NaN, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new IsthDicInputs(100, 0, Double.POSITIVE_INFINITY, 2));
        assertThrows(IllegalArgumentException.class, () -> new IsthDicInputs(100, 0, 0, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new IsthDicScore(0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> IsthDic.score(null));
    }
}

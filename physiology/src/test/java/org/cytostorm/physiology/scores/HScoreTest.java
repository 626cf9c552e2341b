package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the HScore table (Fardet 2014); each row changes one variable of a zero-point patient. */
class HScoreTest {

    @ParameterizedTest(name = "[{index}] -> {11}")
    @CsvSource({
        // immuno, T, organomegaly, Hb, WBC, PLT, ferritin, TG, fib, AST, hemophago, points
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 0",
        // immunosuppression 0 / 18
        "true, 37.0, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 18",
        // temperature <38.4 / 38.4-39.4 / >39.4
        "false, 38.39, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 0",
        "false, 38.4, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 33",
        "false, 39.4, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 33",
        "false, 39.41, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false, 49",
        // organomegaly none / liver or spleen / both
        "false, 37.0, LIVER_OR_SPLEEN, 14, 7, 250, 100, 1.0, 4.0, 20, false, 23",
        "false, 37.0, BOTH, 14, 7, 250, 100, 1.0, 4.0, 20, false, 38",
        // cytopenias: one lineage 0 (each lineage at its threshold)
        "false, 37.0, NONE, 9.2, 7, 250, 100, 1.0, 4.0, 20, false, 0",
        "false, 37.0, NONE, 14, 5, 250, 100, 1.0, 4.0, 20, false, 0",
        "false, 37.0, NONE, 14, 7, 110, 100, 1.0, 4.0, 20, false, 0",
        // two lineages 24; just above a threshold does not count
        "false, 37.0, NONE, 9.2, 5, 250, 100, 1.0, 4.0, 20, false, 24",
        "false, 37.0, NONE, 9.2, 7, 110, 100, 1.0, 4.0, 20, false, 24",
        "false, 37.0, NONE, 14, 5, 110, 100, 1.0, 4.0, 20, false, 24",
        "false, 37.0, NONE, 9.21, 5, 110.1, 100, 1.0, 4.0, 20, false, 0",
        "false, 37.0, NONE, 9.2, 5.01, 110, 100, 1.0, 4.0, 20, false, 24",
        // three lineages 34
        "false, 37.0, NONE, 9.2, 5, 110, 100, 1.0, 4.0, 20, false, 34",
        // ferritin <2000 / 2000-6000 / >6000
        "false, 37.0, NONE, 14, 7, 250, 1999, 1.0, 4.0, 20, false, 0",
        "false, 37.0, NONE, 14, 7, 250, 2000, 1.0, 4.0, 20, false, 35",
        "false, 37.0, NONE, 14, 7, 250, 6000, 1.0, 4.0, 20, false, 35",
        "false, 37.0, NONE, 14, 7, 250, 6001, 1.0, 4.0, 20, false, 50",
        // triglycerides <1.5 / 1.5-4 / >4 mmol/L
        "false, 37.0, NONE, 14, 7, 250, 100, 1.49, 4.0, 20, false, 0",
        "false, 37.0, NONE, 14, 7, 250, 100, 1.5, 4.0, 20, false, 44",
        "false, 37.0, NONE, 14, 7, 250, 100, 4.0, 4.0, 20, false, 44",
        "false, 37.0, NONE, 14, 7, 250, 100, 4.01, 4.0, 20, false, 64",
        // fibrinogen >2.5 / <=2.5 g/L
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 2.51, 20, false, 0",
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 2.5, 20, false, 30",
        // AST <30 / >=30
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 4.0, 29.9, false, 0",
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 4.0, 30, false, 19",
        // hemophagocytosis 0 / 35
        "false, 37.0, NONE, 14, 7, 250, 100, 1.0, 4.0, 20, true, 35",
        // every variable at its maximum: 18+49+38+34+50+64+30+19+35
        "true, 40.0, BOTH, 8, 2, 50, 10000, 5.0, 1.0, 200, true, 337",
    })
    void pointsFollowTable(boolean immunosuppressed, double temperature, Organomegaly organomegaly,
            double hb, double wbc, double platelets, double ferritin, double triglycerides,
            double fibrinogen, double ast, boolean hemophagocytosis, int expected) {
        assertEquals(expected, HScore.points(new HScoreInputs(immunosuppressed, temperature,
                organomegaly, hb, wbc, platelets, ferritin, triglycerides, fibrinogen, ast,
                hemophagocytosis)));
    }

    @ParameterizedTest(name = "{0} lineages -> {1}")
    @CsvSource({
        "0, 0",
        "1, 0",
        "2, 24",
        "3, 34",
    })
    void cytopeniaPoints(int lineages, int expected) {
        assertEquals(expected, HScore.cytopeniaPoints(lineages));
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
        "170, 0.54",
        "200, 0.88",
        "90, 0.01",
        "250, 0.99",
    })
    void probabilityPassesThroughThePublishedAnchors(int score, double expected) {
        assertEquals(expected, HScore.probability(score), 1e-9);
    }

    @Test
    void probabilityIsBelowOnePercentUnder90AndAboveNinetyNineOver250() {
        assertTrue(HScore.probability(89) < 0.01);
        assertTrue(HScore.probability(0) < 0.01);
        assertTrue(HScore.probability(251) > 0.99);
        assertTrue(HScore.probability(HScore.MAX) > 0.99);
        assertTrue(HScore.probability(HScore.MAX) < 1.0);
    }

    @Test
    void probabilityIsIncreasing() {
        for (int s = 1; s <= HScore.MAX; s++) {
            assertTrue(HScore.probability(s) > HScore.probability(s - 1), "score " + s);
        }
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HScore.probability(-1));
        assertThrows(IllegalArgumentException.class, () -> HScore.probability(338));
        assertThrows(IllegalArgumentException.class, () -> HScore.cytopeniaPoints(4));
        assertThrows(IllegalArgumentException.class, () -> new HScoreInputs(false, Double.NaN,
                Organomegaly.NONE, 14, 7, 250, 100, 1.0, 4.0, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new HScoreInputs(false, 37,
                null, 14, 7, 250, 100, 1.0, 4.0, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new HScoreInputs(false, 37,
                Organomegaly.NONE, -1, 7, 250, 100, 1.0, 4.0, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new HScoreInputs(false, 37,
                Organomegaly.NONE, 14, 7, 250, Double.NaN, 1.0, 4.0, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new HScoreInputs(false, 37,
                Organomegaly.NONE, 14, 7, 250, 100, 1.0, 4.0, -20, false));
        assertThrows(IllegalArgumentException.class, () -> HScore.points(null));
    }
}

package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HLH-2004 criteria (Henter 2007); each row changes criteria of a patient meeting none. */
class Hlh2004Test {

    @ParameterizedTest(name = "[{index}] -> {12} criteria, diagnosis {13}")
    @CsvSource({
        // molecular, T, spleen, Hb, PLT, ANC, TG, fib, hemophago, lowNK, ferritin, sCD25, met, dx
        "false, 37.0, false, 12, 200, 3, 150, 300, false, false, 100, 1000, 0, false",
        // fever >= 38.5
        "false, 38.4, false, 12, 200, 3, 150, 300, false, false, 100, 1000, 0, false",
        "false, 38.5, false, 12, 200, 3, 150, 300, false, false, 100, 1000, 1, false",
        // splenomegaly
        "false, 37.0, true, 12, 200, 3, 150, 300, false, false, 100, 1000, 1, false",
        // cytopenia: one lineage is not enough
        "false, 37.0, false, 8.9, 200, 3, 150, 300, false, false, 100, 1000, 0, false",
        "false, 37.0, false, 12, 99, 3, 150, 300, false, false, 100, 1000, 0, false",
        "false, 37.0, false, 12, 200, 0.99, 150, 300, false, false, 100, 1000, 0, false",
        // cytopenia: two lineages, each pair; values at the threshold do not count
        "false, 37.0, false, 8.9, 99, 3, 150, 300, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 8.9, 200, 0.99, 150, 300, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 12, 99, 0.99, 150, 300, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 9.0, 100, 0.99, 150, 300, false, false, 100, 1000, 0, false",
        "false, 37.0, false, 8.9, 99, 1.0, 150, 300, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 8.9, 99, 0.99, 150, 300, false, false, 100, 1000, 1, false",
        // triglycerides >= 265 and/or fibrinogen <= 150 (one criterion)
        "false, 37.0, false, 12, 200, 3, 264, 300, false, false, 100, 1000, 0, false",
        "false, 37.0, false, 12, 200, 3, 265, 300, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 12, 200, 3, 150, 151, false, false, 100, 1000, 0, false",
        "false, 37.0, false, 12, 200, 3, 150, 150, false, false, 100, 1000, 1, false",
        "false, 37.0, false, 12, 200, 3, 400, 100, false, false, 100, 1000, 1, false",
        // hemophagocytosis
        "false, 37.0, false, 12, 200, 3, 150, 300, true, false, 100, 1000, 1, false",
        // low NK activity
        "false, 37.0, false, 12, 200, 3, 150, 300, false, true, 100, 1000, 1, false",
        // ferritin >= 500
        "false, 37.0, false, 12, 200, 3, 150, 300, false, false, 499, 1000, 0, false",
        "false, 37.0, false, 12, 200, 3, 150, 300, false, false, 500, 1000, 1, false",
        // sCD25 >= 2400
        "false, 37.0, false, 12, 200, 3, 150, 300, false, false, 100, 2399, 0, false",
        "false, 37.0, false, 12, 200, 3, 150, 300, false, false, 100, 2400, 1, false",
        // diagnosis: 4 criteria no, 5 yes, all 8 yes
        "false, 38.5, true, 8.9, 99, 3, 265, 300, false, false, 100, 1000, 4, false",
        "false, 38.5, true, 8.9, 99, 3, 265, 300, false, false, 500, 1000, 5, true",
        "false, 39.0, true, 8, 50, 0.5, 300, 100, true, true, 5000, 5000, 8, true",
        // molecular diagnosis alone
        "true, 37.0, false, 12, 200, 3, 150, 300, false, false, 100, 1000, 0, true",
    })
    void criteriaFollowTheList(boolean molecular, double temperature, boolean spleen, double hb,
            double platelets, double anc, double triglycerides, double fibrinogen,
            boolean hemophagocytosis, boolean lowNk, double ferritin, double sCd25, int met,
            boolean diagnosis) {
        Hlh2004Result result = Hlh2004.evaluate(new Hlh2004Inputs(molecular, temperature, spleen,
                hb, platelets, anc, triglycerides, fibrinogen, hemophagocytosis, lowNk, ferritin,
                sCd25));
        assertEquals(new Hlh2004Result(met, diagnosis), result);
    }

    @ParameterizedTest(name = "Hb {0} PLT {1} ANC {2} -> {3}")
    @CsvSource({
        "9.0, 100, 1.0, 0",
        "8.99, 100, 1.0, 1",
        "9.0, 99.9, 1.0, 1",
        "9.0, 100, 0.99, 1",
        "8.99, 99.9, 0.99, 3",
    })
    void cytopenicLineages(double hb, double platelets, double anc, int expected) {
        assertEquals(expected, Hlh2004.cytopenicLineages(hb, platelets, anc));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Hlh2004Inputs(false, Double.NaN,
                false, 12, 200, 3, 150, 300, false, false, 100, 1000));
        assertThrows(IllegalArgumentException.class, () -> new Hlh2004Inputs(false, 37,
                false, 12, 200, -3, 150, 300, false, false, 100, 1000));
        assertThrows(IllegalArgumentException.class, () -> new Hlh2004Inputs(false, 37,
                false, 12, 200, 3, 150, 300, false, false, 100, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Hlh2004Result(9, true));
        assertThrows(IllegalArgumentException.class, () -> Hlh2004.evaluate(null));
    }
}

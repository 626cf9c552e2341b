package org.cytostorm.cohort.stats;

import static org.cytostorm.cohort.stats.RReference.assertClose;
import static org.cytostorm.cohort.stats.RReference.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.io.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Wilson score interval against published values and R's {@code prop.test}. */
class ProportionTest {

    /**
     * Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of
     * seven methods. Stat Med 17:857-872, Table I, method 3 (score interval without continuity
     * correction), printed to 4 decimals.
     */
    @ParameterizedTest(name = "{0}/{1} -> {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
    })
    void wilsonMatchesNewcombeTable(int events, int total, double lower, double upper) {
        Proportion p = Proportion.wilson(events, total);

        assertEquals(lower, p.lower(), 0.5e-4, "lower limit to Newcombe's 4 decimals");
        assertEquals(upper, p.upper(), 0.5e-4, "upper limit to Newcombe's 4 decimals");
        assertEquals((double) events / total, p.estimate(), 1e-15);
    }

    /** R's prop.test(x, n, correct = FALSE)$conf.int, written by survival-reference.R. */
    @Test
    void wilsonMatchesPropTest() {
        List<Csv.Row> rows = RReference.rows("proportions.csv");
        assertEquals(List.of("events", "n", "estimate", "lower", "upper"), rows.get(0).cells());
        assertTrue(rows.size() > 10);
        for (Csv.Row r : rows.subList(1, rows.size())) {
            int events = (int) number(r.cell(0));
            int total = (int) number(r.cell(1));
            Proportion p = Proportion.wilson(events, total);
            String what = events + "/" + total;
            assertClose(number(r.cell(2)), p.estimate(), what + " estimate");
            assertClose(number(r.cell(3)), p.lower(), what + " lower");
            assertClose(number(r.cell(4)), p.upper(), what + " upper");
        }
    }

    /**
     * 10/100 by hand: z = 1.959964, z² = 3.841459; centre (10 + 1.920729)/103.841459 = 0.114797;
     * half-width 1.959964·√(10·90/100 + 0.960365)/103.841459 = 1.959964·3.156005/103.841459
     * = 0.059568; interval 0.055229 to 0.174366.
     */
    @Test
    void wilsonByHand() {
        Proportion p = Proportion.wilson(10, 100);

        assertEquals(0.1, p.estimate(), 1e-15);
        assertEquals(0.055229, p.lower(), 1e-6);
        assertEquals(0.174366, p.upper(), 1e-6);
    }

    @Test
    void noEventsOrAllEventsStayInsideZeroOne() {
        assertEquals(0.0, Proportion.wilson(0, 7).lower());
        assertEquals(1.0, Proportion.wilson(7, 7).upper());
        assertTrue(Proportion.wilson(0, 7).upper() > 0);
        assertTrue(Proportion.wilson(7, 7).lower() < 1);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"0, 0", "1, 0", "-1, 10", "11, 10", "0, -5"})
    void badCountsAreRejected(int events, int total) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Proportion.wilson(events, total));
        assertTrue(e.getMessage().contains(Integer.toString(total < 1 ? total : events)), e.getMessage());
    }
}

package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk ratio (Katz) and risk difference (Newcombe) against hand arithmetic and Newcombe's table. */
class RiskComparisonTest {

    /**
     * Treated 10/100, control 20/100, by hand (z = qnorm(0.975) = 1.959964):
     * <pre>
     * RR = 0.10 / 0.20 = 0.5, log RR = -0.693147
     * se(log RR) = √(1/10 - 1/100 + 1/20 - 1/100) = √0.13 = 0.360555; z·se = 0.706675
     * RR interval: exp(-0.693147 ∓ 0.706675) = exp(-1.399822) to exp(0.013528) = 0.246641 to 1.013620
     *
     * Wilson limits (ProportionTest.wilsonByHand): 10/100 → 0.055229 to 0.174366;
     *   20/100: centre (20 + 1.920729)/103.841459 = 0.211098,
     *           half 1.959964·√(20·80/100 + 0.960365)/103.841459 = 1.959964·4.118296/103.841459 = 0.077731,
     *           → 0.133367 to 0.288829
     * RD = 0.1 - 0.2 = -0.1
     * lower = -0.1 - √((0.1 - 0.055229)² + (0.288829 - 0.2)²) = -0.1 - √(0.044771² + 0.088829²)
     *       = -0.1 - 0.099474 = -0.199474
     * upper = -0.1 + √((0.174366 - 0.1)² + (0.2 - 0.133367)²) = -0.1 + √(0.074366² + 0.066633²)
     *       = -0.1 + 0.099851 = -0.000149
     * </pre>
     * (Wald's interval would be -0.1 ± 1.959964·0.05 = -0.197998 to -0.002002.)
     */
    @Test
    void tenInAHundredAgainstTwentyByHand() {
        RiskComparison c = RiskComparison.of(10, 100, 20, 100);

        assertEquals(0.5, c.ratio().estimate(), 1e-12);
        assertEquals(0.246641, c.ratio().lower(), 1e-6);
        assertEquals(1.013620, c.ratio().upper(), 1e-6);
        assertFalse(c.ratio().haldaneCorrected());
        assertEquals(-0.1, c.difference().estimate(), 1e-12);
        assertEquals(-0.199474, c.difference().lower(), 1e-6);
        assertEquals(-0.000149, c.difference().upper(), 1e-6);
        assertEquals(0.1, c.treated().estimate(), 1e-15);
        assertEquals(0.2, c.control().estimate(), 1e-15);
    }

    /**
     * Newcombe RG (1998) Interval estimation for the difference between independent proportions:
     * comparison of eleven methods. Stat Med 17:873-890, Table II, method 10 (hybrid score
     * without continuity correction), examples (a), (b) and (d)-(h), printed to 4 decimals.
     */
    @ParameterizedTest(name = "{0}/{1} - {2}/{3} -> {4} to {5}")
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "0, 10, 0, 10, -0.2775, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000",
        "10, 10, 0, 10, 0.6075, 1.0000",
    })
    void differenceMatchesNewcombeTable(int a, int m, int b, int n, double lower, double upper) {
        RiskDifference d = RiskComparison.of(a, m, b, n).difference();

        assertEquals((double) a / m - (double) b / n, d.estimate(), 1e-15);
        assertEquals(lower, d.lower(), 0.5e-4, "lower limit to Newcombe's 4 decimals");
        assertEquals(upper, d.upper(), 0.5e-4, "upper limit to Newcombe's 4 decimals");
    }

    /**
     * Treated 0/20, control 5/20: a zero cell, so 0.5 is added to every cell (a = 0.5, n₁ = 21,
     * c = 5.5, n₂ = 21). By hand: RR = (0.5/21)/(5.5/21) = 0.090909, log RR = -2.397895;
     * se = √(1/0.5 - 1/21 + 1/5.5 - 1/21) = √2.086580 = 1.444500, z·se = 2.831168;
     * interval exp(-5.229063) to exp(0.433273) = 0.005359 to 1.542297.
     */
    @Test
    void zeroCellGetsHaldaneCorrection() {
        RiskRatio rr = RiskComparison.of(0, 20, 5, 20).ratio();

        assertTrue(rr.haldaneCorrected());
        assertEquals(0.090909, rr.estimate(), 1e-6);
        assertEquals(0.005359, rr.lower(), 1e-6);
        assertEquals(1.542297, rr.upper(), 1e-6);
    }

    /** All treated patients have the event: also a zero cell (no non-events). */
    @Test
    void allEventsIsAZeroCellToo() {
        RiskRatio rr = RiskComparison.of(8, 8, 4, 8).ratio();

        assertTrue(rr.haldaneCorrected());
        // (8.5/9)/(4.5/9) = 1.888889
        assertEquals(8.5 / 4.5, rr.estimate(), 1e-12);
    }

    /** No events in either arm: corrected ratio (n₂ + 1)/(n₁ + 1), an interval spanning 1 widely. */
    @Test
    void noEventsInEitherArmSaysLittle() {
        RiskComparison c = RiskComparison.of(0, 10, 0, 20);

        assertTrue(c.ratio().haldaneCorrected());
        assertEquals(21.0 / 11.0, c.ratio().estimate(), 1e-12);
        assertTrue(c.ratio().lower() < 0.1 && c.ratio().upper() > 10, c.ratio().toString());
        assertEquals(0.0, c.difference().estimate());
    }

    @Test
    void badCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RiskComparison.of(5, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> RiskComparison.of(1, 10, 11, 10));
    }
}

package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassCriterionTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void absolutePlusRelativeTimesExpected() {
        // allowed: 1e-3 + 1e-2 * 10 = 0.101
        assertTrue(PassCriterion.passes(10, 10.1, 1e-3, 1e-2));
        assertTrue(PassCriterion.passes(10, 9.9, 1e-3, 1e-2));
        assertFalse(PassCriterion.passes(10, 10.102, 1e-3, 1e-2));
        assertFalse(PassCriterion.passes(-10, -10.102, 1e-3, 1e-2));
        assertTrue(PassCriterion.passes(-10, -10.1, 1e-3, 1e-2));
        assertEquals(0.101, PassCriterion.allowed(-10, 1e-3, 1e-2), 1e-15);
    }

    @Test
    void theBoundaryPasses() {
        assertTrue(PassCriterion.passes(0, 0.5, 0.5, 0));
        assertFalse(PassCriterion.passes(0, Math.nextUp(0.5), 0.5, 0));
        assertTrue(PassCriterion.passes(2, 3, 0, 0.5));
    }

    @Test
    void atZeroOnlyTheAbsoluteToleranceCounts() {
        assertTrue(PassCriterion.passes(0, 1e-13, 1e-12, 1e-4));
        assertFalse(PassCriterion.passes(0, 2e-12, 1e-12, 1e-4));
    }

    @Test
    void nanAndInfinityMustBeMatchedExactly() {
        assertTrue(PassCriterion.passes(NAN, NAN, 1, 1));
        assertFalse(PassCriterion.passes(NAN, 0, 1, 1));
        assertTrue(PassCriterion.passes(INF, INF, 1, 1));
        assertFalse(PassCriterion.passes(INF, -INF, 1, 1));
        assertFalse(PassCriterion.passes(INF, 1e308, 1, 1));
        assertTrue(PassCriterion.passes(-INF, -INF, 1, 1));
        assertFalse(PassCriterion.passes(-INF, NAN, 1, 1));
    }

    @Test
    void aNonFiniteResultNeverMatchesAFiniteExpectation() {
        assertFalse(PassCriterion.passes(1, NAN, 1e9, 1e9));
        assertFalse(PassCriterion.passes(1, INF, 1e9, 1e9));
        assertFalse(PassCriterion.passes(1, -INF, 1e9, 1e9));
    }
}

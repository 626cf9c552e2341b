package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurvivalObservationTest {

    @ParameterizedTest(name = "time {0}")
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void badTimesAreRejectedWithTheValue(double time) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurvivalObservation.of(time, true, 0));

        assertTrue(e.getMessage().contains("time") && e.getMessage().contains(Double.toString(time)), e.getMessage());
    }

    @Test
    void zeroTimeIsAllowed() {
        assertEquals(0.0, SurvivalObservation.of(0, true, 0).time());
    }

    @Test
    void negativeGroupIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurvivalObservation.of(1, true, -1));
        assertTrue(e.getMessage().contains("group"), e.getMessage());
    }

    @Test
    void nonFiniteCovariateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SurvivalObservation(1, true, 0, 1.0, Double.NaN));
        assertTrue(e.getMessage().contains("covariate 1"), e.getMessage());
    }

    @Test
    void covariatesCannotBeChangedFromOutside() {
        double[] x = {1, 2};
        SurvivalObservation o = new SurvivalObservation(3, false, 1, x);
        x[0] = 99;
        o.covariates()[1] = 99;

        assertArrayEquals(new double[] {1, 2}, o.covariates());
        assertEquals(new SurvivalObservation(3, false, 1, 1, 2), o);
        assertEquals(new SurvivalObservation(3, false, 1, 1, 2).hashCode(), o.hashCode());
        assertEquals(0, SurvivalObservation.of(3, false, 1).covariateCount());
    }
}

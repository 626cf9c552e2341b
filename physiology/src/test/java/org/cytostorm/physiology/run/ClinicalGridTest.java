package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The clinical grid: whole hours and requested times, sorted, merged within 1e-9 h. */
class ClinicalGridTest {

    @Test
    void coarseOutputsAreRowsOfTheHourlyGrid() {
        ClinicalGrid g = ClinicalGrid.of(new double[] {0, 24, 48}, 48);
        assertEquals(49, g.timeH().length);
        assertEquals(48, g.timeH()[48], 0);
        assertArrayEquals(new int[] {0, 24, 48}, g.requested());
    }

    @Test
    void fineOutputsAddRowsBetweenTheHours() {
        ClinicalGrid g = ClinicalGrid.of(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, 2.5);
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, g.timeH(), 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, g.requested());
    }

    @Test
    void timesWithinTheToleranceAreOneRowKeepingTheRequestedValue() {
        double near = 3 + 4e-10;
        ClinicalGrid g = ClinicalGrid.of(new double[] {0, near, 5.2}, 5.2);
        assertArrayEquals(new double[] {0, 1, 2, near, 4, 5, 5.2}, g.timeH(), 0);
        assertArrayEquals(new int[] {0, 3, 6}, g.requested());
        // a stopped run: the rows reached hold the first two requested rows only
        assertEquals(2, g.requestedWithin(6));
        assertArrayEquals(new double[] {0, near}, g.select(g.timeH(), 2), 0);
    }
}

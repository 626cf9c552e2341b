package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rules and a curve small enough to check by hand; the R comparison is SurvivalAgainstRTest. */
class KaplanMeierTest {

    /**
     * Times 1, 2+, 3, 3, 4+ (+ = censored), by hand: at t=1, 5 at risk, 1 death: S = 4/5 = 0.8,
     * Greenwood 1/(5·4) = 0.05; t=2 censoring only; t=3, 3 at risk, 2 deaths: S = 0.8·1/3 =
     * 0.266667, Greenwood 0.05 + 2/(3·1) = 0.716667, se(S) = 0.266667·√0.716667 = 0.266667·0.846562
     * = 0.225750.
     * Median: S first ≤ 0.5 at t=3.
     */
    @Test
    void smallCurveByHand() {
        SurvivalCurve c = KaplanMeier.fit(List.of(SurvivalObservation.of(3, true, 0),
                SurvivalObservation.of(1, true, 0), SurvivalObservation.of(2, false, 0),
                SurvivalObservation.of(4, false, 0), SurvivalObservation.of(3, true, 0)));

        assertEquals(4, c.steps().size());
        assertEquals(5, c.observations());
        assertEquals(3, c.events());
        SurvivalCurve.Step atThree = c.steps().get(2);
        assertEquals(3.0, atThree.time());
        assertEquals(3, atThree.atRisk());
        assertEquals(2, atThree.events());
        assertEquals(0.266667, atThree.survival(), 1e-6);
        assertEquals(0.225750, atThree.stdErr(), 1e-6);
        assertEquals(0.8, c.steps().get(1).survival(), 1e-15);
        assertEquals(1, c.steps().get(1).censored());
        assertEquals(3.0, c.median().estimate().getAsDouble());
    }

    @Test
    void noObservationsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(List.of()));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.byGroup(List.of()));
    }

    @Test
    void aGroupWithoutObservationsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.byGroup(List.of(SurvivalObservation.of(1, true, 0),
                        SurvivalObservation.of(2, true, 2))));

        assertTrue(e.getMessage().contains("group 1"), e.getMessage());
    }

    @Test
    void medianNotReachedIsEmpty() {
        SurvivalCurve c = KaplanMeier.fit(List.of(SurvivalObservation.of(1, true, 0),
                SurvivalObservation.of(2, false, 0), SurvivalObservation.of(3, false, 0)));

        assertTrue(c.median().estimate().isEmpty());
    }
}

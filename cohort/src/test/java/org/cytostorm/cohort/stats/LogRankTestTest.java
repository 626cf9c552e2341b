package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rules and degenerate data; the R comparison is SurvivalAgainstRTest. */
class LogRankTestTest {

    /**
     * Group 0 dies at 1 and 2, group 1 is censored at 3 and 4. By hand, with d deaths among n at
     * risk, n₀ of them in group 0: E₀ += d·n₀/n, V₀₀ += d·n₀(n - d)/(n(n - 1))·(1 - n₀/n).
     * t=1: n = 4, n₀ = 2: E₀ += 0.5, V₀₀ += 1·2·3/(4·3)·(1/2) = 0.25;
     * t=2: n = 3, n₀ = 1: E₀ += 1/3, V₀₀ += 1·1·2/(3·2)·(2/3) = 0.222222.
     * O₀ - E₀ = 2 - 0.833333 = 1.166667, χ² = 1.166667²/0.472222 = 2.882353.
     */
    @Test
    void twoGroupsByHand() {
        LogRankTest t = LogRankTest.of(List.of(SurvivalObservation.of(1, true, 0),
                SurvivalObservation.of(2, true, 0), SurvivalObservation.of(3, false, 1),
                SurvivalObservation.of(4, false, 1)));

        assertEquals(0.833333, t.groups().get(0).expected(), 1e-6);
        assertEquals(2, t.groups().get(0).observed());
        assertEquals(2.882353, t.test().statistic(), 1e-6);
        assertEquals(1, t.test().degreesOfFreedom());
    }

    @Test
    void oneGroupIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogRankTest.of(List.of(SurvivalObservation.of(1, true, 0))));
        assertTrue(e.getMessage().contains("two groups"), e.getMessage());
    }

    @Test
    void emptyGroupIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogRankTest.of(List.of(
                SurvivalObservation.of(1, true, 0), SurvivalObservation.of(1, true, 2))));
    }

    /** No events at all: nothing to test, as R's survdiff gives chi-square 0 on 0 df. */
    @Test
    void noEventsIsNoTest() {
        LogRankTest t = LogRankTest.of(List.of(SurvivalObservation.of(1, false, 0),
                SurvivalObservation.of(2, false, 1)));

        assertEquals(0.0, t.test().statistic());
        assertEquals(0, t.test().degreesOfFreedom());
        assertTrue(Double.isNaN(t.test().p()));
    }
}

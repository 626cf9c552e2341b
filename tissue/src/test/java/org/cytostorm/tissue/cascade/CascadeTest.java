package org.cytostorm.tissue.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.tissue.run.FrontSpeeds;
import org.cytostorm.tissue.run.FrontSpeeds.Measured;
import org.junit.jupiter.api.Test;

/**
 * Acceptance for the inflammatory death cascade: a focal infection makes a travelling front of
 * dead tissue whose speed rises with IL-1β's diffusion coefficient and falls with the death
 * threshold; with inflammatory death off the damage stays at the focus; blocking TNF-α or IFN-γ
 * slows the front and blocking both stops it. Each variant changes one thing of the reference
 * (see {@link FrontSpeeds#CASES}, in that order).
 */
class CascadeTest {
    /** Three cell diameters beyond the infected focus. */
    private static final double LOCAL = FrontSpeeds.FOCUS_RADIUS_UM + 30;

    private static Measured m(int i) {
        return FrontSpeeds.get(i);
    }

    @Test
    void focalInfectionProducesATravellingFront() {
        Measured ref = m(0);
        assertTrue(ref.speedUmPerHour() > 20, "front speed " + ref.speedUmPerHour() + " µm/h");
        assertTrue(ref.farthestDeathUm() > 1200, "damage reached " + ref.farthestDeathUm() + " µm");
    }

    @Test
    void frontSpeedRisesWithIl1bDiffusion() {
        double slow = m(1).speedUmPerHour();
        double ref = m(0).speedUmPerHour();
        double fast = m(2).speedUmPerHour();
        assertTrue(slow < ref && ref < fast, "speeds at D = 30, 60, 120 µm²/min: " + slow + ", " + ref + ", " + fast);
    }

    @Test
    void frontSpeedFallsWithTheDeathThreshold() {
        double low = m(3).speedUmPerHour();
        double ref = m(0).speedUmPerHour();
        double high = m(4).speedUmPerHour();
        assertTrue(low > ref && ref > high, "speeds at thresholds 0.2, 0.3, 0.6: " + low + ", " + ref + ", " + high);
    }

    @Test
    void withoutInflammatoryDeathDamageStaysAtTheFocus() {
        Measured off = m(5);
        assertTrue(off.farthestDeathUm() <= LOCAL, "farthest death " + off.farthestDeathUm() + " µm");
        assertEquals(0, off.speedUmPerHour());
    }

    @Test
    void blockingTnfOrIfngSlowsTheFrontAndBlockingBothStopsIt() {
        double ref = m(0).speedUmPerHour();
        assertTrue(m(6).speedUmPerHour() < 0.8 * ref, "anti-TNF " + m(6).speedUmPerHour() + " vs " + ref);
        assertTrue(m(7).speedUmPerHour() < 0.8 * ref, "anti-IFN-γ " + m(7).speedUmPerHour() + " vs " + ref);
        Measured both = m(8);
        assertTrue(both.farthestDeathUm() <= LOCAL, "with both blocked the damage reached " + both.farthestDeathUm());
        assertEquals(0, both.speedUmPerHour());
    }
}

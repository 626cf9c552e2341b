package org.cytostorm.engine.solve.rosenbrock;

/**
 * Step-size controller of Hairer &amp; Wanner's RODAS code (Solving ODEs II, §IV.8): the classical
 * controller h<sub>new</sub> = h / fac, fac = clamp(err<sup>1/(q+1)</sup> / safety, 1/6, 5), combined
 * with Gustafsson's predictive controller ("Control-theoretic techniques for stepsize selection in
 * implicit Runge-Kutta methods", ACM TOMS 1994), which takes the smaller of the two proposals after
 * an accepted step. Gustafsson's formula models the local error as err ≈ φ h<sup>q+1</sup> with a
 * slowly varying φ and extrapolates φ's trend from the last two accepted steps; that avoids the
 * oscillating accept/reject pattern of the classical controller on stiff problems.
 *
 * <p>Works on step-size magnitudes. Holds the history of the last accepted step; {@link #reset()}
 * forgets it (after a restart).
 */
final class StepSizeController {

    static final double SAFETY = 0.9;
    /** Largest growth of h from one step to the next. */
    static final double MAX_GROWTH = 6.0;
    /** Largest shrink of h after a rejection (h_new ≥ 0.2 h). */
    static final double MAX_SHRINK = 5.0;
    /** Floor of the previous error in Gustafsson's formula, as in RODAS. */
    private static final double MIN_PREVIOUS_ERROR = 1e-2;

    private final double exponent;
    private boolean haveHistory;
    private double previousH;
    private double previousError;

    /** @param embeddedOrder q, the order of the embedded solution the error is estimated with */
    StepSizeController(int embeddedOrder) {
        this.exponent = 1.0 / (embeddedOrder + 1);
    }

    void reset() {
        haveHistory = false;
    }

    /**
     * The next step size after accepting a step of size {@code h} with scaled error {@code err ≤ 1}.
     *
     * @param afterRejection whether an attempt was rejected before this step was accepted: then h does
     *                       not grow (RODAS: "HNEW = MIN(HNEW, H)" after a rejection)
     */
    double accepted(double h, double err, boolean afterRejection) {
        double fac = classicalFactor(err);
        if (haveHistory) {
            double predictive = (previousH / h) * Math.pow(err * err / previousError, exponent) / SAFETY;
            fac = Math.max(fac, clamp(predictive));
        }
        haveHistory = true;
        previousH = h;
        previousError = Math.max(MIN_PREVIOUS_ERROR, err);
        double hNew = h / fac;
        return afterRejection ? Math.min(hNew, h) : hNew;
    }

    /** The step size to retry with after rejecting a step of size {@code h} with scaled error {@code err > 1}. */
    double rejected(double h, double err) {
        return h / classicalFactor(err);
    }

    private double classicalFactor(double err) {
        return clamp(Math.pow(err, exponent) / SAFETY);
    }

    /** fac = h / h_new, kept within [1/MAX_GROWTH, MAX_SHRINK]; NaN is treated as the largest shrink. */
    private static double clamp(double fac) {
        if (!(fac <= MAX_SHRINK)) {
            return MAX_SHRINK;
        }
        return Math.max(1.0 / MAX_GROWTH, fac);
    }
}

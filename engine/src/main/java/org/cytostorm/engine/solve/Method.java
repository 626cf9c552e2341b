package org.cytostorm.engine.solve;

/** The integration method of a run. */
public enum Method {
    /**
     * Chosen per run: Dormand-Prince 8(5,3) when the system looks non-stiff over the run, Rodas5P
     * otherwise, switching to Rodas5P mid-run if Dormand-Prince's step size becomes limited by
     * stability rather than accuracy.
     */
    AUTO,
    /** Rosenbrock method of order 5(4) for stiff systems (Steinebach 2023), analytic Jacobian. */
    RODAS5P,
    /** Rosenbrock method of order 4(3) (Hairer and Wanner), analytic Jacobian. */
    RODAS4,
    /** Explicit Dormand-Prince 8(5,3) from Hipparchus, for non-stiff systems. */
    DOPRI853
}

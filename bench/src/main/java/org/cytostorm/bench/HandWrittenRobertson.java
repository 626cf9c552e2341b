package org.cytostorm.bench;

import java.util.Arrays;
import org.cytostorm.engine.solve.OdeFunction;

/**
 * Robertson's stiff chemical kinetics problem by hand: y1' = −0.04 y1 + 10⁴ y2 y3,
 * y2' = 0.04 y1 − 10⁴ y2 y3 − 3·10⁷ y2², y3' = 3·10⁷ y2², with its analytic Jacobian.
 * Same state order as {@link BenchModels#ROBERTSON}.
 */
public final class HandWrittenRobertson implements OdeFunction {

    public static final double[] INITIAL = {1.0, 0.0, 0.0};

    private final double k1 = 0.04;
    private final double k2 = 3e7;
    private final double k3 = 1e4;

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        final double y1 = y[0];
        final double y2 = y[1];
        final double y3 = y[2];
        final double a = k1 * y1;
        final double b = k3 * y2 * y3;
        final double c = k2 * y2 * y2;
        dydt[0] = -a + b;
        dydt[1] = a - b - c;
        dydt[2] = c;
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        final double y2 = y[1];
        final double y3 = y[2];
        final double k3y3 = k3 * y3;
        final double k3y2 = k3 * y2;
        final double twoK2y2 = 2 * k2 * y2;
        dfdy[0] = -k1;
        dfdy[1] = k3y3;
        dfdy[2] = k3y2;
        dfdy[3] = k1;
        dfdy[4] = -k3y3 - twoK2y2;
        dfdy[5] = -k3y2;
        dfdy[6] = 0.0;
        dfdy[7] = twoK2y2;
        dfdy[8] = 0.0;
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] dfdt) {
        Arrays.fill(dfdt, 0, 3, 0.0);
    }
}

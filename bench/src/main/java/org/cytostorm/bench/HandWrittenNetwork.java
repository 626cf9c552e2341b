package org.cytostorm.bench;

import java.util.Arrays;
import java.util.List;
import org.cytostorm.engine.solve.OdeFunction;

/**
 * A mass-action network the way one writes it by hand: reactions in flat arrays grouped by order
 * (inflows, first order, second order) with their species indices and rate constants, and loops
 * over them for the rates, the derivatives and the analytic Jacobian (∂(k·a·b)/∂a = k·b). Built
 * by {@link StiffNetwork#handWritten()}.
 */
public final class HandWrittenNetwork implements OdeFunction {

    private final int n;

    // zeroth order: -> product; k
    private final int[] inProduct;
    private final double[] inK;
    // first order: a -> product (or nothing); k*a
    private final int[] firstA;
    private final int[] firstProduct;
    private final double[] firstK;
    // second order: a + b -> product; k*a*b
    private final int[] secondA;
    private final int[] secondB;
    private final int[] secondProduct;
    private final double[] secondK;

    HandWrittenNetwork(StiffNetwork network) {
        this.n = network.species();
        List<StiffNetwork.Reaction> rs = network.reactions();
        int[] count = new int[3];
        for (StiffNetwork.Reaction r : rs) {
            count[r.order()]++;
        }
        inProduct = new int[count[0]];
        inK = new double[count[0]];
        firstA = new int[count[1]];
        firstProduct = new int[count[1]];
        firstK = new double[count[1]];
        secondA = new int[count[2]];
        secondB = new int[count[2]];
        secondProduct = new int[count[2]];
        secondK = new double[count[2]];
        int i0 = 0;
        int i1 = 0;
        int i2 = 0;
        for (StiffNetwork.Reaction r : rs) {
            switch (r.order()) {
                case 0:
                    inProduct[i0] = r.product();
                    inK[i0++] = r.k();
                    break;
                case 1:
                    firstA[i1] = r.a();
                    firstProduct[i1] = r.product();
                    firstK[i1++] = r.k();
                    break;
                default:
                    secondA[i2] = r.a();
                    secondB[i2] = r.b();
                    secondProduct[i2] = r.product();
                    secondK[i2++] = r.k();
                    break;
            }
        }
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        Arrays.fill(dydt, 0, n, 0.0);
        for (int r = 0; r < inK.length; r++) {
            dydt[inProduct[r]] += inK[r];
        }
        for (int r = 0; r < firstK.length; r++) {
            final int a = firstA[r];
            final double v = firstK[r] * y[a];
            dydt[a] -= v;
            final int p = firstProduct[r];
            if (p >= 0) {
                dydt[p] += v;
            }
        }
        for (int r = 0; r < secondK.length; r++) {
            final int a = secondA[r];
            final int b = secondB[r];
            final double v = secondK[r] * y[a] * y[b];
            dydt[a] -= v;
            dydt[b] -= v;
            dydt[secondProduct[r]] += v;
        }
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        Arrays.fill(dfdy, 0, n * n, 0.0);
        for (int r = 0; r < firstK.length; r++) {
            final int a = firstA[r];
            final double k = firstK[r];
            dfdy[a * n + a] -= k;
            final int p = firstProduct[r];
            if (p >= 0) {
                dfdy[p * n + a] += k;
            }
        }
        for (int r = 0; r < secondK.length; r++) {
            final int a = secondA[r];
            final int b = secondB[r];
            final int p = secondProduct[r];
            final double dva = secondK[r] * y[b]; // ∂v/∂a
            final double dvb = secondK[r] * y[a]; // ∂v/∂b
            final int rowA = a * n;
            final int rowB = b * n;
            final int rowP = p * n;
            dfdy[rowA + a] -= dva;
            dfdy[rowA + b] -= dvb;
            dfdy[rowB + a] -= dva;
            dfdy[rowB + b] -= dvb;
            dfdy[rowP + a] += dva;
            dfdy[rowP + b] += dvb;
        }
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] dfdt) {
        Arrays.fill(dfdt, 0, n, 0.0);
    }
}

package org.cytostorm.bench;

import java.util.Arrays;
import org.cytostorm.engine.solve.OdeFunction;

/**
 * The Reynolds et al. 2006 reduced acute inflammatory response written by hand, as a careful
 * programmer would: the equations of {@code ../shared/peers/reynolds_cvode.c} (the right-hand side
 * the C, SciPy and R peers use), constants in final fields, shared subexpressions computed once,
 * x<sup>6</sup> by multiplication, and the analytic Jacobian derived on paper.
 *
 * <p>State order as in {@code examples/reynolds2006.ant}: P, Nstar, D, C_A (compartment size 1,
 * so amounts and concentrations coincide).
 */
public final class HandWrittenReynolds implements OdeFunction {

    public static final double[] INITIAL = {1.0, 0.0, 0.0, 0.125};

    private final double kpg = 0.3;
    private final double pinf = 20;
    private final double kpm = 0.6;
    private final double sm = 0.005;
    private final double mum = 0.002;
    private final double kmp = 0.01;
    private final double kpn = 1.8;
    private final double knp = 0.1;
    private final double knn = 0.01;
    private final double knd = 0.02;
    private final double snr = 0.08;
    private final double munr = 0.12;
    private final double mun = 0.05;
    private final double kdn = 0.35;
    private final double xdn = 0.06;
    private final double mud = 0.02;
    private final double cinf = 0.28;
    private final double sc = 0.0125;
    private final double kcn = 0.04;
    private final double kcnd = 48;
    private final double muc = 0.1;

    // derived constants
    private final double kpmSm = kpm * sm;
    private final double xdn6;
    private final double invCinf = 1.0 / cinf;
    private final double twoOverCinf2 = 2.0 / (cinf * cinf);

    public HandWrittenReynolds() {
        double x3 = xdn * xdn * xdn;
        this.xdn6 = x3 * x3;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        final double p = y[0];
        final double n = y[1];
        final double d = y[2];
        final double ca = y[3];
        final double q = ca * invCinf;
        final double inv = 1.0 / (1.0 + q * q);
        final double fN = n * inv;
        final double r = (knn * n + knp * p + knd * d) * inv;
        final double fN3 = fN * fN * fN;
        final double fN6 = fN3 * fN3;
        final double fs = fN6 / (xdn6 + fN6);
        final double g = (n + kcnd * d) * inv;
        dydt[0] = kpg * p * (1 - p / pinf) - kpmSm * p / (mum + kmp * p) - kpn * fN * p;
        dydt[1] = snr * r / (munr + r) - mun * n;
        dydt[2] = kdn * fs - mud * d;
        dydt[3] = sc + kcn * g / (1 + g) - muc * ca;
    }

    /**
     * With q = C_A/c_inf, inv = 1/(1+q²) and dlog = ∂ln(inv)/∂C_A = −2 C_A inv / c_inf²: every
     * damped quantity X·inv (fN, R, g) has ∂/∂C_A = (X·inv)·dlog.
     */
    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        final double p = y[0];
        final double n = y[1];
        final double d = y[2];
        final double ca = y[3];
        final double q = ca * invCinf;
        final double inv = 1.0 / (1.0 + q * q);
        final double dlog = -twoOverCinf2 * ca * inv;
        final double fN = n * inv;
        final double r = (knn * n + knp * p + knd * d) * inv;
        final double g = (n + kcnd * d) * inv;

        // f0 = kpg P (1 - P/pinf) - kpm sm P/(mum + kmp P) - kpn fN P
        final double m = mum + kmp * p;
        dfdy[0] = kpg * (1 - 2 * p / pinf) - kpmSm * mum / (m * m) - kpn * fN;
        dfdy[1] = -kpn * p * inv;
        dfdy[2] = 0.0;
        dfdy[3] = -kpn * p * fN * dlog;

        // f1 = snr R/(munr + R) - mun N
        final double mr = munr + r;
        final double hr = snr * munr / (mr * mr);
        final double hrInv = hr * inv;
        dfdy[4] = hrInv * knp;
        dfdy[5] = hrInv * knn - mun;
        dfdy[6] = hrInv * knd;
        dfdy[7] = hr * r * dlog;

        // f2 = kdn fN^6/(xdn^6 + fN^6) - mud D
        final double fN2 = fN * fN;
        final double fN5 = fN2 * fN2 * fN;
        final double fN6 = fN5 * fN;
        final double s = xdn6 + fN6;
        final double dfs = kdn * 6 * fN5 * xdn6 / (s * s);
        dfdy[8] = 0.0;
        dfdy[9] = dfs * inv;
        dfdy[10] = -mud;
        dfdy[11] = dfs * fN * dlog;

        // f3 = sc + kcn g/(1 + g) - muc C_A
        final double g1 = 1 + g;
        final double ug = kcn / (g1 * g1);
        dfdy[12] = 0.0;
        dfdy[13] = ug * inv;
        dfdy[14] = ug * kcnd * inv;
        dfdy[15] = ug * g * dlog - muc;
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] dfdt) {
        Arrays.fill(dfdt, 0, 4, 0.0);
    }
}

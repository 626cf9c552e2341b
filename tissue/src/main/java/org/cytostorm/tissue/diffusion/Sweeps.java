package org.cytostorm.tissue.diffusion;

/**
 * The solver's inner loops, on one field's array in place. Each voxel's arithmetic depends only on
 * its own line's data, never on how lines or columns are grouped into blocks or threads: the same
 * operations in the same order, which is what makes results bitwise independent of the thread
 * count.
 */
final class Sweeps {

    private Sweeps() {
    }

    /** BioFVM's implicit secretion and uptake, {@code p ← (p + dt·s)/(1 + dt·u)}, on {@code [from, to)}. */
    static void secrete(double[] p, double[] s, double[] u, double dt, int from, int to) {
        for (int v = from; v < to; v++) {
            p[v] = Math.fma(dt, s[v], p[v]) / Math.fma(dt, u[v], 1);
        }
    }

    /**
     * A field that does not diffuse, its whole step at once: secretion and uptake, then the
     * implicit decay of all sweeps, {@code decay = (1 + λ·dt/d)^−d}.
     */
    static void secreteAndDecay(double[] p, double[] s, double[] u, double dt, double decay, int from, int to) {
        for (int v = from; v < to; v++) {
            p[v] = Math.fma(dt, s[v], p[v]) / Math.fma(dt, u[v], 1) * decay;
        }
    }

    /**
     * Solves {@code count} contiguous lines of {@code n} voxels, line {@code l} at
     * {@code start + l·n}. Four lines at a time: each line's forward and backward passes are a
     * chain of dependent fused multiply-adds, and four independent chains keep the core busy where
     * one would wait on each result.
     */
    static void lines(double[] p, int start, int n, int count, LineFactors f, double low, double high) {
        double[] m = f.scale();
        double[] e = f.coupling();
        int l = 0;
        for (; l + 4 <= count; l += 4) {
            fourLines(p, start + l * n, n, m, e, low, high);
        }
        for (; l < count; l++) {
            line(p, start + l * n, n, m, e, low, high);
        }
    }

    private static void line(double[] p, int o, int n, double[] m, double[] e, double low, double high) {
        double a = low;
        for (int i = 0; i < n; i++) {
            a = Math.fma(e[i], a, p[o + i] * m[i]);
            p[o + i] = a;
        }
        a = high;
        for (int i = n - 1; i >= 0; i--) {
            a = Math.fma(e[i], a, p[o + i]);
            p[o + i] = a;
        }
    }

    /** Four {@link #line}s interleaved: the same operations per voxel. */
    private static void fourLines(double[] p, int o0, int n, double[] m, double[] e, double low, double high) {
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        double a0 = low;
        double a1 = low;
        double a2 = low;
        double a3 = low;
        for (int i = 0; i < n; i++) {
            double mi = m[i];
            double ei = e[i];
            a0 = Math.fma(ei, a0, p[o0 + i] * mi);
            p[o0 + i] = a0;
            a1 = Math.fma(ei, a1, p[o1 + i] * mi);
            p[o1 + i] = a1;
            a2 = Math.fma(ei, a2, p[o2 + i] * mi);
            p[o2 + i] = a2;
            a3 = Math.fma(ei, a3, p[o3 + i] * mi);
            p[o3 + i] = a3;
        }
        a0 = high;
        a1 = high;
        a2 = high;
        a3 = high;
        for (int i = n - 1; i >= 0; i--) {
            double ei = e[i];
            a0 = Math.fma(ei, a0, p[o0 + i]);
            p[o0 + i] = a0;
            a1 = Math.fma(ei, a1, p[o1 + i]);
            p[o1 + i] = a1;
            a2 = Math.fma(ei, a2, p[o2 + i]);
            p[o2 + i] = a2;
            a3 = Math.fma(ei, a3, p[o3 + i]);
            p[o3 + i] = a3;
        }
    }

    /**
     * Solves along a strided axis (y or z) for {@code width} neighbouring lines at once: row
     * {@code j} of the block starts at {@code base + j·stride}. The recurrence runs over rows, and
     * within a row the lines are independent, so each row update is a unit-stride loop the JIT
     * vectorises, instead of a strided walk down one line.
     */
    static void rows(double[] p, int base, int stride, int rows, int width, LineFactors f, double low, double high) {
        double[] m = f.scale();
        double[] e = f.coupling();
        double m0 = m[0];
        double e0 = e[0];
        for (int c = base; c < base + width; c++) {
            p[c] = Math.fma(e0, low, p[c] * m0);
        }
        for (int j = 1; j < rows; j++) {
            int cur = base + j * stride;
            int prev = cur - stride;
            double mj = m[j];
            double ej = e[j];
            for (int c = 0; c < width; c++) {
                p[cur + c] = Math.fma(ej, p[prev + c], p[cur + c] * mj);
            }
        }
        int last = base + (rows - 1) * stride;
        double el = e[rows - 1];
        for (int c = last; c < last + width; c++) {
            p[c] = Math.fma(el, high, p[c]);
        }
        for (int j = rows - 2; j >= 0; j--) {
            int cur = base + j * stride;
            int next = cur + stride;
            double ej = e[j];
            for (int c = 0; c < width; c++) {
                p[cur + c] = Math.fma(ej, p[next + c], p[cur + c]);
            }
        }
    }
}

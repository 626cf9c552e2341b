package org.cytostorm.sensitivity.design;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's design for first-order and total Sobol indices (Saltelli et al., Comput Phys Commun
 * 2010;181:259): two base matrices A and B of N points, taken as the two halves of a 2k-dimensional
 * Sobol sequence (its first point, all zeros, skipped), and for each factor i the matrix A_B(i), A
 * with column i taken from B. Rows are ordered block by block: A (rows 0 to N - 1), B, then
 * A_B(1) to A_B(k), N(k + 2) evaluations in all. A power of two for N keeps the sequence balanced.
 *
 * <p>Hipparchus's generator gives the direction numbers of Joe and Kuo (2008) for up to 1000
 * dimensions, so k is at most 500. Each thread keeps its own generator (it holds state).
 */
public final class SaltelliDesign implements Design {

    /** The most factors: half the dimensions of Hipparchus's Sobol direction numbers. */
    public static final int MAX_FACTORS = 500;

    private final int n;
    private final int k;
    private final ThreadLocal<SobolSequenceGenerator> sequence;

    /**
     * @param baseSamples N, the points of each base matrix
     * @param factors     k
     */
    public SaltelliDesign(int baseSamples, int factors) {
        if (baseSamples < 2) {
            throw new IllegalArgumentException("a Saltelli design needs 2 or more base samples, not " + baseSamples);
        }
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("a Saltelli design takes 1 to " + MAX_FACTORS + " factors, not " + factors);
        }
        this.n = baseSamples;
        this.k = factors;
        this.sequence = ThreadLocal.withInitial(() -> new SobolSequenceGenerator(2 * k));
    }

    /** N, the points of each base matrix. */
    public int baseSamples() {
        return n;
    }

    @Override
    public int factors() {
        return k;
    }

    @Override
    public long rows() {
        return (long) n * (k + 2);
    }

    /** The block of a row: 0 for A, 1 for B, 2 + i for A_B(i). */
    public int block(long row) {
        return (int) (row / n);
    }

    /** The base sample of a row (its row in A and B). */
    public int sample(long row) {
        return (int) (row % n);
    }

    @Override
    public void point(long row, double[] u) {
        int block = block(row);
        double[] p = sequence.get().skipTo(sample(row) + 1);
        for (int i = 0; i < k; i++) {
            u[i] = block == 1 || block == 2 + i ? p[k + i] : p[i];
        }
    }

    @Override
    public String label(long row) {
        int block = block(row);
        return block == 0 ? "A" : block == 1 ? "B" : "AB:" + (block - 1);
    }
}

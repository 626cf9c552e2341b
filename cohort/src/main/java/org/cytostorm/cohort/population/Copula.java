package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.common.input.InputException;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The Gaussian copula of a population's correlations: the variables named in them (in order of
 * first mention) and the Cholesky factor L of their correlation matrix, so that independent
 * standard normals e become correlated normal scores z = L·e, each mapped to its variable's
 * distribution by that distribution's quantile of Φ(z). Immutable.
 *
 * <p>Why refuse rather than repair a matrix that is not positive definite (as a nearest-PD
 * projection would): a spec whose correlations contradict one another (a ~ b 0.9, b ~ c 0.9,
 * a ~ c -0.9) has a mistake in it, and a repaired matrix would give correlations the user did not
 * write. The entry that makes the matrix impossible is named, with its line.
 */
final class Copula {

    /** Correlation entries a spec may hold: a matrix of a few hundred variables factors in milliseconds. */
    static final int MAX_ENTRIES = 500;

    static final Copula NONE = new Copula(List.of(), new double[0][0]);

    private final List<String> names;
    private final double[][] lower;

    private Copula(List<String> names, double[][] lower) {
        this.names = List.copyOf(names);
        this.lower = lower;
    }

    /**
     * The copula of these entries.
     *
     * @throws org.cytostorm.common.input.InputException at the entry that makes the matrix not
     *                                                   positive definite, or one that repeats a pair
     *                                                   or pairs a variable with itself
     */
    static Copula of(List<CorrelationSpec> entries) {
        if (entries.isEmpty()) {
            return NONE;
        }
        if (entries.size() > MAX_ENTRIES) {
            throw entries.get(MAX_ENTRIES).where().error(String.format(Locale.ROOT,
                    "%d correlations; a population may have at most %d", entries.size(), MAX_ENTRIES));
        }
        Map<String, CorrelationSpec> pairs = new LinkedHashMap<>();
        for (CorrelationSpec c : entries) {
            if (c.first().equals(c.second())) {
                throw c.where().error("correlates " + c.first() + " with itself; name two variables");
            }
            CorrelationSpec before = pairs.putIfAbsent(pairKey(c.first(), c.second()), c);
            if (before != null) {
                throw c.where().error("the correlation of " + c.first() + " and " + c.second() + " is given twice"
                        + (before.where().line() > 0 ? " (first at line " + before.where().line() + ")" : ""));
            }
        }
        List<String> vars = variables(entries);
        double[][] m = matrix(entries, vars);
        double[][] l = cholesky(m, vars.size());
        if (l == null) {
            throw impossible(entries, vars, m);
        }
        return new Copula(vars, l);
    }

    /**
     * The refusal of a matrix that is not positive definite, at the entry to blame: the smallest k
     * for which the first k variables (in order of mention) have an impossible matrix makes the
     * k-th variable the one that does not fit, and the last entry pairing it with an earlier one is
     * named, with the lines of all entries among those k variables.
     */
    private static InputException impossible(List<CorrelationSpec> entries, List<String> vars, double[][] m) {
        int k = 2;
        while (k < vars.size() && cholesky(m, k) != null) {
            k++;
        }
        List<String> among = vars.subList(0, k);
        String last = vars.get(k - 1);
        CorrelationSpec blamed = null;
        List<String> lines = new ArrayList<>();
        for (CorrelationSpec c : entries) {
            if (among.contains(c.first()) && among.contains(c.second())) {
                lines.add(Integer.toString(c.where().line()));
                if (c.first().equals(last) || c.second().equals(last)) {
                    blamed = c;
                }
            }
        }
        return blamed.where().error("the correlations of " + String.join(", ", among) + " (lines "
                + String.join(", ", lines) + "; a pair not written is 0) form a matrix that is not positive"
                + " definite: no population can have them all at once (they contradict one another, or one is ±1);"
                + " weaken them or write the missing pairs");
    }

    /** The correlation matrix of the entries, 1 on the diagonal and 0 for pairs not written. */
    private static double[][] matrix(List<CorrelationSpec> entries, List<String> vars) {
        double[][] m = MatrixUtils.createRealIdentityMatrix(vars.size()).getData();
        for (CorrelationSpec c : entries) {
            int i = vars.indexOf(c.first());
            int j = vars.indexOf(c.second());
            m[i][j] = c.rho();
            m[j][i] = c.rho();
        }
        return m;
    }

    /** The Cholesky factor of the leading n×n block, or null when that block is not positive definite. */
    private static double[][] cholesky(double[][] m, int n) {
        RealMatrix block = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                block.setEntry(i, j, m[i][j]);
            }
        }
        try {
            return new CholeskyDecomposition(block).getL().getData();
        } catch (MathIllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> variables(List<CorrelationSpec> entries) {
        List<String> vars = new ArrayList<>();
        for (CorrelationSpec c : entries) {
            if (!vars.contains(c.first())) {
                vars.add(c.first());
            }
            if (!vars.contains(c.second())) {
                vars.add(c.second());
            }
        }
        return vars;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** The correlated variables, in order of first mention. */
    List<String> names() {
        return names;
    }

    /** The correlated normal scores z = L·e of independent standard normals e (in {@link #names} order). */
    double[] correlate(double[] e) {
        int n = names.size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += lower[i][j] * e[j];
            }
            z[i] = s;
        }
        return z;
    }
}

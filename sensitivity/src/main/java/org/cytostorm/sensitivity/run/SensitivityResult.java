package org.cytostorm.sensitivity.run;

import java.util.Comparator;
import java.util.List;

import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.SobolIndex;

/**
 * A finished analysis: what was varied and read, how many evaluations ran and failed, and the
 * indices (Sobol) or effects (Morris), each list ranked per readout, most influential first.
 *
 * @param method       the analysis
 * @param subject      what was analysed (a scenario's name or a model file)
 * @param factors      the factors, in design order
 * @param outputs      the readouts
 * @param samples      base samples N (Sobol) or trajectories r (Morris)
 * @param seed         the seed (Morris design, bootstrap)
 * @param bootstrap    bootstrap resamples of the intervals
 * @param evaluations  the design's points
 * @param failed       evaluations whose simulation failed
 * @param failures     up to ten of their reasons, with the point's row
 * @param sobol        Sobol indices (empty for Morris), ranked by ST within each readout
 * @param morris       Morris effects (empty for Sobol), ranked by μ* within each readout
 */
public record SensitivityResult(org.cytostorm.sensitivity.Method method, String subject, List<Factor> factors,
        List<String> outputs, int samples, long seed, int bootstrap, long evaluations, long failed,
        List<String> failures, List<SobolIndex> sobol, List<MorrisEffect> morris) {

    public SensitivityResult {
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
        failures = List.copyOf(failures);
        sobol = List.copyOf(sobol);
        morris = List.copyOf(morris);
    }

    /** The Sobol indices of one readout, ranked by total index (NaN last). */
    public List<SobolIndex> sobol(String output) {
        return sobol.stream().filter(s -> s.output().equals(output))
                .sorted(Comparator.comparingDouble((SobolIndex s) -> rankKey(s.total().estimate()))).toList();
    }

    /** The Morris effects of one readout, ranked by μ* (NaN last). */
    public List<MorrisEffect> morris(String output) {
        return morris.stream().filter(m -> m.output().equals(output))
                .sorted(Comparator.comparingDouble((MorrisEffect m) -> rankKey(m.muStar().estimate()))).toList();
    }

    /** True for a Sobol analysis. */
    public boolean isSobol() {
        return method == Method.SOBOL;
    }

    private static double rankKey(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
    }
}

package org.cytostorm.cohort.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.cytostorm.cohort.trial.Endpoints;

/**
 * How an arm's (or a cohort's) outcomes are spread over its patients: quantiles of each figure
 * among the patients for whom it is defined, and the counts of each maximum grade. What a cohort
 * run reports (one arm, no comparison), and a trial reports beside its rates.
 *
 * @param n         patients
 * @param figures   per figure (survival, ventilator_free_days, resolution_day, crs_onset_day,
 *                  death_day, tumour_fraction), its quantiles
 * @param maxCrs    patients by highest CRS grade, grades 0 to 4
 * @param maxIcans  patients by highest ICANS grade, grades 0 to 4
 */
public record OutcomeDistribution(long n, Map<String, Quantiles> figures, List<Long> maxCrs, List<Long> maxIcans) {

    public OutcomeDistribution {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        maxCrs = List.copyOf(maxCrs);
        maxIcans = List.copyOf(maxIcans);
    }

    /**
     * Quantiles of a figure, by linear interpolation between order statistics (R's default,
     * {@code quantile(type = 7)}).
     *
     * @param n the patients for whom the figure is defined (not NaN)
     */
    public record Quantiles(long n, double mean, double min, double p5, double p25, double median, double p75,
            double p95, double max) {
    }

    /** The distribution of a group's endpoints. */
    public static OutcomeDistribution of(List<Endpoints> e) {
        Map<String, Quantiles> figures = new LinkedHashMap<>();
        figures.put("survival", quantiles(e, Endpoints::survival));
        figures.put("ventilator_free_days", quantiles(e, Endpoints::ventilatorFreeDays));
        figures.put("resolution_day", quantiles(e, Endpoints::resolutionDay));
        figures.put("crs_onset_day", quantiles(e, Endpoints::crsOnsetDay));
        figures.put("death_day", quantiles(e, x -> x.died() ? x.eventDay() : Double.NaN));
        figures.put("tumour_fraction", quantiles(e, Endpoints::tumourFraction));
        return new OutcomeDistribution(e.size(), figures, grades(e, Endpoints::maxCrsGrade),
                grades(e, Endpoints::maxIcansGrade));
    }

    private static List<Long> grades(List<Endpoints> e, java.util.function.ToIntFunction<Endpoints> grade) {
        long[] counts = new long[5];
        for (Endpoints x : e) {
            counts[Math.max(0, Math.min(4, grade.applyAsInt(x)))]++;
        }
        List<Long> out = new ArrayList<>();
        for (long c : counts) {
            out.add(c);
        }
        return out;
    }

    static Quantiles quantiles(List<Endpoints> e, ToDoubleFunction<Endpoints> figure) {
        double[] v = e.stream().mapToDouble(figure).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return new Quantiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        return new Quantiles(v.length, Arrays.stream(v).average().orElse(Double.NaN), v[0], type7(v, 0.05),
                type7(v, 0.25), type7(v, 0.5), type7(v, 0.75), type7(v, 0.95), v[v.length - 1]);
    }

    /** R's type-7 quantile of sorted values: h = (n - 1)p, interpolated between floor(h) and ceil(h). */
    public static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

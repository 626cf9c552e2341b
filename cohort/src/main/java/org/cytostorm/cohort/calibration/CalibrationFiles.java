package org.cytostorm.cohort.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;
import org.cytostorm.common.io.OutputSet;

/**
 * A calibration's files, committed as one set: DIR/weights.csv (a row per pool patient: index,
 * weight, and the course figures the targets read), DIR/fitted.csv (the fitted distribution of each
 * parameter: its pool median, fitted median and 90% range, standardised shift), DIR/calibration.json (per target: published,
 * pool, weighted pool and calibrated cohort figures, whether met; effective sample size; the spec
 * text) and, through a caller's hook, DIR/report.html.
 */
public final class CalibrationFiles {

    public static final String WEIGHTS = "weights.csv";
    public static final String SUMMARY = "calibration.json";
    public static final String REPORT = "report.html";
    public static final String SPEC = "calibration.yaml";
    /** The fitted distribution of each parameter ({@link FittedDistribution}), largest shift first. */
    public static final String FITTED = "fitted.csv";
    static final Set<String> OUTPUTS = Set.of(WEIGHTS, SUMMARY, REPORT, SPEC, FITTED);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the report of a calibration (the report module's job) into {@code file}. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(Calibration.Result result, Path file) throws IOException;
    }

    private CalibrationFiles() {
    }

    /** The output directory's entries. */
    public static Set<String> outputs() {
        return OUTPUTS;
    }

    /**
     * Checks before any simulation that {@code out} can take the set ({@link OutputSet#open} refuses a
     * file, an unwritable place or a directory holding other things), so that a bad --out costs nothing.
     */
    public static void check(Path out, String label, Set<String> names) throws IOException {
        try (OutputSet set = OutputSet.open(out, label, names)) {
            // opened and checked; nothing written
        }
    }

    /** Writes the set into {@code out} (named {@code label} in messages). */
    public static void write(Calibration.Result r, String specText, Path out, String label, Set<String> names,
            ReportWriter report) throws IOException {
        try (OutputSet set = OutputSet.open(out, label, names)) {
            Path work = set.staging();
            AtomicFiles.write(work.resolve(WEIGHTS), w -> {
                try (Csv.RowWriter cw = Csv.writer(w, List.of("patient", "weight", "max_crs_grade", "crs_onset_day",
                        "crs_duration_day", "max_icans_grade", "death", "iec_hs"))) {
                    double[] weights = r.solution().weights();
                    for (int i = 0; i < r.pool().size(); i++) {
                        Course c = r.pool().get(i);
                        cw.start().text(Long.toString(r.patients()[i])).number(weights[i])
                                .text(Integer.toString(c.maxCrsGrade())).number(c.crsOnsetDay()).number(c.crsDurationDay())
                                .text(Integer.toString(c.maxIcansGrade())).number(c.death())
                                .text(c.iecHs() > 0 ? "1" : "0").end();
                    }
                }
            });
            AtomicFiles.write(work.resolve(FITTED), w -> FittedDistributions.write(r.fitted(), w));
            AtomicFiles.writeString(work.resolve(SUMMARY), summary(r));
            AtomicFiles.writeString(work.resolve(SPEC), specText);
            if (report != null) {
                report.write(r, work.resolve(REPORT));
            }
            set.commit();
        }
    }

    static String summary(Calibration.Result r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calibration", r.spec().cohort().name());
        m.put("seed", r.seed());
        m.put("pool", r.spec().cohort().patients());
        m.put("pool_failed", r.failed());
        m.put("pool_enrolled", r.pool().size());
        m.put("cohort", r.cohortSize());
        m.put("effective_sample_size", r.solution().effectiveSampleSize());
        m.put("converged", r.solution().converged());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int k = 0; k < r.spec().targets().size(); k++) {
            Target t = r.spec().targets().get(k);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", t.name());
            e.put(t.isRate() ? "rate" : "median", nameOf(t));
            t.among().ifPresent(g -> e.put("among", g));
            e.put("published", t.value());
            e.put("tolerance", t.tolerance());
            e.put("pool", finite(r.prior()[k]));
            e.put("weighted", finite(r.weighted()[k]));
            e.put("calibrated_cohort", finite(r.cohort()[k]));
            e.put("met", r.met(k));
            e.put("source", t.source());
            targets.add(e);
        }
        m.put("targets", targets);
        List<Map<String, Object>> shifts = new ArrayList<>();
        for (FittedDistribution sh : r.shifts()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("parameter", sh.parameter());
            e.put("pool_median", finite(sh.poolMedian()));
            e.put("weighted_median", finite(sh.median()));
            e.put("standardised_shift", finite(sh.shift()));
            shifts.add(e);
        }
        m.put("parameters_moved_most", shifts);
        m.put("cytostorm", org.cytostorm.common.build.BuildInfo.current().describe());
        return JSON.writeValueAsString(m) + "\n";
    }

    private static String nameOf(Target t) {
        return t.measure() instanceof Measure.Rate rate ? rate.name() : ((Measure.Median) t.measure()).name();
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

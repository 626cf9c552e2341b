package org.cytostorm.cohort.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytostorm.common.input.InputException;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;

/**
 * Reads a calibration spec: a cohort spec (docs/cohorts.md: scenario, care, population, patients,
 * follow_up) and {@code targets}, each
 * <pre>
 *   {name: TEXT, rate: crs_any|crs_grade3|icans_any|icans_grade3|death|late_crs|iec_hs, value: 93%, source: TEXT}
 *   {name: TEXT, median: crs_onset_day|crs_duration_day, value: 2 d, source: TEXT}
 * </pre>
 * with an optional {@code tolerance} (default 10 points for a rate, 1 day for a median) and an
 * optional {@code among: SUBGROUP}, one of the spec's {@code subgroups} (the state at enrolment),
 * for a figure of that subgroup only. Every refusal names the file, line and key.
 */
public final class CalibrationSpecReader {

    static final List<String> TARGET_KEYS = List.of("name", "rate", "median", "value", "tolerance", "source",
            "among");

    private final TrialSpecReader cohorts;

    public CalibrationSpecReader(TrialSpecReader cohorts) {
        this.cohorts = cohorts;
    }

    /** Reads spec text; {@code file} names it in messages, {@code directory} resolves the files it names. */
    public CalibrationSpec read(String yaml, String file, Path directory) {
        TrialSpec cohort = cohorts.readCohort(yaml, file, directory, List.of("targets"));
        YamlNode root = YamlDocument.parse(yaml, file).orElseThrow();
        if (cohort.patients() > CalibrationSpec.MAX_POOL) {
            throw Expect.error(root.get("patients").orElse(root), "a calibration's pool is at most "
                    + CalibrationSpec.MAX_POOL + " patients, not " + cohort.patients());
        }
        YamlNode list = root.get("targets").orElseThrow(() -> new InputException(file, root.line(), "targets",
                "a calibration needs targets: a list of {name, rate or median, value, source}"));
        if (!list.isSequence() || list.items().isEmpty()) {
            throw Expect.error(list, "targets is a list of {name, rate or median, value, source}");
        }
        if (list.items().size() > CalibrationSpec.MAX_TARGETS) {
            throw Expect.error(list, list.items().size() + " targets, at most " + CalibrationSpec.MAX_TARGETS);
        }
        List<Target> targets = new ArrayList<>();
        List<String> subgroups = cohort.subgroups().stream().map(org.cytostorm.cohort.trial.Subgroup::name).toList();
        for (YamlNode t : list.items()) {
            targets.add(target(t, subgroups));
        }
        return new CalibrationSpec(cohort, targets);
    }

    private static Target target(YamlNode n, List<String> subgroups) {
        Map<String, YamlNode> f = Expect.mapping(n, TARGET_KEYS);
        String name = f.containsKey("name") ? Expect.text(f.get("name")) : "";
        if (f.containsKey("rate") == f.containsKey("median")) {
            throw Expect.error(n, "a target measures a rate or a median: write rate: " + String.join("|", Measure.RATES)
                    + " or median: " + String.join("|", Measure.MEDIANS));
        }
        boolean rate = f.containsKey("rate");
        YamlNode m = rate ? f.get("rate") : f.get("median");
        String what = Expect.oneOf(m, rate ? Measure.RATES : Measure.MEDIANS);
        YamlNode valueNode = f.get("value");
        if (valueNode == null) {
            throw Expect.error(n, "the target '" + (name.isEmpty() ? what : name) + "' needs its value");
        }
        double value = rate ? fraction(valueNode) : days(valueNode);
        double tolerance = f.containsKey("tolerance") ? (rate ? fraction(f.get("tolerance")) : days(f.get("tolerance")))
                : rate ? 0.10 : 1.0;
        String source = f.containsKey("source") ? Expect.text(f.get("source")) : "";
        if (source.isBlank()) {
            throw Expect.error(n, "the target '" + (name.isEmpty() ? what : name) + "' needs its source (a publication)");
        }
        java.util.Optional<String> among = java.util.Optional.empty();
        if (f.containsKey("among")) {
            String g = Expect.text(f.get("among"));
            if (!subgroups.contains(g)) {
                throw Expect.error(f.get("among"), "among names a subgroup of this spec's subgroups ("
                        + (subgroups.isEmpty() ? "none are defined" : String.join(", ", subgroups)) + "), not '" + g + "'");
            }
            among = java.util.Optional.of(g);
        }
        return new Target(name.isEmpty() ? what : name, Measure.named(what), value, tolerance, source, among);
    }

    /** A number or text as written ({@code 0.13}, {@code 93%}, {@code 2 d}). */
    private static String scalar(YamlNode n) {
        if (!n.isScalar()) {
            throw Expect.error(n, "expected a value such as 93% or 2 d, found " + n.describe());
        }
        return n.text().strip();
    }

    /** A share: 0.93 or 93%. */
    private static double fraction(YamlNode n) {
        String t = scalar(n);
        double v;
        try {
            v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw Expect.error(n, "a rate is a number from 0 to 1 or a percentage (93%), not '" + t + "'");
        }
        if (!(v >= 0 && v <= 1)) {
            throw Expect.error(n, "a rate is from 0 to 1 (0% to 100%), not " + t);
        }
        return v;
    }

    /** Days: 2, 2 d or 48 h. */
    private static double days(YamlNode n) {
        String t = scalar(n);
        double v;
        try {
            if (t.endsWith("d")) {
                v = Double.parseDouble(t.substring(0, t.length() - 1).strip());
            } else if (t.endsWith("h")) {
                v = Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 24;
            } else {
                v = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            throw Expect.error(n, "a median is in days (2 d) or hours (48 h), not '" + t + "'");
        }
        if (!(v >= 0 && v <= 365)) {
            throw Expect.error(n, "a median is from 0 to 365 days, not " + t);
        }
        return v;
    }
}

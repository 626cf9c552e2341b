package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.FieldUnits;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.DistributionParser;
import org.cytostorm.physiology.scenario.Patient;

/**
 * Reads a population spec's {@code covariates} section:
 *
 * <pre>
 * covariates:
 *   weight: normal(15, 45..150)                         # kg, around the scenario's weight
 *   age: {value: 58, distribution: "normal(12, 18..85)"}  # years, around 58
 *   sex: {female: 0.4, male: 0.6}                       # or: female | male (everyone)
 *   comorbidities: {immunosuppressed: 0.1, ckd: 0.15}   # prevalences
 * </pre>
 *
 * Weight and age take the parameter table's distribution syntax, with bounds within the range a
 * scenario accepts ({@link Patient#MIN_WEIGHT_KG} and the others).
 */
final class CovariateReader {
    static final List<String> KEYS = List.of("weight", "age", "sex", "comorbidities");
    static final List<String> CONTINUOUS_KEYS = List.of("value", "distribution");
    /** Names a comorbidity cannot take: those of the other covariates and of the sex indicators. */
    static final List<String> RESERVED = List.of("weight", "age", "sex", "female", "male");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final FieldUnits KG = FieldUnits.of("kg", true, "kg", 1, "lb", 0.45359237);
    private static final FieldUnits YEARS = FieldUnits.of("years", true, "years", 1, "y", 1);

    private CovariateReader() {
    }

    static CovariateSpec read(Optional<YamlNode> section) {
        if (section.isEmpty()) {
            return CovariateSpec.NONE;
        }
        Map<String, YamlNode> f = Expect.mapping(section.get(), KEYS);
        Patient reference = Patient.reference();
        Optional<CovariateSpec.Continuous> weight = Optional.ofNullable(f.get("weight")).filter(n -> !n.isNull())
                .map(n -> continuous(n, "weight", reference.weightKg(), Patient.MIN_WEIGHT_KG, Patient.MAX_WEIGHT_KG,
                        KG, "kg"));
        Optional<CovariateSpec.Continuous> age = Optional.ofNullable(f.get("age")).filter(n -> !n.isNull())
                .map(n -> continuous(n, "age", reference.ageYears(), Patient.MIN_AGE_YEARS, Patient.MAX_AGE_YEARS,
                        YEARS, "years"));
        Optional<CovariateSpec.SexMix> sex = section.get().get("sex").map(CovariateReader::sex);
        List<CovariateSpec.Comorbidity> comorbidities = section.get().get("comorbidities")
                .map(CovariateReader::comorbidities).orElse(List.of());
        return new CovariateSpec(weight, age, sex, comorbidities);
    }

    /** {@code DIST} or {@code {value: X, distribution: DIST}}. */
    private static CovariateSpec.Continuous continuous(YamlNode n, String name, double reference, double min,
            double max, FieldUnits units, String unit) {
        YamlNode text = n;
        OptionalDouble centre = OptionalDouble.empty();
        if (n.isMapping()) {
            Expect.mapping(n, CONTINUOUS_KEYS);
            Optional<YamlNode> v = n.get("value");
            if (v.isPresent()) {
                double x = Expect.measure(v.get(), units);
                Expect.range(v.get(), x, min, max, false, unit);
                centre = OptionalDouble.of(x);
            }
            Optional<YamlNode> d = n.get("distribution");
            if (d.isEmpty()) {
                throw Location.ofKey(n).error("a covariate needs its distribution, e.g. " + name
                        + ": {value: " + (int) reference + ", distribution: \"normal(" + (int) (reference / 5) + ")\"}");
            }
            text = d.get();
        }
        if (!text.json().isTextual()) {
            throw Expect.error(text, "expected a distribution (" + DistributionParser.forms() + "), found "
                    + text.describe());
        }
        String written = text.json().textValue();
        try {
            return new CovariateSpec.Continuous(name, DistributionParser.parseForPopulation(written,
                    centre.orElse(reference), min, max), centre, Location.of(text));
        } catch (IllegalArgumentException e) {
            throw Expect.error(text, name + " (" + unit + ", range " + (int) min + ".." + (int) max + "): "
                    + e.getMessage());
        }
    }

    /** {@code female}, {@code male}, or {@code {female: W, male: W}}. */
    private static CovariateSpec.SexMix sex(YamlNode n) {
        if (n.isScalar()) {
            String s = Expect.oneOf(n, Patient.SEXES);
            return new CovariateSpec.SexMix(s.equals("female") ? 1 : 0, s.equals("male") ? 1 : 0, Location.of(n));
        }
        Map<String, YamlNode> f = Expect.mapping(n, Patient.SEXES);
        for (String s : Patient.SEXES) {
            if (!f.containsKey(s) || f.get(s).isNull()) {
                throw Location.ofKey(n).error("give the weight of both sexes, e.g. {female: 0.4, male: 0.6}; "
                        + s + " is missing");
            }
        }
        double female = Expect.number(f.get("female"));
        double male = Expect.number(f.get("male"));
        for (String s : Patient.SEXES) {
            if (Expect.number(f.get(s)) < 0) {
                throw Expect.error(f.get(s), "a weight is 0 or more, not " + f.get(s).text());
            }
        }
        if (!(female + male > 0)) {
            throw Location.ofKey(n).error("the weights of the sexes must sum to more than 0, found " + f.get("female").text()
                    + " and " + f.get("male").text());
        }
        return new CovariateSpec.SexMix(female, male, Location.ofKey(n));
    }

    private static List<CovariateSpec.Comorbidity> comorbidities(YamlNode n) {
        List<CovariateSpec.Comorbidity> out = new ArrayList<>();
        for (YamlNode c : Expect.anyMapping(n, "comorbidity names to prevalences (0 to 1)").values()) {
            if (!NAME.matcher(c.key()).matches()) {
                throw Expect.keyError(c, "a comorbidity's name starts with a letter and holds letters, digits and _");
            }
            if (RESERVED.contains(c.key())) {
                throw Expect.keyError(c, "'" + c.key() + "' names a covariate already; reserved: "
                        + String.join(", ", RESERVED));
            }
            double p = Expect.number(c);
            Expect.range(c, p, 0, 1, false, "");
            out.add(new CovariateSpec.Comorbidity(c.key(), p, Location.ofKey(c)));
        }
        return out;
    }
}

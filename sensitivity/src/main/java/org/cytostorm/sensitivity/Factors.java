package org.cytostorm.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.model.DistributionParser;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.InputChecks;

/**
 * The factors of an analysis, from what the user wrote: {@code NAME} (a parameter of the patient
 * model, varied over its table distribution or range) or {@code NAME=DIST} in the table's
 * distribution syntax ({@code uniform(LO..HI)}, {@code lognormal(CV)}, {@code normal(SD, LO..HI)},
 * ...). A model read from a file has no table, so each of its factors needs its distribution, and a
 * uniform one its bounds.
 */
public final class Factors {

    /** The most factors of one analysis (the Sobol sequence's dimensions allow 500). */
    public static final int MAX = 500;

    private Factors() {
    }

    /**
     * The factors of a patient scenario.
     *
     * @param written  the factors as written; empty for every parameter the table varies (those with
     *                 a distribution other than fixed or switch) except the covariates weight and age
     * @param centres  the values the scenario sets before user settings ({@code ScenarioValues.beforeSettings})
     * @throws IllegalArgumentException naming the factor: unknown, a switch, fixed in the table
     *                                  (under {@link Space#DISTRIBUTION}), or a distribution that
     *                                  does not parse
     */
    public static List<Factor> ofPatient(List<String> written, ParameterTable table, Map<String, Double> centres,
            Space space) {
        List<Factor> out = new ArrayList<>();
        if (written.isEmpty()) {
            for (ParameterEntry e : table.entries()) {
                if (e.distribution().varies() && !InputChecks.COVARIATES.contains(e.name())) {
                    out.add(patientFactor(e, Optional.empty(), centres, space));
                }
            }
            return checked(out);
        }
        for (String w : written) {
            String[] nd = split(w);
            ParameterEntry e = table.find(nd[0]).orElseThrow(() -> new IllegalArgumentException("parameter '" + nd[0]
                    + "': the patient model has no such parameter (docs/model.md lists them)"));
            if (InputChecks.COVARIATES.contains(nd[0])) {
                throw new IllegalArgumentException("parameter '" + nd[0] + "' is a covariate of the patient (its"
                        + " per-kg doses follow it); vary it in a virtual population (cytostorm cohort) instead");
            }
            if (e.distribution() instanceof Distribution.Switch) {
                throw new IllegalArgumentException("parameter '" + nd[0] + "' is a mechanism switch (0 or 1), not a"
                        + " quantity to vary; compare the runs with --set " + nd[0] + "=0 instead");
            }
            if (e.isCount()) {
                throw new IllegalArgumentException("parameter '" + nd[0] + "' is a count (a whole number), not a"
                        + " continuous quantity to vary; compare the runs with --set " + nd[0] + "=N instead");
            }
            out.add(patientFactor(e, Optional.ofNullable(nd[1]), centres, space));
        }
        return checked(out);
    }

    /**
     * The factors of a model read from a file.
     *
     * @param current a parameter's value in the model (the centre of a log-normal or normal), or
     *                throws for an unknown name
     */
    public static List<Factor> ofModel(List<String> written, Function<String, Double> current) {
        if (written.isEmpty()) {
            throw new IllegalArgumentException("--parameters: a model file has no parameter table; name each"
                    + " parameter with its distribution, e.g. k1=uniform(0.1..2),k2=lognormal(0.3)");
        }
        List<Factor> out = new ArrayList<>();
        for (String w : written) {
            String[] nd = split(w);
            if (nd[1] == null) {
                throw new IllegalArgumentException("parameter '" + nd[0] + "': a model file has no parameter table;"
                        + " write " + nd[0] + "=uniform(LO..HI) or another distribution");
            }
            double value = current.apply(nd[0]);
            Distribution d = parse(nd[0], nd[1], value, -Double.MAX_VALUE, Double.MAX_VALUE);
            if (d instanceof Distribution.Uniform u && !u.explicitBounds()) {
                throw new IllegalArgumentException("parameter '" + nd[0] + "': uniform needs its bounds here,"
                        + " uniform(LO..HI)");
            }
            out.add(new Factor(nd[0], d));
        }
        return checked(out);
    }

    /** A comma-separated list, commas inside parentheses kept ({@code a=normal(0.3, 1..2),b}). */
    public static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }

    private static Factor patientFactor(ParameterEntry e, Optional<String> written, Map<String, Double> centres,
            Space space) {
        double centre = centres.getOrDefault(e.name(), e.value());
        if (written.isPresent()) {
            return new Factor(e.name(), parse(e.name(), written.get(), e.value(), e.min(), e.max()).recentred(centre));
        }
        if (space == Space.RANGE) {
            if (!(e.max() > e.min())) {
                throw new IllegalArgumentException("parameter '" + e.name() + "' has no range to vary over ("
                        + e.min() + " to " + e.max() + ")");
            }
            return new Factor(e.name(), new Distribution.Uniform(e.min(), e.max(), false));
        }
        if (!e.distribution().varies()) {
            throw new IllegalArgumentException("parameter '" + e.name() + "' is fixed in the parameter table; vary it"
                    + " over its range (--space range) or give it a distribution (" + e.name() + "=lognormal(0.3))");
        }
        return new Factor(e.name(), e.distribution().recentred(centre));
    }

    private static Distribution parse(String name, String text, double value, double min, double max) {
        try {
            return DistributionParser.parseForPopulation(text, value, min, max);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("parameter '" + name + "': " + ex.getMessage(), ex);
        }
    }

    /** {name, distribution text or null}. */
    private static String[] split(String written) {
        String w = written.strip();
        int eq = w.indexOf('=');
        String name = (eq < 0 ? w : w.substring(0, eq)).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + written + "' names no parameter");
        }
        return new String[] {name, eq < 0 ? null : w.substring(eq + 1).strip()};
    }

    private static List<Factor> checked(List<Factor> factors) {
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("no parameter to vary");
        }
        if (factors.size() > MAX) {
            throw new IllegalArgumentException(factors.size() + " parameters: at most " + MAX + " in one analysis");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Factor f : factors) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("parameter '" + f.name() + "' is named twice");
            }
        }
        return List.copyOf(factors);
    }
}

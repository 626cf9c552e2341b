package org.cytostorm.physiology.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parameter table's {@code distribution} column ({@link Distribution} gives the syntax).
 * A text that is not one of the forms, a spread that is not a positive number, or bounds outside
 * the plausible range (or not holding the table's value) is an {@link IllegalArgumentException}
 * whose message says what is allowed; the table reader adds the file, line and column. A
 * population spec (module {@code cohort}) writes its distributions in the same syntax and reads
 * them with {@link #parseForPopulation}, so there is one syntax for both.
 */
public final class DistributionParser {

    private static final Pattern CALL = Pattern.compile("([a-z]+)\\s*(?:\\((.*)\\))?");
    private static final Pattern BOUNDS = Pattern.compile("(.+?)\\.\\.(.+)");
    static final String FORMS = "fixed, switch, count, lognormal(CV), normal(SD), uniform, categorical(V: W, ...);"
            + " lognormal, normal and uniform take optional bounds LO..HI within the plausible range";

    private DistributionParser() {
    }

    /**
     * @param text  the column as written
     * @param value the table's value (the centre: median, mean, or one of the categories)
     * @param min   lower end of the plausible range
     * @param max   upper end of the plausible range
     */
    static Distribution parse(String text, double value, double min, double max) {
        return parse(text, value, min, max, true);
    }

    /**
     * Reads a distribution written for a virtual population: the table's syntax and checks (a
     * positive spread; bounds within the plausible range, the lower not above the upper; positive
     * category weights and categories within the range), except that the bounds and categories need
     * not hold {@code reference}. A population varies a parameter around the value its scenario
     * sets ({@link Distribution#recentred}), which the spec does not know when it is read, and a
     * centre outside the bounds is clamped into them by each draw.
     *
     * @param text      the distribution as written
     * @param reference the centre until recentred (the table's value), 0 or more for a log-normal
     * @param min       lower end of the parameter's plausible range
     * @param max       upper end of the parameter's plausible range
     * @throws IllegalArgumentException saying what is wrong and what is allowed (the caller adds
     *                                  file, line and key)
     */
    public static Distribution parseForPopulation(String text, double reference, double min, double max) {
        return parse(text, reference, min, max, false);
    }

    /** The forms of the syntax, for messages. */
    public static String forms() {
        return FORMS;
    }

    private static Distribution parse(String text, double value, double min, double max, boolean holdValue) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = CALL.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a distribution; forms: " + FORMS);
        }
        String kind = m.group(1);
        List<String> args = m.group(2) == null ? List.of() : split(m.group(2));
        switch (kind) {
            case "fixed":
                none(kind, args);
                return new Distribution.Fixed(value);
            case "switch":
                none(kind, args);
                if (value != 0 && value != 1) {
                    throw new IllegalArgumentException("a switch is 0 (off) or 1 (on), not " + value);
                }
                return new Distribution.Switch(value);
            case "count":
                none(kind, args);
                if (value != Math.rint(value) || value < 0) {
                    throw new IllegalArgumentException("a count is a whole number of 0 or more, not " + value);
                }
                return new Distribution.Count(value);
            case "lognormal": {
                double cv = spread(kind, "CV", args);
                if (!(value >= 0)) {
                    throw new IllegalArgumentException("lognormal needs a value of 0 or more as its median, not " + value);
                }
                double[] b = bounds(kind, args, 1, value, min, max, holdValue);
                return new Distribution.LogNormal(value, cv, Math.max(b[0], 0), b[1], b[2] != 0);
            }
            case "normal": {
                double sd = spread(kind, "SD", args);
                double[] b = bounds(kind, args, 1, value, min, max, holdValue);
                return new Distribution.Normal(value, sd, b[0], b[1], b[2] != 0);
            }
            case "uniform": {
                if (args.size() > 1) {
                    throw new IllegalArgumentException("uniform takes at most bounds LO..HI, found " + args.size()
                            + " arguments");
                }
                double[] b = bounds(kind, args, 0, value, min, max, holdValue);
                if (!(b[1] > b[0])) {
                    throw new IllegalArgumentException("uniform needs an interval with LO < HI, found " + b[0] + ".." + b[1]);
                }
                return new Distribution.Uniform(b[0], b[1], b[2] != 0);
            }
            case "categorical":
                return categorical(args, value, min, max, holdValue);
            default:
                throw new IllegalArgumentException("unknown distribution '" + kind + "'; forms: " + FORMS);
        }
    }

    private static void none(String kind, List<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(kind + " takes no arguments");
        }
    }

    private static double spread(String kind, String what, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException(kind + " needs its " + what + " and optional bounds: " + kind + "(" + what
                    + ") or " + kind + "(" + what + ", LO..HI)");
        }
        double v = number(args.get(0), what);
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("the " + what + " of " + kind + " must be a positive number, not "
                    + args.get(0));
        }
        return v;
    }

    /** {lower, upper, 1 when written}: the argument at {@code at} if present, else the plausible range. */
    private static double[] bounds(String kind, List<String> args, int at, double value, double min, double max,
            boolean holdValue) {
        if (args.size() <= at) {
            return new double[] {min, max, 0};
        }
        Matcher b = BOUNDS.matcher(args.get(at));
        if (!b.matches()) {
            throw new IllegalArgumentException("bounds of " + kind + " are written LO..HI, found '" + args.get(at) + "'");
        }
        double lo = number(b.group(1), "lower bound");
        double hi = number(b.group(2), "upper bound");
        if (lo > hi) {
            throw new IllegalArgumentException("bounds " + args.get(at) + " of " + kind
                    + " have the lower above the upper; write LO..HI with LO <= HI");
        }
        if (lo < min || hi > max || (holdValue && !(lo <= value && value <= hi))) {
            throw new IllegalArgumentException("bounds " + args.get(at) + " must lie within the plausible range ["
                    + min + ", " + max + "]" + (holdValue ? " and hold the value " + value : ""));
        }
        return new double[] {lo, hi, 1};
    }

    private static Distribution categorical(List<String> args, double value, double min, double max,
            boolean holdValue) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("categorical needs VALUE: WEIGHT pairs, e.g. categorical(0: 0.7, 1: 0.3)");
        }
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String a : args) {
            int colon = a.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("categorical takes VALUE: WEIGHT pairs, found '" + a + "'");
            }
            double v = number(a.substring(0, colon), "category");
            double w = number(a.substring(colon + 1), "weight");
            if (v < min || v > max) {
                throw new IllegalArgumentException("category " + a.substring(0, colon).strip()
                        + " lies outside the plausible range [" + min + ", " + max + "]");
            }
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("the weight of category " + a.substring(0, colon).strip()
                        + " must be a positive number");
            }
            if (values.contains(v)) {
                throw new IllegalArgumentException("category " + a.substring(0, colon).strip() + " appears twice");
            }
            values.add(v);
            weights.add(w);
        }
        if (holdValue && !values.contains(value)) {
            throw new IllegalArgumentException("the table's value " + value + " must be one of the categories " + values);
        }
        return new Distribution.Categorical(values, weights);
    }

    private static double number(String s, String what) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + s.strip() + "' is not a number");
        }
    }

    private static List<String> split(String inner) {
        List<String> out = new ArrayList<>();
        for (String p : inner.split(",", -1)) {
            out.add(p.strip());
        }
        if (out.size() == 1 && out.get(0).isEmpty()) {
            return List.of();
        }
        return out;
    }
}

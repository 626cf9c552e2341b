package org.cytostorm.engine.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reserved words, predefined constants, identifier rules and SBML base units of the text format. */
final class Names {

    private Names() {
    }

    /** The identifier of the model read from statements outside any model block (as Antimony names it). */
    static final String MAIN_MODEL = "__main";

    /** The compartment species go into when none is named. */
    static final String DEFAULT_COMPARTMENT = "default_compartment";

    /** Within a model block, {@code model} as the target of an annotation means the model itself. */
    static final String MODEL_KEYWORD = "model";

    /** Words with a grammatical role; never element names (case-sensitive, as written). */
    static final Set<String> KEYWORDS = Set.of(
            "model", "module", "end", "function", "species", "compartment", "formula", "var", "const", "ext",
            "substanceOnly", "in", "is", "has", "at", "after", "unit", "import", "delete", "event", "reaction",
            "DNA", "gene", "operator", "constraint", "maximize", "minimize");

    /** Words read as numbers. */
    static final Map<String, Double> CONSTANTS = Map.ofEntries(
            Map.entry("pi", Math.PI), Map.entry("exponentiale", Math.E),
            Map.entry("true", 1.0), Map.entry("false", 0.0),
            Map.entry("inf", Double.POSITIVE_INFINITY), Map.entry("INF", Double.POSITIVE_INFINITY),
            Map.entry("infinity", Double.POSITIVE_INFINITY),
            Map.entry("nan", Double.NaN), Map.entry("NaN", Double.NaN), Map.entry("notanumber", Double.NaN));

    /** Words that stay symbols with a predefined meaning. */
    static final Set<String> PREDEFINED_SYMBOLS = Set.of("time", "avogadro");

    /**
     * Names Antimony reserves (compared ignoring case, as libAntimony does when it renames such
     * identifiers): its keywords, built-in function names and constants.
     */
    private static final Set<String> ANTIMONY_RESERVED = lowerCase(Set.of(
            "DNA", "at", "after", "compartment", "const", "delete", "end", "event", "ext", "formula", "function",
            "gene", "has", "import", "in", "is", "model", "module", "operator", "reaction", "species", "var",
            "unit", "substanceOnly", "constraint", "maximize", "minimize",
            "abs", "acos", "arccos", "acosh", "arccosh", "acot", "arccot", "acoth", "arccoth", "acsc", "arccsc",
            "acsch", "arccsch", "asec", "arcsec", "asech", "arcsech", "asin", "arcsin", "arcsinh", "asinh", "atan",
            "arctan", "atanh", "arctanh", "ceil", "ceiling", "cos", "cosh", "cot", "coth", "csc", "csch", "delay",
            "exp", "factorial", "floor", "log", "ln", "log10", "piecewise", "power", "pow", "sqr", "sqrt", "root",
            "sec", "sech", "sin", "sinh", "tan", "tanh", "and", "not", "or", "xor", "eq", "equals", "geq", "gt",
            "leq", "lt", "neq", "divide", "minus", "plus", "times",
            "true", "false", "pi", "exponentiale", "avogadro", "time", "inf", "infinity", "nan", "notanumber",
            "rateOf", "quotient", "max", "min", "rem", "implies"));

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The SBML Level 3 base unit kinds, with the spellings Antimony also accepts. */
    private static final Set<String> BASE_UNITS = Set.of(
            "ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad", "gram", "gray",
            "henry", "hertz", "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen", "lux", "metre",
            "mole", "newton", "ohm", "pascal", "radian", "second", "siemens", "sievert", "steradian", "tesla",
            "volt", "watt", "weber");

    private static final Map<String, String> UNIT_SPELLINGS = Map.of("liter", "litre", "meter", "metre");

    /** The unit names that set the model's default units, as in Antimony. */
    static final Map<String, String> MODEL_UNIT_NAMES = Map.of(
            "substance", "substance", "volume", "volume", "area", "area", "length", "length",
            "time_unit", "time", "extent", "extent");

    private static Set<String> lowerCase(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /** True when the word cannot name a model element: Antimony reserves it (any letter case). */
    static boolean isReserved(String word) {
        return ANTIMONY_RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a syntactically valid identifier ({@code [A-Za-z_][A-Za-z0-9_]*}). */
    static boolean isIdentifier(String s) {
        return s != null && IDENTIFIER.matcher(s).matches();
    }

    /** True for an identifier that Antimony and this parser accept as an element name. */
    static boolean isUsableName(String s) {
        return isIdentifier(s) && !isReserved(s);
    }

    /** The SBML base unit kind a unit name denotes ("seconds" and "liter" included), if any. */
    static Optional<String> baseUnit(String name) {
        if (BASE_UNITS.contains(name)) {
            return Optional.of(name);
        }
        String spelled = UNIT_SPELLINGS.get(name);
        if (spelled != null) {
            return Optional.of(spelled);
        }
        if (name.endsWith("s") && name.length() > 1) {
            String singular = name.substring(0, name.length() - 1);
            if (BASE_UNITS.contains(singular)) {
                return Optional.of(singular);
            }
            if (UNIT_SPELLINGS.containsKey(singular)) {
                return Optional.of(UNIT_SPELLINGS.get(singular));
            }
        }
        return Optional.empty();
    }

    static boolean isBaseUnit(String kind) {
        return BASE_UNITS.contains(kind);
    }
}

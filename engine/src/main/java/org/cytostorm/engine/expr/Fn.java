package org.cytostorm.engine.expr;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in operators and functions: those of the text format and of SBML's MathML subset.
 * Booleans are numbers (1 true, 0 false), so relational and logical operators return numbers and
 * any non-zero number is true.
 */
public enum Fn {
    ADD("+", 0, -1, Kind.ARITHMETIC),
    SUB("-", 2, 2, Kind.ARITHMETIC),
    MUL("*", 0, -1, Kind.ARITHMETIC),
    DIV("/", 2, 2, Kind.ARITHMETIC),
    POW("^", 2, 2, Kind.ARITHMETIC),
    NEG("-", 1, 1, Kind.ARITHMETIC),

    EQ("==", 2, -1, Kind.RELATIONAL),
    NEQ("!=", 2, 2, Kind.RELATIONAL),
    LT("<", 2, -1, Kind.RELATIONAL),
    LE("<=", 2, -1, Kind.RELATIONAL),
    GT(">", 2, -1, Kind.RELATIONAL),
    GE(">=", 2, -1, Kind.RELATIONAL),

    AND("&&", 0, -1, Kind.LOGICAL),
    OR("||", 0, -1, Kind.LOGICAL),
    XOR("xor", 0, -1, Kind.LOGICAL),
    NOT("!", 1, 1, Kind.LOGICAL),

    /** piecewise(value1, condition1, value2, condition2, ..., [otherwise]). */
    PIECEWISE("piecewise", 1, -1, Kind.CONDITIONAL),

    EXP("exp", 1, 1, Kind.FUNCTION),
    LN("ln", 1, 1, Kind.FUNCTION),
    LOG10("log10", 1, 1, Kind.FUNCTION),
    /** log(base, x). */
    LOG("log", 2, 2, Kind.FUNCTION),
    SQRT("sqrt", 1, 1, Kind.FUNCTION),
    /** root(degree, x). */
    ROOT("root", 2, 2, Kind.FUNCTION),
    ABS("abs", 1, 1, Kind.FUNCTION),
    FLOOR("floor", 1, 1, Kind.FUNCTION),
    CEIL("ceil", 1, 1, Kind.FUNCTION),
    FACTORIAL("factorial", 1, 1, Kind.FUNCTION),
    MIN("min", 1, -1, Kind.FUNCTION),
    MAX("max", 1, -1, Kind.FUNCTION),
    /** quotient(a, b): a / b rounded toward zero. */
    QUOTIENT("quotient", 2, 2, Kind.FUNCTION),
    /** rem(a, b): the remainder with the sign of a. */
    REM("rem", 2, 2, Kind.FUNCTION),

    SIN("sin", 1, 1, Kind.FUNCTION),
    COS("cos", 1, 1, Kind.FUNCTION),
    TAN("tan", 1, 1, Kind.FUNCTION),
    SEC("sec", 1, 1, Kind.FUNCTION),
    CSC("csc", 1, 1, Kind.FUNCTION),
    COT("cot", 1, 1, Kind.FUNCTION),
    SINH("sinh", 1, 1, Kind.FUNCTION),
    COSH("cosh", 1, 1, Kind.FUNCTION),
    TANH("tanh", 1, 1, Kind.FUNCTION),
    SECH("sech", 1, 1, Kind.FUNCTION),
    CSCH("csch", 1, 1, Kind.FUNCTION),
    COTH("coth", 1, 1, Kind.FUNCTION),
    ASIN("arcsin", 1, 1, Kind.FUNCTION),
    ACOS("arccos", 1, 1, Kind.FUNCTION),
    ATAN("arctan", 1, 1, Kind.FUNCTION),
    ASEC("arcsec", 1, 1, Kind.FUNCTION),
    ACSC("arccsc", 1, 1, Kind.FUNCTION),
    ACOT("arccot", 1, 1, Kind.FUNCTION),
    ASINH("arcsinh", 1, 1, Kind.FUNCTION),
    ACOSH("arccosh", 1, 1, Kind.FUNCTION),
    ATANH("arctanh", 1, 1, Kind.FUNCTION),
    ASECH("arcsech", 1, 1, Kind.FUNCTION),
    ACSCH("arccsch", 1, 1, Kind.FUNCTION),
    ACOTH("arccoth", 1, 1, Kind.FUNCTION),

    /** rateOf(x): the current time derivative of a variable (SBML L3V2 csymbol). */
    RATE_OF("rateOf", 1, 1, Kind.FUNCTION);

    /** How an operator is written and what it returns. */
    public enum Kind { ARITHMETIC, RELATIONAL, LOGICAL, CONDITIONAL, FUNCTION }

    private final String symbol;
    private final int minArgs;
    private final int maxArgs;
    private final Kind kind;

    Fn(String symbol, int minArgs, int maxArgs, Kind kind) {
        this.symbol = symbol;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.kind = kind;
    }

    /** The operator as written in the text format, or the function's name. */
    public String symbol() {
        return symbol;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the result is a truth value (relational and logical operators). */
    public boolean isBoolean() {
        return kind == Kind.RELATIONAL || kind == Kind.LOGICAL;
    }

    public boolean accepts(int argCount) {
        return argCount >= minArgs && (maxArgs < 0 || argCount <= maxArgs);
    }

    public String arityText() {
        if (maxArgs < 0) {
            return "at least " + minArgs;
        }
        return minArgs == maxArgs ? Integer.toString(minArgs) : minArgs + " to " + maxArgs;
    }

    private static final Map<String, Fn> FUNCTIONS_BY_NAME = Stream.of(values())
            .filter(f -> f.kind == Kind.FUNCTION || f.kind == Kind.CONDITIONAL)
            .collect(Collectors.toMap(f -> f.symbol.toLowerCase(Locale.ROOT), Function.identity()));

    private static final Map<String, Fn> ALIASES = Map.ofEntries(
            Map.entry("ceiling", CEIL), Map.entry("power", POW), Map.entry("pow", POW),
            Map.entry("asin", ASIN), Map.entry("acos", ACOS), Map.entry("atan", ATAN),
            Map.entry("asinh", ASINH), Map.entry("acosh", ACOSH), Map.entry("atanh", ATANH),
            Map.entry("asec", ASEC), Map.entry("acsc", ACSC), Map.entry("acot", ACOT),
            Map.entry("asech", ASECH), Map.entry("acsch", ACSCH), Map.entry("acoth", ACOTH),
            Map.entry("and", AND), Map.entry("or", OR), Map.entry("xor", XOR), Map.entry("not", NOT),
            Map.entry("eq", EQ), Map.entry("neq", NEQ), Map.entry("lt", LT), Map.entry("leq", LE),
            Map.entry("gt", GT), Map.entry("geq", GE), Map.entry("plus", ADD), Map.entry("times", MUL),
            Map.entry("minus", SUB), Map.entry("divide", DIV), Map.entry("ratef", RATE_OF));

    /**
     * The built-in called by this name in the text format ({@code exp}, {@code piecewise},
     * {@code and}, ...), case-insensitively, if there is one. {@code log} with one argument is the
     * natural logarithm; callers handle that arity rule.
     */
    public static Optional<Fn> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Fn fn = FUNCTIONS_BY_NAME.get(key);
        return Optional.ofNullable(fn != null ? fn : ALIASES.get(key));
    }
}

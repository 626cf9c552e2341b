package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.text.ElementTable.ElementKind;
import org.cytostorm.engine.text.ModelParseException.Kind;

/**
 * Checks every name used in the model's expressions, in the order they appear in the text: a
 * symbol must be a compartment, species, parameter or reaction of the model (or {@code time},
 * {@code avogadro}, or an argument inside a function body); a call must name a function defined in
 * the text and pass as many arguments as it takes. The first offending use is reported at its
 * position.
 */
final class UseChecker {

    /** An expression and the function arguments visible in it (empty outside function bodies). */
    record Scope(ParsedExpr expr, Set<String> arguments) {
    }

    private record Use(ParsedExpr.NameUse use, Set<String> arguments) {
    }

    private UseChecker() {
    }

    static void check(String sourceName, List<Scope> scopes, ElementTable table, Map<String, Integer> functionArity) {
        List<Use> uses = new ArrayList<>();
        for (Scope s : scopes) {
            for (ParsedExpr.NameUse u : s.expr().uses()) {
                uses.add(new Use(u, s.arguments()));
            }
        }
        uses.sort(Comparator.comparing(u -> u.use().position()));
        for (Use u : uses) {
            ParsedExpr.NameUse use = u.use();
            String name = use.name();
            if (use.call()) {
                Integer arity = functionArity.get(name);
                if (arity == null) {
                    throw use.position().error(Kind.UNKNOWN_SYMBOL, sourceName, "unknown function '" + name + "'",
                            "a built-in function or one defined with 'function'");
                }
                if (arity != use.argumentCount()) {
                    throw use.position().error(Kind.INVALID, sourceName, "function " + name + " takes " + arity
                            + " argument(s) but is called with " + use.argumentCount(), arity + " argument(s)");
                }
                continue;
            }
            if (u.arguments().contains(name) || Names.PREDEFINED_SYMBOLS.contains(name)) {
                continue;
            }
            ElementKind kind = table.kindOf(name);
            if (kind == ElementKind.EVENT) {
                throw use.position().error(Kind.INVALID, sourceName,
                        "'" + name + "' is an event and cannot be used in an expression",
                        "a species, compartment, parameter or reaction");
            }
            if (kind == null) {
                if (functionArity.containsKey(name)) {
                    throw use.position().error(Kind.INVALID, sourceName,
                            "'" + name + "' is a function and must be called with arguments", "'" + name + "(...)'");
                }
                throw use.position().error(Kind.UNKNOWN_SYMBOL, sourceName,
                        "unknown symbol '" + name + "': it is never declared nor given a value",
                        "a declared species, compartment, parameter or reaction");
            }
        }
    }
}

package org.cytostorm.engine.expr;

import java.util.Objects;

/**
 * A reference by name, as written in a model: a species, compartment, parameter, reaction, the
 * reserved {@code time}, or a function argument inside a function body.
 */
public record Sym(String name) implements Expr {

    /** The name the text format and SBML's time csymbol both map to. */
    public static final String TIME = "time";
    /** The name SBML's avogadro csymbol maps to. */
    public static final String AVOGADRO = "avogadro";

    public Sym {
        Objects.requireNonNull(name, "name");
    }
}

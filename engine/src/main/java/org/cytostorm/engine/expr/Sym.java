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
    /**
     * Time, unambiguously: what SBML's time csymbol becomes in a model that also has an element
     * named {@code time} (which then shadows the plain name). Not a valid identifier, so it cannot
     * collide.
     */
    public static final String TIME_CSYMBOL = "@time";
    /** Avogadro's number, unambiguously (see {@link #TIME_CSYMBOL}). */
    public static final String AVOGADRO_CSYMBOL = "@avogadro";

    public Sym {
        Objects.requireNonNull(name, "name");
    }
}

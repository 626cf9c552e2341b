package org.cytostorm.engine.model;

import java.util.Objects;

/**
 * A literature or database reference attached to a model element, as a qualifier and a URI
 * (MIRIAM style). The qualifier uses the text format's names ({@code description} is SBML's
 * {@code bqbiol:isDescribedBy}, {@code identity} is {@code bqbiol:is}, ...).
 */
public record Reference(String qualifier, String uri) {

    public Reference {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(uri, "uri");
    }

    /** A reference that describes the element: a PMID, DOI or URL. */
    public static Reference describedBy(String uri) {
        return new Reference("description", uri);
    }
}

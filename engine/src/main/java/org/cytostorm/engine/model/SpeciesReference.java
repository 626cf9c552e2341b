package org.cytostorm.engine.model;

import java.util.Objects;

/**
 * A species taking part in a reaction with its stoichiometry.
 *
 * @param species       the species' identifier
 * @param stoichiometry how many of it one reaction event consumes or makes (may be fractional)
 * @param id            an identifier by which rules and events may change the stoichiometry, or null
 * @param constant      false when the stoichiometry may change
 */
public record SpeciesReference(String species, double stoichiometry, String id, boolean constant) {

    public SpeciesReference {
        Objects.requireNonNull(species, "species");
    }

    public static SpeciesReference of(String species, double stoichiometry) {
        return new SpeciesReference(species, stoichiometry, null, true);
    }
}

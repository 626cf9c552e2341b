package org.cytostorm.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A named unit: {@code (multiplier * 10^scale * kind)^exponent} multiplied over its parts, as in
 * SBML. Units are metadata; the engine does not convert them.
 */
public record UnitDefinition(String id, List<Part> parts, Annotation annotation) {

    /** One factor of a unit. */
    public record Part(String kind, double exponent, int scale, double multiplier) {
        public Part {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public UnitDefinition {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
        Objects.requireNonNull(annotation, "annotation");
    }
}

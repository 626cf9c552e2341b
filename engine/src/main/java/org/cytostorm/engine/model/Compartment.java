package org.cytostorm.engine.model;

import java.util.Objects;

/**
 * A volume (or area, length) that holds species.
 *
 * @param id         identifier
 * @param size       initial size, NaN when given by an initial assignment or rule
 * @param constant   false when rules or events may change the size
 * @param dimensions spatial dimensions (3 for a volume)
 * @param units      unit identifier or expression, or null
 */
public record Compartment(String id, double size, boolean constant, double dimensions, String units,
                          Annotation annotation) implements Element {

    public Compartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotation, "annotation");
    }

    public static Compartment of(String id, double size) {
        return new Compartment(id, size, true, 3, null, Annotation.EMPTY);
    }

    public Compartment withSize(double newSize) {
        return new Compartment(id, newSize, constant, dimensions, units, annotation);
    }

    public Compartment withConstant(boolean c) {
        return new Compartment(id, size, c, dimensions, units, annotation);
    }

    public Compartment withUnits(String u) {
        return new Compartment(id, size, constant, dimensions, u, annotation);
    }

    public Compartment withAnnotation(Annotation a) {
        return new Compartment(id, size, constant, dimensions, units, a);
    }
}

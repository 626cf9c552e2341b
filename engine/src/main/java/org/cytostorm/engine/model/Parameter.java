package org.cytostorm.engine.model;

import java.util.Objects;

/**
 * A named quantity: a rate constant, a switch, a variable defined by a rule.
 *
 * @param id       identifier
 * @param value    value (initial value when not constant), NaN when given by a rule or assignment
 * @param constant false when rules or events may change it
 * @param units    unit identifier or expression, or null
 */
public record Parameter(String id, double value, boolean constant, String units, Annotation annotation)
        implements Element {

    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotation, "annotation");
    }

    public static Parameter of(String id, double value) {
        return new Parameter(id, value, true, null, Annotation.EMPTY);
    }

    public Parameter withValue(double v) {
        return new Parameter(id, v, constant, units, annotation);
    }

    public Parameter withConstant(boolean c) {
        return new Parameter(id, value, c, units, annotation);
    }

    public Parameter withUnits(String u) {
        return new Parameter(id, value, constant, u, annotation);
    }

    public Parameter withAnnotation(Annotation a) {
        return new Parameter(id, value, constant, units, a);
    }
}

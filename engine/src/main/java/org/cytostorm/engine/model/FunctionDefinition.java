package org.cytostorm.engine.model;

import java.util.List;
import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/** A named function of its arguments, inlined where it is called. */
public record FunctionDefinition(String id, List<String> arguments, Expr body, Annotation annotation)
        implements Element {
    public FunctionDefinition {
        Objects.requireNonNull(id, "id");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(annotation, "annotation");
    }
}

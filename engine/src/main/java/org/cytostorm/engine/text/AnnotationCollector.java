package org.cytostorm.engine.text;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.text.ElementTable.ElementKind;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.AnnotationLine;
import org.cytostorm.engine.text.Statement.Name;

/**
 * Applies annotation statements (display names, CV terms, SBO terms and cytostorm {@code //@}
 * lines) to the model, its elements, functions and units.
 *
 * <p>The {@code //@} keys: {@code name} (display name), {@code evidence}, {@code source} (a
 * {@code description} reference; repeatable, and a comma-separated value gives one reference per
 * item), {@code notes}, {@code sbo}, {@code unit} (the element's units); any other key becomes a
 * property. Later statements replace earlier single values; references accumulate in order.
 */
final class AnnotationCollector {

    static final String SOURCE = "source";

    private final String sourceName;
    private final ElementTable table;
    private final Set<String> functionIds;
    private final Set<String> unitIds;
    private final String modelId;
    private Annotation model = Annotation.EMPTY;
    private final Map<String, Annotation> functions = new LinkedHashMap<>();
    private final Map<String, Annotation> units = new LinkedHashMap<>();

    AnnotationCollector(String sourceName, ElementTable table, Set<String> functionIds, Set<String> unitIds,
                        String modelId) {
        this.sourceName = sourceName;
        this.table = table;
        this.functionIds = functionIds;
        this.unitIds = unitIds;
        this.modelId = modelId;
    }

    static boolean isAnnotation(Statement s) {
        return s instanceof Statement.DisplayName || s instanceof Statement.CvTerm || s instanceof Statement.SboTerm
                || s instanceof AnnotationLine;
    }

    Annotation model() {
        return model;
    }

    Annotation function(String id) {
        return functions.getOrDefault(id, Annotation.EMPTY);
    }

    Annotation unit(String id) {
        return units.getOrDefault(id, Annotation.EMPTY);
    }

    void apply(Statement s) {
        if (s instanceof Statement.DisplayName d) {
            update(d.target(), a -> a.withDisplayName(d.name()));
        } else if (s instanceof Statement.CvTerm c) {
            cvTerm(c);
        } else if (s instanceof Statement.SboTerm t) {
            update(t.target(), a -> a.withSboTerm(t.term()));
        } else if (s instanceof AnnotationLine line) {
            annotationLine(line);
        }
    }

    private boolean isModel(Name target) {
        return target.id().equals(Names.MODEL_KEYWORD) || target.id().equals(modelId);
    }

    private void update(Name target, UnaryOperator<Annotation> change) {
        String id = target.id();
        if (isModel(target)) {
            model = change.apply(model);
            return;
        }
        ElementTable.Entry e = table.get(id);
        if (e != null && e.kind != null) {
            e.annotation = change.apply(e.annotation);
        } else if (functionIds.contains(id)) {
            functions.put(id, change.apply(function(id)));
        } else if (unitIds.contains(id)) {
            units.put(id, change.apply(unit(id)));
        } else {
            throw target.position().error(Kind.UNKNOWN_SYMBOL, sourceName,
                    "annotation of '" + id + "', which is not defined in the model",
                    "the name of an element, function or unit, or the model");
        }
    }

    private void cvTerm(Statement.CvTerm c) {
        String q = c.qualifier().id();
        String joined = String.join(q.equals(Qualifiers.NOTES) ? "\n" : ", ", c.values());
        if (q.equals(Qualifiers.NOTES)) {
            update(c.target(), a -> a.withNotes(a.notes() == null ? joined : a.notes() + "\n" + joined));
        } else if (Qualifiers.DATES.contains(q)) {
            update(c.target(), a -> a.withProperty(q, joined));
        } else {
            String canonical = Qualifiers.canonical(q, isModel(c.target())).orElseThrow();
            update(c.target(), a -> {
                Annotation out = a;
                for (String v : c.values()) {
                    out = out.withReference(new Reference(canonical, v));
                }
                return out;
            });
        }
    }

    private void annotationLine(AnnotationLine line) {
        Set<String> seen = new HashSet<>();
        for (AnnotationLine.Entry entry : line.entries()) {
            String key = entry.key().id();
            String value = entry.value();
            if (!key.equals(SOURCE) && !seen.add(key)) {
                throw entry.key().position().error(Kind.DUPLICATE_DEFINITION, sourceName,
                        "the annotation key '" + key + "' appears twice on this line", "each key once per line ("
                                + SOURCE + " may repeat)");
            }
            switch (key) {
                case "name":
                    update(line.target(), a -> a.withDisplayName(value));
                    break;
                case "evidence":
                    update(line.target(), a -> a.withEvidence(value));
                    break;
                case "notes":
                    update(line.target(), a -> a.withNotes(value));
                    break;
                case "sbo":
                    update(line.target(), a -> a.withSboTerm(value));
                    break;
                case SOURCE:
                    update(line.target(), a -> {
                        Annotation out = a;
                        for (String part : value.split(",")) {
                            String ref = part.trim();
                            if (!ref.isEmpty()) {
                                out = out.withReference(Reference.describedBy(ref));
                            }
                        }
                        return out;
                    });
                    break;
                case "unit":
                    units(line.target(), entry.key(), value);
                    break;
                default:
                    update(line.target(), a -> a.withProperty(key, value));
                    break;
            }
        }
    }

    private void units(Name target, Name key, String value) {
        ElementTable.Entry e = table.get(target.id());
        if (e == null || e.kind == null || isModel(target)) {
            update(target, a -> a); // reports an unknown target
            throw key.position().error(Kind.INVALID, sourceName,
                    "only species, compartments and parameters have units", "another annotation key");
        }
        if (e.kind == ElementKind.REACTION || e.kind == ElementKind.EVENT) {
            throw key.position().error(Kind.INVALID, sourceName,
                    "only species, compartments and parameters have units; '" + target.id() + "' is a " + e.kind.word,
                    "another annotation key");
        }
        e.units = value;
    }
}

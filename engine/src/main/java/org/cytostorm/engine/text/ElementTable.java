package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.AssignmentKind;
import org.cytostorm.engine.text.Statement.Constness;
import org.cytostorm.engine.text.Statement.Name;

/**
 * The names of one model and what the text says about each: its kind, where it is first
 * introduced (declared, assigned or used as a reaction participant), its value, rule and flags.
 * Reports names used as two kinds of element, or defined twice, at the offending position.
 */
final class ElementTable {

    /** The kinds of element a name can denote. */
    enum ElementKind {
        COMPARTMENT("compartment"), SPECIES("species"), PARAMETER("parameter"), REACTION("reaction"),
        EVENT("event");

        final String word;

        ElementKind(String word) {
            this.word = word;
        }
    }

    /** A rule as written: {@code :=} or {@code ' =}. */
    record RuleDef(AssignmentKind kind, ParsedExpr expr, SourcePosition position) {
    }

    /** Everything the text says about one name. */
    static final class Entry {
        final String id;
        ElementKind kind;
        SourcePosition kindPosition;
        String kindOrigin;
        SourcePosition intro;
        Constness constness = Constness.DEFAULT;
        SourcePosition boundaryPosition;
        boolean substanceOnly;
        boolean participant;
        boolean eventTarget;
        Name compartment;
        Double value;
        ParsedExpr initial;
        SourcePosition initialPosition;
        RuleDef rule;
        String units;
        Annotation annotation = Annotation.EMPTY;

        Entry(String id) {
            this.id = id;
        }

        /** Where the element is defined: where its kind was settled, else where it first appears. */
        SourcePosition definition() {
            return kindPosition != null ? kindPosition : intro;
        }
    }

    private final String sourceName;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, SourcePosition> functions;
    private final String modelId;

    ElementTable(String sourceName, Map<String, SourcePosition> functions, String modelId) {
        this.sourceName = sourceName;
        this.functions = functions;
        this.modelId = modelId;
    }

    Entry get(String id) {
        return entries.get(id);
    }

    boolean contains(String id) {
        return entries.containsKey(id);
    }

    ElementKind kindOf(String id) {
        Entry e = entries.get(id);
        return e == null ? null : e.kind;
    }

    /** The entries of a kind, in the order of their first appearance. */
    List<Entry> ofKind(ElementKind kind) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.kind == kind) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(e -> e.intro));
        return out;
    }

    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** Records an introducing occurrence of a name (declaration, assignment target, participant...). */
    Entry introduce(Name n) {
        Entry e = entries.get(n.id());
        if (e == null) {
            checkUsable(n);
            e = new Entry(n.id());
            entries.put(n.id(), e);
        }
        if (e.intro == null || n.position().isBefore(e.intro)) {
            e.intro = n.position();
        }
        return e;
    }

    private void checkUsable(Name n) {
        if (Names.isReserved(n.id())) {
            throw n.position().error(Kind.INVALID, sourceName,
                    "'" + n.id() + "' is a reserved word (a keyword, constant or built-in function of Antimony)",
                    "another name");
        }
        SourcePosition function = functions.get(n.id());
        if (function != null) {
            SourcePosition later = function.isBefore(n.position()) ? n.position() : function;
            SourcePosition earlier = later == function ? n.position() : function;
            throw later.withText(n.id()).error(Kind.DUPLICATE_DEFINITION, sourceName,
                    "'" + n.id() + "' names both a function and a model element (the other at "
                            + earlier.describe() + ")", "a name not already used");
        }
        if (n.id().equals(modelId)) {
            throw n.position().error(Kind.DUPLICATE_DEFINITION, sourceName,
                    "'" + n.id() + "' is the name of the model and cannot also name an element",
                    "a name not already used");
        }
    }

    /**
     * Settles the kind of a name from a declaration or a use that implies it (a reaction participant
     * is a species, what follows 'in' is a compartment).
     */
    Entry setKind(Name n, ElementKind kind, String origin) {
        Entry e = introduce(n);
        if (e.kind == null) {
            e.kind = kind;
            e.kindPosition = n.position();
            e.kindOrigin = origin;
        } else if (e.kind != kind) {
            throw n.position().error(Kind.DUPLICATE_DEFINITION, sourceName,
                    "'" + n.id() + "' is " + origin + " here but is already a " + e.kind.word + " ("
                            + e.kindOrigin + " at " + e.kindPosition.describe() + ")",
                    "a name not already used for a " + e.kind.word);
        }
        return e;
    }

    /** Defines a reaction or event by its label; a label may be used once. */
    Entry define(Name label, ElementKind kind) {
        Entry existing = entries.get(label.id());
        if (existing != null && existing.kind != null) {
            String what = existing.kind == kind ? "two " + kind.word + "s are named '" + label.id() + "'"
                    : "'" + label.id() + "' names a " + kind.word + " here but is already a " + existing.kind.word;
            throw label.position().error(Kind.DUPLICATE_DEFINITION, sourceName,
                    what + " (first at " + existing.kindPosition.describe() + ")", "a name not already used");
        }
        return setKind(label, kind, "the name of a " + kind.word);
    }
}

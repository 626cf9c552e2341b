package org.cytostorm.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader needs to trust an element: its display name, notes, references, evidence grade
 * and free key-value properties (a plausible range, a population distribution, ...). Every field
 * may be empty; none affects simulation.
 *
 * @param displayName human-readable name, or null
 * @param notes       free text, or null
 * @param references  literature and database references, in order of appearance
 * @param evidence    evidence grade ({@code strong}, {@code moderate}, {@code single-source},
 *                    {@code assumed}), or null
 * @param sboTerm     Systems Biology Ontology term such as {@code SBO:0000027}, or null
 * @param properties  further annotations by key, sorted
 */
public record Annotation(String displayName, String notes, List<Reference> references, String evidence,
                         String sboTerm, Map<String, String> properties) {

    public static final Annotation EMPTY = new Annotation(null, null, List.of(), null, null, Map.of());

    public Annotation {
        references = List.copyOf(references);
        properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }

    public boolean isEmpty() {
        return displayName == null && notes == null && references.isEmpty() && evidence == null
                && sboTerm == null && properties.isEmpty();
    }

    public Annotation withDisplayName(String name) {
        return new Annotation(name, notes, references, evidence, sboTerm, properties);
    }

    public Annotation withNotes(String text) {
        return new Annotation(displayName, text, references, evidence, sboTerm, properties);
    }

    public Annotation withEvidence(String grade) {
        return new Annotation(displayName, notes, references, grade, sboTerm, properties);
    }

    public Annotation withSboTerm(String term) {
        return new Annotation(displayName, notes, references, evidence, term, properties);
    }

    public Annotation withReference(Reference reference) {
        List<Reference> refs = new ArrayList<>(references);
        refs.add(reference);
        return new Annotation(displayName, notes, refs, evidence, sboTerm, properties);
    }

    public Annotation withProperty(String key, String value) {
        Map<String, String> props = new TreeMap<>(properties);
        props.put(key, value);
        return new Annotation(displayName, notes, references, evidence, sboTerm, props);
    }
}

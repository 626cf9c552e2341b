package org.cytostorm.engine.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The annotation qualifiers of Antimony's CV-term statements ({@code X hypernym "uri"}), each
 * spelling mapped to the name libAntimony writes, which is what {@link org.cytostorm.engine.model.Reference}
 * holds ({@code identity} for SBML's {@code bqbiol:is}, {@code description} for {@code isDescribedBy}, ...).
 */
final class Qualifiers {

    private Qualifiers() {
    }

    /** Biology qualifiers ({@code bqbiol:*}): spelling to canonical name. */
    private static final Map<String, String> BIOLOGICAL = map(
            "identity", "identity", "biological_entity_is", "identity",
            "hasPart", "part", "part", "part",
            "isPartOf", "parthood", "parthood", "parthood",
            "isVersionOf", "hypernym", "hypernym", "hypernym",
            "hasVersion", "version", "version", "version",
            "isHomologTo", "homolog", "homolog", "homolog",
            "isDescribedBy", "description", "description", "description",
            "isEncodedBy", "encoder", "encoder", "encoder",
            "encodes", "encodement", "encodement", "encodement",
            "occursIn", "container", "container", "container",
            "hasProperty", "property", "property", "property",
            "isPropertyOf", "propertyBearer", "propertyBearer", "propertyBearer",
            "hasTaxon", "taxon", "taxon", "taxon");

    /** Model qualifiers ({@code bqmodel:*}): spelling to canonical name. */
    private static final Map<String, String> MODEL = map(
            "model_entity_is", "model_entity_is", "model_source", "model_entity_is", "identity", "model_entity_is",
            "isDescribedBy", "description", "description", "description", "publication", "description",
            "isDerivedFrom", "origin", "origin", "origin",
            "isInstanceOf", "class", "class", "class",
            "hasInstance", "instance", "instance", "instance");

    /** Statement words of the same shape that are not CV terms. */
    static final String NOTES = "notes";
    static final Set<String> DATES = Set.of("created", "modified");

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    /** True for any word that may follow a name in a {@code X word "text"} statement. */
    static boolean isKnown(String word) {
        return BIOLOGICAL.containsKey(word) || MODEL.containsKey(word) || NOTES.equals(word) || DATES.contains(word);
    }

    /** The canonical qualifier for an element (biology qualifiers first) or for the model (model qualifiers first). */
    static Optional<String> canonical(String word, boolean forModel) {
        Map<String, String> first = forModel ? MODEL : BIOLOGICAL;
        Map<String, String> second = forModel ? BIOLOGICAL : MODEL;
        String q = first.get(word);
        return Optional.ofNullable(q != null ? q : second.get(word));
    }

    /** True when the writer can emit this qualifier name as it stands. */
    static boolean isCanonical(String qualifier) {
        return BIOLOGICAL.containsValue(qualifier) || MODEL.containsValue(qualifier);
    }

    /** All accepted spellings, for messages. */
    static String allNames() {
        Set<String> all = new TreeSet<>(BIOLOGICAL.keySet());
        all.addAll(MODEL.keySet());
        all.add(NOTES);
        all.addAll(DATES);
        return String.join(", ", all);
    }
}

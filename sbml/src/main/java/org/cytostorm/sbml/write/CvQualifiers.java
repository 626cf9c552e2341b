package org.cytostorm.sbml.write;

import java.util.Map;
import java.util.Optional;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.CVTerm.Qualifier;

/**
 * The qualifier names of {@link org.cytostorm.engine.model.Reference} (Antimony's: {@code identity},
 * {@code description}, {@code hypernym}, ...) and the MIRIAM qualifiers of SBML ({@code bqbiol:is},
 * {@code bqbiol:isDescribedBy}, {@code bqbiol:isVersionOf}, ...), both ways.
 */
public final class CvQualifiers {

    private static final Map<String, Qualifier> BIOLOGICAL = Map.ofEntries(
            Map.entry("identity", Qualifier.BQB_IS),
            Map.entry("part", Qualifier.BQB_HAS_PART),
            Map.entry("parthood", Qualifier.BQB_IS_PART_OF),
            Map.entry("hypernym", Qualifier.BQB_IS_VERSION_OF),
            Map.entry("version", Qualifier.BQB_HAS_VERSION),
            Map.entry("homolog", Qualifier.BQB_IS_HOMOLOG_TO),
            Map.entry("description", Qualifier.BQB_IS_DESCRIBED_BY),
            Map.entry("encoder", Qualifier.BQB_IS_ENCODED_BY),
            Map.entry("encodement", Qualifier.BQB_ENCODES),
            Map.entry("container", Qualifier.BQB_OCCURS_IN),
            Map.entry("property", Qualifier.BQB_HAS_PROPERTY),
            Map.entry("propertyBearer", Qualifier.BQB_IS_PROPERTY_OF),
            Map.entry("taxon", Qualifier.BQB_HAS_TAXON),
            Map.entry("isRelatedTo", Qualifier.BQB_IS_RELATED_TO));

    private static final Map<String, Qualifier> MODEL = Map.of(
            "model_entity_is", Qualifier.BQM_IS,
            "description", Qualifier.BQM_IS_DESCRIBED_BY,
            "origin", Qualifier.BQM_IS_DERIVED_FROM,
            "class", Qualifier.BQM_IS_INSTANCE_OF,
            "instance", Qualifier.BQM_HAS_INSTANCE);

    private CvQualifiers() {
    }

    /**
     * The SBML qualifier for a reference's qualifier name: on the model, model qualifiers
     * ({@code bqmodel:}) first, so {@code description} is {@code bqmodel:isDescribedBy}; on other
     * elements biology qualifiers first. Empty for a name that is neither.
     */
    public static Optional<Qualifier> toSbml(String name, boolean onModel) {
        Map<String, Qualifier> first = onModel ? MODEL : BIOLOGICAL;
        Map<String, Qualifier> second = onModel ? BIOLOGICAL : MODEL;
        Qualifier q = first.get(name);
        return Optional.ofNullable(q != null ? q : second.get(name));
    }

    /** The CV term type of a qualifier. */
    public static CVTerm.Type typeOf(Qualifier q) {
        return q.isBiologicalQualifier() ? CVTerm.Type.BIOLOGICAL_QUALIFIER : CVTerm.Type.MODEL_QUALIFIER;
    }

    /** The reference qualifier name for an SBML qualifier, empty for an unknown one. */
    public static Optional<String> fromSbml(Qualifier q) {
        if (q == null) {
            return Optional.empty();
        }
        Map<String, Qualifier> map = q.isBiologicalQualifier() ? BIOLOGICAL : MODEL;
        return map.entrySet().stream().filter(e -> e.getValue() == q).map(Map.Entry::getKey).findFirst();
    }
}

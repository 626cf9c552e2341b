package org.cytostorm.sbml;

import java.util.Map;
import java.util.Optional;
import org.sbml.jsbml.CVTerm;

/**
 * MIRIAM qualifiers between SBML's {@code bqbiol:}/{@code bqmodel:} and the names the model's
 * {@link org.cytostorm.engine.model.Reference}s use (libAntimony's: {@code identity},
 * {@code description}, {@code hypernym}, ...).
 */
public final class MiriamQualifiers {

    private MiriamQualifiers() {
    }

    private static final Map<CVTerm.Qualifier, String> NAMES = Map.ofEntries(
            Map.entry(CVTerm.Qualifier.BQB_IS, "identity"),
            Map.entry(CVTerm.Qualifier.BQB_HAS_PART, "part"),
            Map.entry(CVTerm.Qualifier.BQB_IS_PART_OF, "parthood"),
            Map.entry(CVTerm.Qualifier.BQB_IS_VERSION_OF, "hypernym"),
            Map.entry(CVTerm.Qualifier.BQB_HAS_VERSION, "version"),
            Map.entry(CVTerm.Qualifier.BQB_IS_HOMOLOG_TO, "homolog"),
            Map.entry(CVTerm.Qualifier.BQB_IS_DESCRIBED_BY, "description"),
            Map.entry(CVTerm.Qualifier.BQB_IS_ENCODED_BY, "encoder"),
            Map.entry(CVTerm.Qualifier.BQB_ENCODES, "encodement"),
            Map.entry(CVTerm.Qualifier.BQB_OCCURS_IN, "container"),
            Map.entry(CVTerm.Qualifier.BQB_HAS_PROPERTY, "property"),
            Map.entry(CVTerm.Qualifier.BQB_IS_PROPERTY_OF, "propertyBearer"),
            Map.entry(CVTerm.Qualifier.BQB_HAS_TAXON, "taxon"),
            Map.entry(CVTerm.Qualifier.BQM_IS, "model_entity_is"),
            Map.entry(CVTerm.Qualifier.BQM_IS_DESCRIBED_BY, "description"),
            Map.entry(CVTerm.Qualifier.BQM_IS_DERIVED_FROM, "origin"),
            Map.entry(CVTerm.Qualifier.BQM_IS_INSTANCE_OF, "class"),
            Map.entry(CVTerm.Qualifier.BQM_HAS_INSTANCE, "instance"));

    /** The reference qualifier name for an SBML qualifier, if it has one. */
    public static Optional<String> name(CVTerm.Qualifier qualifier) {
        return Optional.ofNullable(NAMES.get(qualifier));
    }

    /**
     * The SBML qualifier for a reference qualifier name: on the model, model qualifiers are
     * preferred (a model "is described by" a publication); on other elements, biology ones.
     */
    public static Optional<CVTerm.Qualifier> qualifier(String name, boolean onModel) {
        CVTerm.Qualifier fallback = null;
        for (Map.Entry<CVTerm.Qualifier, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                boolean modelQualifier = e.getKey().isModelQualifier();
                if (modelQualifier == onModel) {
                    return Optional.of(e.getKey());
                }
                fallback = e.getKey();
            }
        }
        return Optional.ofNullable(fallback);
    }
}

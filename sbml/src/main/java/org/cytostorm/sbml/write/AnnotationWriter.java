package org.cytostorm.sbml.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.sbml.CytostormAnnotations;
import org.sbml.jsbml.AbstractSBase;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.CVTerm.Qualifier;
import org.sbml.jsbml.NamedSBase;

/**
 * Writes an element's {@link Annotation}: the display name as {@code name}, notes as XHTML,
 * references as MIRIAM CV terms, one per qualifier (short forms such as {@code PMID:...} turned into identifiers.org
 * URIs), the SBO term as {@code sboTerm}, and the rest in {@link CytostormAnnotations}' element.
 * Elements with CV terms get a metaid, unique in the document.
 */
public final class AnnotationWriter {

    private static final Pattern SBO = Pattern.compile("SBO:[0-9]{7}");

    private final Set<String> metaIds = new HashSet<>();

    /**
     * Annotates an element.
     *
     * @param target  the SBML element
     * @param id      the element's id (for its metaid), or null
     * @param a       the annotation
     * @param onModel whether the element is the model (model qualifiers first)
     * @param units   units that the element's units attribute cannot hold, or null
     */
    public void write(AbstractSBase target, String id, Annotation a, boolean onModel, String units)
            throws XMLStreamException {
        if (a.displayName() != null && target instanceof NamedSBase named) {
            named.setName(a.displayName());
        }
        if (a.notes() != null) {
            target.setNotes(CytostormAnnotations.notesXml(a.notes()));
        }
        List<Reference> leftOver = new ArrayList<>();
        // one CV term per qualifier, in order of first use (JSBML reads a qualifier's terms as one)
        Map<Qualifier, CVTerm> terms = new LinkedHashMap<>();
        for (Reference r : a.references()) {
            Qualifier q = CvQualifiers.toSbml(r.qualifier(), onModel).orElse(null);
            String uri = MiriamUris.toUri(r.uri());
            if (q == null || uri == null) {
                leftOver.add(r);
                continue;
            }
            terms.computeIfAbsent(q, k -> new CVTerm(CvQualifiers.typeOf(k), k)).addResource(uri);
        }
        if (!terms.isEmpty()) {
            if (!target.isSetMetaId()) {
                target.setMetaId(metaId(id, target));
            }
            terms.values().forEach(target::addCVTerm);
        }
        String sbo = null;
        if (a.sboTerm() != null) {
            if (SBO.matcher(a.sboTerm()).matches()) {
                target.setSBOTerm(a.sboTerm());
            } else {
                sbo = a.sboTerm();
            }
        }
        CytostormAnnotations.Content own = new CytostormAnnotations.Content(a.evidence(), a.properties(), units, sbo,
                leftOver);
        if (!own.isEmpty()) {
            target.getAnnotation().appendNonRDFAnnotation(CytostormAnnotations.toXml(own));
        }
    }

    private String metaId(String id, AbstractSBase target) {
        String base = "meta_" + (id != null && SIds.isValid(id) ? id : target.getElementName());
        String candidate = base;
        for (int i = 2; !metaIds.add(candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }
}

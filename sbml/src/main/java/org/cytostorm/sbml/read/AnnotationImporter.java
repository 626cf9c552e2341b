package org.cytostorm.sbml.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.sbml.MiriamQualifiers;
import org.sbml.jsbml.AbstractNamedSBase;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.SBase;

/**
 * What an SBML element says about itself: its name, notes (as plain text), MIRIAM references and
 * SBO term.
 */
final class AnnotationImporter {

    private AnnotationImporter() {
    }

    static Annotation of(SBase element) {
        String name = null;
        if (element instanceof AbstractNamedSBase named && named.isSetName() && !named.getName().isBlank()) {
            name = named.getName();
        }
        String notes = null;
        if (element.isSetNotes()) {
            try {
                notes = plainText(element.getNotesString());
            } catch (Exception e) {
                notes = null; // unreadable notes do not stop an import
            }
        }
        List<Reference> references = new ArrayList<>();
        for (CVTerm term : element.getCVTerms()) {
            String qualifier = MiriamQualifiers.name(term.getQualifier()).orElse(null);
            if (qualifier == null) {
                continue;
            }
            for (String uri : term.getResources()) {
                references.add(new Reference(qualifier, uri));
            }
        }
        String sbo = element.isSetSBOTerm() ? element.getSBOTermID() : null;
        Map<String, String> properties = new TreeMap<>();
        return new Annotation(name, notes == null || notes.isBlank() ? null : notes, references, null, sbo,
                properties);
    }

    /** XHTML notes as text: tags dropped, entities decoded, white space collapsed. */
    static String plainText(String xhtml) {
        String text = xhtml.replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#160;", " ").replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }
}

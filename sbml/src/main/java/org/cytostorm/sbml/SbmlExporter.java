package org.cytostorm.sbml;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.model.Model;
import org.cytostorm.sbml.write.DocumentWriter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLWriter;

/**
 * Writes the engine's {@link Model} as SBML Level 3 Version 2: every element and attribute,
 * math as MathML (csymbols for {@code time}, {@code avogadro} and {@code rateOf}), display names,
 * notes as XHTML, references as MIRIAM CV terms with identifiers.org URIs, SBO terms, and
 * cytostorm's evidence grades and properties in its own annotation ({@link CytostormAnnotations}).
 * Numbers are written so that they read back as the same doubles.
 */
public final class SbmlExporter {

    private SbmlExporter() {
    }

    /**
     * The model as a JSBML document.
     *
     * @throws SbmlException when the model cannot be written as SBML (an identifier that is not a
     *                       valid SBML SId, a unit part that is not a base unit), naming the element
     */
    public static SBMLDocument toDocument(Model model) {
        JsbmlLogging.configure();
        return DocumentWriter.write(model);
    }

    /** The model as SBML text. */
    public static String write(Model model) {
        return text(toDocument(model), model.id());
    }

    /** A document of model {@code modelId} as SBML text. */
    public static String text(SBMLDocument doc, String modelId) {
        try {
            return new SBMLWriter().writeSBMLToString(doc);
        } catch (XMLStreamException e) {
            throw new SbmlException("SBML export of model " + modelId, null, "cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Writes the model as an SBML file, whole or not at all. */
    public static void write(Model model, Path file) throws IOException {
        String xml = write(model);
        AtomicFiles.writeString(file, xml);
    }
}

package org.cytostorm.sbml.units;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.model.Model;
import org.cytostorm.sbml.SbmlException;
import org.cytostorm.sbml.SbmlExporter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLWriter;

/**
 * {@link SbmlExporter}'s SBML Level 3 Version 2 with units on numbers ({@link NumberUnits}): for a
 * model whose variables all declare units, a document a unit checker can follow through.
 */
public final class UnitsExport {

    /**
     * An export.
     *
     * @param xml     the SBML text
     * @param numbers what the numbers were given
     */
    public record Written(String xml, NumberUnits.Summary numbers) {
    }

    private UnitsExport() {
    }

    /** The model's document with units on its numbers. */
    public static SBMLDocument toDocument(Model model) {
        SBMLDocument doc = SbmlExporter.toDocument(model);
        NumberUnits.annotate(doc);
        return doc;
    }

    /**
     * The model as SBML text with units on its numbers.
     *
     * @throws SbmlException when the model cannot be written as SBML, naming the element
     */
    public static Written write(Model model) {
        SBMLDocument doc = SbmlExporter.toDocument(model);
        NumberUnits.Summary summary = NumberUnits.annotate(doc);
        try {
            return new Written(new SBMLWriter().writeSBMLToString(doc), summary);
        } catch (XMLStreamException e) {
            throw new SbmlException("SBML export of model " + model.id(), null, "cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Writes the model as an SBML file with units on its numbers, whole or not at all. */
    public static NumberUnits.Summary write(Model model, Path file) throws IOException {
        Written w = write(model);
        AtomicFiles.writeString(file, w.xml());
        return w.numbers();
    }
}

package org.cytostorm.sbml.units;

import java.io.IOException;
import java.nio.file.Path;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.model.Model;
import org.cytostorm.sbml.SbmlException;
import org.cytostorm.sbml.SbmlExporter;
import org.sbml.jsbml.SBMLDocument;

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

    /**
     * The model as SBML text with units on its numbers.
     *
     * @throws SbmlException when the model cannot be written as SBML, naming the element
     */
    public static Written write(Model model) {
        SBMLDocument doc = SbmlExporter.toDocument(model);
        NumberUnits.Summary summary = NumberUnits.annotate(doc);
        return new Written(SbmlExporter.text(doc, model.id()), summary);
    }

    /** Writes the model as an SBML file with units on its numbers, whole or not at all. */
    public static NumberUnits.Summary write(Model model, Path file) throws IOException {
        Written w = write(model);
        AtomicFiles.writeString(file, w.xml());
        return w.numbers();
    }
}

package org.cytostorm.sbml.read;

import org.cytostorm.engine.model.Model;
import org.sbml.jsbml.SBMLDocument;

/** Entry point of the read package: a JSBML document to the engine's model. */
public final class SbmlModels {

    private SbmlModels() {
    }

    public static Model fromDocument(String sourceName, SBMLDocument document) {
        return ModelImporter.importModel(sourceName, document);
    }
}

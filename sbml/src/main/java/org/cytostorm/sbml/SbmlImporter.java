package org.cytostorm.sbml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.input.InputLimits;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelValidator;
import org.cytostorm.sbml.read.SbmlModels;
import org.cytostorm.sbml.read.SbmlPreflight;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;

/**
 * Reads SBML Level 2 and 3 into the engine's {@link Model}: compartments, species in amount or
 * concentration, parameters and local parameters, reactions with (possibly named and varying)
 * stoichiometry, function definitions, assignment, rate and initial-assignment rules, events with
 * delays, priorities, persistence and values from trigger time, the time, avogadro and rateOf
 * csymbols, conversion factors, units as metadata, and names, notes, MIRIAM references and SBO
 * terms. The model is validated on the way in, so errors name the element.
 */
public final class SbmlImporter {

    /** JSBML's reader fails intermittently when used from several threads at once. */
    private static final Object JSBML_READ_LOCK = new Object();

    private SbmlImporter() {
    }

    /** Reads an SBML file. */
    public static Model read(Path file) throws IOException {
        byte[] xml = InputFiles.readBytes(file, InputLimits.SBML);
        String source = file.toString();
        // bytes, not text: the XML declaration names the encoding (ISO-8859-1 files exist)
        SbmlPreflight.check(new ByteArrayInputStream(xml), source);
        return toModel(() -> new SBMLReader().readSBMLFromStream(new ByteArrayInputStream(xml)), source);
    }

    /** Reads SBML from text; {@code sourceName} names it in messages. */
    public static Model read(String xml, String sourceName) {
        SbmlPreflight.check(new StringReader(xml), sourceName);
        return toModel(() -> new SBMLReader().readSBMLFromString(xml), sourceName);
    }

    /** JSBML's parse of a document that passed the preflight. */
    @FunctionalInterface
    private interface Parse {
        SBMLDocument document() throws XMLStreamException;
    }

    private static Model toModel(Parse parse, String sourceName) {
        JsbmlLogging.configure();
        SBMLDocument document;
        try {
            synchronized (JSBML_READ_LOCK) {
                document = parse.document();
            }
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            throw new SbmlException(sourceName, null, "not readable SBML: " + firstLine(e), e);
        }
        if (document == null) {
            throw new SbmlException(sourceName, null, "not readable SBML");
        }
        Model model = SbmlModels.fromDocument(sourceName, document);
        try {
            ModelValidator.validate(model);
        } catch (ModelException e) {
            throw new SbmlException(sourceName, e.elementId(), e.getMessage(), e);
        }
        return model;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

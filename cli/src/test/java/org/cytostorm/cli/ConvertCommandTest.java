package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.cytostorm.engine.io.ModelReaders;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.sbml.SbmlConsistency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private static Path example() {
        String root = System.getProperty("cytostorm.root", "..");
        return Paths.get(root, "examples", "reynolds2006.ant");
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static boolean sbmlReaderAvailable() {
        return ModelReaders.available().stream().anyMatch(r -> r.extensions().contains("xml"));
    }

    @Test
    void convertsTextToSbml() throws Exception {
        Path out = dir.resolve("reynolds.xml");
        CliRun r = CliRun.of("convert", example().toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("wrote " + out) && r.err().contains("SBML Level 3 Version 2"), r.err());
        assertTrue(r.err().contains("4 species") && r.err().contains("10 reactions"), r.err());
        SBMLDocument doc = new SBMLReader().readSBML(out.toFile());
        assertEquals(3, doc.getLevel());
        assertEquals(2, doc.getVersion());
        assertEquals(10, doc.getModel().getNumReactions());
        assertTrue(SbmlConsistency.check(doc).isValid(), SbmlConsistency.check(doc).errors().toString());
    }

    @Test
    void theSbmlExtensionIsAcceptedToo() throws Exception {
        Path out = dir.resolve("m.SBML");
        CliRun r = CliRun.of("convert", file("m.ant", "model m\n A -> B; k*A\n A = 1; k = 2\nend\n").toString(),
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(out).contains("<sbml"));
    }

    @Test
    void rewritesTextAsText() throws Exception {
        Path out = dir.resolve("copy.antimony");
        CliRun r = CliRun.of("convert", example().toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(AntimonyParser.parse(example()), AntimonyParser.parse(Files.readString(out), "copy"));
    }

    @Test
    void rewritesAFileInPlace() throws Exception {
        Path m = file("m.ant", "model m\n  A -> B; k*A\n  A = 1; k = 2\nend\n");
        Model before = AntimonyParser.parse(m);
        CliRun r = CliRun.of("convert", m.toString(), m.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(before, AntimonyParser.parse(m));
    }

    @Test
    void anUnknownOutputExtensionExits2AndWritesNothing() throws Exception {
        Path out = dir.resolve("m.json");
        CliRun r = CliRun.of("convert", example().toString(), out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("m.json") && r.err().contains("'.json'") && r.err().contains(".xml"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownInputExtensionExits2() throws Exception {
        Path in = file("m.csv", "time,A\n");
        CliRun r = CliRun.of("convert", in.toString(), dir.resolve("m.xml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'.csv'"), r.err());
    }

    @Test
    void aMissingInputExits2() {
        CliRun r = CliRun.of("convert", dir.resolve("none.ant").toString(), dir.resolve("m.xml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("none.ant") && r.err().contains("no such file"), r.err());
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLeavesTheOutputAlone() throws Exception {
        Path in = file("bad.ant", "model m\n  k = 1\n  J1: A -> B k*A\nend\n");
        Path out = file("out.xml", "previous");
        CliRun r = CliRun.of("convert", in.toString(), out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(in + ":3:"), r.err());
        assertEquals("previous", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void anInvalidModelNamesTheElement() throws Exception {
        Path in = file("cycle.ant", "model m\n  a := b + 1\n  b := a\nend\n");
        CliRun r = CliRun.of("convert", in.toString(), dir.resolve("out.xml").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("cycle") && r.err().contains(":2:"), r.err());
        assertFalse(Files.exists(dir.resolve("out.xml")));
    }

    @Test
    void convertsSbmlBackToTextOnceTheImporterIsThere() throws Exception {
        assumeTrue(sbmlReaderAvailable(), "the SBML importer is not on the class path yet");
        Path xml = dir.resolve("reynolds.xml");
        assertEquals(0, CliRun.of("convert", example().toString(), xml.toString()).exitCode());
        Path text = dir.resolve("back.ant");
        CliRun r = CliRun.of("convert", xml.toString(), text.toString());
        assertEquals(0, r.exitCode(), r.err());
        Model original = AntimonyParser.parse(example());
        Model back = AntimonyParser.parse(text);
        assertEquals(original.species().size(), back.species().size());
        assertEquals(original.reactions().size(), back.reactions().size());
        Path xml2 = dir.resolve("again.xml");
        assertEquals(0, CliRun.of("convert", xml.toString(), xml2.toString()).exitCode(), "SBML to SBML");
    }

    @Test
    void aBrokenSbmlFileExits2() throws Exception {
        assumeTrue(sbmlReaderAvailable(), "the SBML importer is not on the class path yet");
        Path in = file("broken.xml", "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\"");
        CliRun r = CliRun.of("convert", in.toString(), dir.resolve("out.ant").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("broken.xml"), r.err());
        assertFalse(Files.exists(dir.resolve("out.ant")));
    }
}

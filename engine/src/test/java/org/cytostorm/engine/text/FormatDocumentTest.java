package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.engine.model.Model;
import org.junit.jupiter.api.Test;

/** The example in docs/model-format.md reads as the document says and round-trips. */
class FormatDocumentTest {

    private static String firstExample() throws Exception {
        Path doc = ReferenceFiles.repositoryRoot().resolve("docs").resolve("model-format.md");
        String text = Files.readString(doc);
        int start = text.indexOf("```\n", text.indexOf("A complete example")) + 4;
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    void theCompleteExampleParses() throws Exception {
        Model m = AntimonyParser.parse(firstExample(), "model-format.md");
        assertEquals("toy", m.id());
        assertEquals(3.0, m.compartment("plasma").orElseThrow().size());
        assertEquals(1.0, m.species("M").orElseThrow().initialConcentration());
        assertEquals(java.util.List.of("M"), m.reaction("J_prod").orElseThrow().modifiers());
        assertEquals("per_hour", m.parameter("k_il6").orElseThrow().units());
        assertEquals("moderate", m.parameter("k_il6").orElseThrow().annotation().evidence());
        assertEquals("interleukin-6", m.species("IL6").orElseThrow().annotation().displayName());
        assertTrue(m.events().get(0).initialValue());
        assertEquals(m, AntimonyParser.parse(AntimonyWriter.write(m), "written"));
    }
}

package org.cytostorm.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario example on the treatments page is a scenario that reads (so the page cannot teach wrong syntax). */
class TreatmentDocsExampleTest {

    @Test
    void theYamlExampleReads(@TempDir Path dir) throws Exception {
        String page = TreatmentDocs.markdown();
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start));
        Files.writeString(dir.resolve("doses.csv"), "TIME,DRUG,AMT\n0,dexamethasone,6\n");
        Path file = dir.resolve("example.yaml");
        Files.writeString(file, "duration: 10 d\n" + yaml);
        Scenario s = ScenarioReader.standard().read(file);
        assertEquals(4, s.treatments().schedule().size(), "three records and one from the file");
        assertEquals(2, s.treatments().rules().size());
        assertEquals("car-t-crs", s.protocol().name());
    }
}

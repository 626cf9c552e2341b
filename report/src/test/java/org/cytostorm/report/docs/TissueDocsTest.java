package org.cytostorm.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed tissue page is what the code and the built-in configs generate now. */
class TissueDocsTest {

    @Test
    void tissuePageIsUpToDate() throws IOException {
        Path page = Path.of(System.getProperty("cytostorm.root", "..")).resolve(TissueDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        assertEquals(TissueDocs.markdown(), Files.readString(page), TissueDocs.PATH
                + " is out of date; regenerate it from the repository root with '" + TissueDocs.REGENERATE
                + "' and commit it");
    }
}

package org.cytostorm.sbml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.testing.FuzzOracle;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.io.ModelReaders;
import org.cytostorm.engine.model.ModelException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: an SBML file, loaded as {@code cytostorm simulate MODEL.xml} loads it: read by
 * JSBML, imported and validated ({@link SbmlImporter}, through {@link ModelReaders}), then compiled
 * ({@link CompiledModel#compile}). Every input loads or fails with a clean bad-input error
 * ({@link FuzzOracle}); at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/sbml/SbmlImportFuzzTestInputs/load/}: small cases of the
 * SBML Test Suite (LGPL 2.1 or later, copied unmodified from ../shared/reference/sbml-test-suite,
 * named by case number), a model exported by cytostorm, and every finding once fixed.
 * {@code scripts/fuzz.sh sbml SECONDS} fuzzes it.
 */
class SbmlImportFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting(SbmlException.class, ModelException.class);

    @TempDir
    static Path dir;

    @Timeout(10)
    @FuzzTest
    void load(byte[] input) throws Throwable {
        Path file = dir.resolve("model.xml");
        Files.write(file, input);
        ORACLE.check(input, () -> CompiledModel.compile(ModelReaders.read(file)));
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

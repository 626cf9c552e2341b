package org.cytostorm.engine.text;

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
 * Fuzz target: a model file in the text format, loaded as {@code cytostorm simulate MODEL.ant}
 * loads it: decoded, parsed and validated ({@link ModelReaders}), then compiled
 * ({@link CompiledModel#compile}). Every input loads or fails with a clean bad-input error
 * ({@link FuzzOracle}); at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/engine/text/TextModelFuzzTestInputs/load/}: the example and
 * test models, and every finding once fixed. {@code scripts/fuzz.sh text-model SECONDS} fuzzes it.
 */
class TextModelFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting(ModelException.class);

    @TempDir
    static Path dir;

    @Timeout(10)
    @FuzzTest
    void load(byte[] input) throws Throwable {
        Path file = dir.resolve("model.ant");
        Files.write(file, input);
        ORACLE.check(input, () -> CompiledModel.compile(ModelReaders.read(file)));
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

package org.cytostorm.tissue.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.testing.FuzzOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: a tissue config file, read as {@code cytostorm tissue CONFIG.yaml} reads it
 * ({@link TissueConfigs#resolve}, no {@code --set}). Every input reads or fails with a clean
 * bad-input error ({@link FuzzOracle}); at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/tissue/config/TissueConfigFuzzTestInputs/read/}: the
 * built-in configs, and every finding once fixed. {@code scripts/fuzz.sh tissue SECONDS} fuzzes it.
 */
class TissueConfigFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting();

    @TempDir
    static Path dir;

    @Timeout(10)
    @FuzzTest
    void read(byte[] input) throws Throwable {
        Path file = dir.resolve("config.yaml");
        Files.write(file, input);
        ORACLE.check(input, () -> TissueConfigs.resolve(file.toString(), Overrides.none()));
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

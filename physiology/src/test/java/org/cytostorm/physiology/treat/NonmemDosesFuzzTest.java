package org.cytostorm.physiology.treat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.testing.FuzzOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: a NONMEM-style dosing file, read as a scenario's {@code file:} treatment reads it
 * ({@link NonmemDoses#read}). Every input reads or fails with a clean bad-input error
 * ({@link FuzzOracle}), and a record read holds no more additional doses ({@code ADDL}) than a
 * scenario's dosing record may ({@value Dosing#MAX_ADDITIONAL}, its {@code additional:}): millions of doses
 * would only fail later, out of memory; at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/physiology/treat/NonmemDosesFuzzTestInputs/read/}: the
 * dosing files of the tests, and every finding once fixed.
 * {@code scripts/fuzz.sh nonmem SECONDS} fuzzes it.
 */
class NonmemDosesFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting();

    @TempDir
    static Path dir;

    @Timeout(10)
    @FuzzTest
    void read(byte[] input) throws Throwable {
        Path file = dir.resolve("doses.csv");
        Files.write(file, input);
        ORACLE.check(input, () -> {
            for (Dosing d : NonmemDoses.read(file)) {
                if (d.additional() > Dosing.MAX_ADDITIONAL) {
                    throw new AssertionError("a dosing record with " + d.additional() + " additional doses (ADDL) was"
                            + " accepted; a scenario's record allows " + Dosing.MAX_ADDITIONAL);
                }
            }
        });
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

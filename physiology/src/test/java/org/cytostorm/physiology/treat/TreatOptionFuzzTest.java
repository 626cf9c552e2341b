package org.cytostorm.physiology.treat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cytostorm.common.testing.FuzzOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: the value of a {@code --treat} option ({@link TreatOption#parse}), the input's bytes
 * read as UTF-8 as the command line reads its arguments. Every input gives doses or fails with a
 * clean bad-input error ({@link FuzzOracle}); at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/physiology/treat/TreatOptionFuzzTestInputs/parse/}: the
 * {@code --treat} values of the tests, and every finding once fixed.
 * {@code scripts/fuzz.sh treat SECONDS} fuzzes it.
 */
class TreatOptionFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting();

    @Timeout(10)
    @FuzzTest
    void parse(byte[] input) throws Throwable {
        String spec = new String(input, StandardCharsets.UTF_8);
        ORACLE.check(input, () -> TreatOption.parse(spec));
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

package org.cytostorm.physiology.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.io.Resources;
import org.cytostorm.common.testing.FuzzOracle;
import org.cytostorm.engine.model.ModelException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: a scenario file, read as {@code cytostorm run SCENARIO.yaml} reads it
 * ({@link ScenarioReader#read(Path)} of the standard patient model), beside a dosing file
 * {@code doses.csv} and a protocol file {@code protocol.yaml} that it may name. Every input reads or
 * fails with a clean bad-input error ({@link FuzzOracle}); at most 10 s each.
 *
 * <p>In {@code mvn verify} (regression mode) it reads the seeds in
 * {@code src/test/resources/org/cytostorm/physiology/scenario/ScenarioFuzzTestInputs/read/}: the
 * built-in scenarios, the example of docs/treatments.md, and every finding once fixed.
 * {@code scripts/fuzz.sh scenario SECONDS} fuzzes it.
 */
class ScenarioFuzzTest {

    private static final FuzzOracle ORACLE = FuzzOracle.accepting(ModelException.class);

    @TempDir
    static Path dir;

    @BeforeAll
    static void filesBesideTheScenario() throws IOException {
        Files.writeString(dir.resolve("doses.csv"), "TIME,DRUG,AMT,UNIT,ROUTE,DUR,II,ADDL\n"
                + "0,dexamethasone,10,mg,iv,.,24,2\n72,tocilizumab,8,mg/kg,iv,1,.,.\n");
        Files.writeString(dir.resolve("protocol.yaml"),
                Resources.text(ScenarioReader.class, "/org/cytostorm/physiology/scenario/protocols/car-t-crs.yaml"));
        ScenarioReader.standard();
    }

    @Timeout(10)
    @FuzzTest
    void read(byte[] input) throws Throwable {
        Path file = dir.resolve("scenario.yaml");
        Files.write(file, input);
        ORACLE.check(input, () -> ScenarioReader.standard().read(file));
    }

    @AfterAll
    static void summary() throws IOException {
        ORACLE.writeSummary();
    }
}

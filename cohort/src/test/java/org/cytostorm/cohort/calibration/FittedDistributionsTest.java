package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed fitted distributions of each built-in calibration are what its committed weights
 * make of its pool, computed again here from the weights and the pool drawn again (a second
 * computation of the file {@code cytostorm calibrate} wrote). With
 * {@code -Dcytostorm.regen.fitted=true} the test writes the files instead (after a calibration
 * whose weights were committed).
 */
class FittedDistributionsTest {

    static List<String> calibrations() {
        return BuiltInCalibrations.names();
    }

    @ParameterizedTest
    @MethodSource("calibrations")
    void theCommittedFitIsWhatTheCommittedWeightsMakeOfThePool(String name) throws IOException {
        List<FittedDistribution> again = FittedDistributions.recompute(name);
        if (Boolean.getBoolean("cytostorm.regen.fitted")) {
            StringWriter text = new StringWriter();
            FittedDistributions.write(again, text);
            Path file = Path.of("src/main/resources" + FittedDistributions.DIR + name + ".csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString());
            return;
        }
        List<FittedDistribution> committed = FittedDistributions.builtIn(name);
        assertEquals(again.size(), committed.size(), name + ": parameters fitted");
        for (int i = 0; i < again.size(); i++) {
            FittedDistribution a = again.get(i);
            FittedDistribution c = committed.get(i);
            assertEquals(a.parameter(), c.parameter(), name + " row " + i);
            for (double[] pair : new double[][] {{a.poolMedian(), c.poolMedian()}, {a.median(), c.median()},
                    {a.low(), c.low()}, {a.high(), c.high()}, {a.shift(), c.shift()}}) {
                assertEquals(pair[0], pair[1], 1e-9 * Math.max(1, Math.abs(pair[0])), name + " " + a.parameter());
            }
            assertTrue(c.low() <= c.median() && c.median() <= c.high(), name + " " + c.parameter() + ": a 90% range");
        }
    }
}

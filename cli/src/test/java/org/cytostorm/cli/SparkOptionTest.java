package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --spark} without the spark module on the class path (the cli's own tests do not have it):
 * a clear message naming what brings it, exit 2, nothing written. The runs on Spark are the spark
 * module's tests (SparkTrialTest).
 */
class SparkOptionTest {

    @TempDir
    Path dir;

    @Test
    void aTrialOnSparkWithoutTheSparkModuleIsRefusedWithWhatToRun() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("trial", "car-t-axi-cel", "--patients", "2", "--spark", "local[2]", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("--spark: the spark module is not on the class path"), r.err());
        assertTrue(r.err().contains("./cytostorm") && r.err().contains("spark-submit"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void threadsAndSparkTogetherAreRefused() {
        CliRun r = CliRun.of("cohort", "car-t-axi-cel", "--patients", "2", "--threads", "2", "--spark", "local[2]",
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("--threads and --spark"), r.err());
    }
}

package org.cytostorm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort and sensitivity commands with {@code --spark} write what they write without it (the
 * trial's check, with a failed task, is {@link SparkTrialTest}).
 */
class SparkCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aCohortOnSparkWritesTheLocalRunnersOutputs() throws Exception {
        List<String> common = List.of("cohort", "car-t-axi-cel", "--patients", "60", "--seed", "3");
        Cli local = run(common, "--threads", "2", "--out", dir.resolve("local").toString());
        Cli spark = run(common, "--spark", "local[2]", "--out", dir.resolve("spark").toString());
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        for (String f : List.of("patients.parquet", "summary.json")) {
            assertEquals(-1L, Files.mismatch(dir.resolve("local").resolve(f), dir.resolve("spark").resolve(f)), f);
        }
    }

    @Test
    void aSensitivityAnalysisOnSparkWritesTheLocalRunnersOutputs() throws Exception {
        // GIVEN a model whose readout mixes its parameters, and a Sobol design of 64 x (3 + 2) = 320
        // points: seven batches, so seven Spark tasks
        Path model = dir.resolve("mixed.ant");
        Files.writeString(model, "model mixed()\n  a = 1\n  b = 1\n  c = 1\n  y := a*b + 0.3*c^2\nend\n");
        List<String> common = List.of("sensitivity", model.toString(), "--method", "sobol", "--parameters",
                "a=uniform(0..2),b=uniform(0..2),c=uniform(0..2)", "--outputs", "y", "--end", "1", "--samples", "64",
                "--bootstrap", "50");
        // WHEN it runs locally and on Spark
        Cli local = run(common, "--threads", "2", "--out", dir.resolve("local").toString());
        Cli spark = run(common, "--spark", "local[2]", "--out", dir.resolve("spark").toString());
        // THEN
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("320 evaluations, spark local[2]"), spark.out());
        for (String f : List.of("indices.csv", "evaluations.csv", "summary.json")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(dir.resolve("spark").resolve(f)),
                    f);
        }
    }

    private static Cli run(List<String> common, String... more) {
        List<String> args = new java.util.ArrayList<>(common);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}

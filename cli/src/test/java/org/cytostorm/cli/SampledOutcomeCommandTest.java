package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --seed S [--patient K]}: one sampled fate, printed and recorded, the same every time. */
class SampledOutcomeCommandTest {

    private static final String LINE = "(?s).*\nSampled outcome \\(seed 7, patient 3\\): "
            + "(died on day \\d+\\.\\d \\([a-z, ]+\\)|alive at day 5)\n.*";

    @TempDir
    Path dir;

    @Test
    void aSeedPrintsAndRecordsTheFateTheSameEveryTime() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path out = dir.resolve("sampled");
        CliRun first = CliRun.of("run", scenario.toString(), "--out", out.toString(), "--seed", "7", "--patient", "3");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().matches(LINE), first.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode fate = json.get("sampled_outcome");
        assertEquals(7, fate.get("seed").asLong());
        assertEquals(3, fate.get("patient").asLong());
        assertTrue(first.out().contains("): " + fate.get("text").asText() + "\n"), first.out());
        assertEquals(7, json.at("/provenance/seed").asLong());

        CliRun again = CliRun.of("run", scenario.toString(), "--no-files", "--seed", "7", "--patient", "3");
        assertEquals(first.out().lines().filter(l -> l.startsWith("Sampled outcome")).toList(),
                again.out().lines().filter(l -> l.startsWith("Sampled outcome")).toList());
    }

    @Test
    void withoutASeedNothingIsDrawn() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path out = dir.resolve("plain");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("Sampled outcome"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertFalse(json.has("sampled_outcome"));
        assertTrue(json.at("/provenance/seed").isNull());
    }

    @Test
    void badValuesExit2WithAMessage() {
        CliRun noSeed = CliRun.of("run", "healthy", "--no-files", "--patient", "3");
        assertEquals(2, noSeed.exitCode(), noSeed.err());
        assertTrue(noSeed.err().contains("--patient needs --seed"), noSeed.err());
        assertFalse(noSeed.err().contains("simulating"), noSeed.err());

        CliRun negative = CliRun.of("run", "healthy", "--no-files", "--seed", "1", "--patient", "-1");
        assertEquals(2, negative.exitCode(), negative.err());
        assertTrue(negative.err().contains("--patient must be 0 or more"), negative.err());

        CliRun notANumber = CliRun.of("run", "healthy", "--no-files", "--seed", "seven");
        assertEquals(2, notANumber.exitCode(), notANumber.err());
        assertTrue(notANumber.err().contains("--seed") && notANumber.err().contains("seven"), notANumber.err());
    }
}

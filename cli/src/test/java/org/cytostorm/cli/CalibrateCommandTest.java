package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cytostorm calibrate}: a small pool end to end, and bad input refused with exit 2. */
class CalibrateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallPoolIsWeightedToAReachableTarget() throws IOException {
        Path spec = dir.resolve("c.yaml");
        Files.writeString(spec, "scenario: car-t-liso-cel\ncare: car-t-crs\npatients: 30\nfollow_up: 28 d\ntargets:\n"
                + "  - {name: CRS, rate: crs_any, value: 50%, source: test}\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("calibrate", spec.toString(), "--cohort", "200", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode c = new ObjectMapper().readTree(out.resolve("calibration.json").toFile());
        assertEquals(0.5, c.at("/targets/0/weighted").asDouble(), 0.01, "the weighted pool meets 50%");
        assertTrue(c.at("/targets/0/met").asBoolean());
        List<String> weights = Files.readAllLines(out.resolve("weights.csv"));
        assertEquals(31, weights.size(), "a header and a row per pool patient");
        double sum = weights.subList(1, 31).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[1])).sum();
        assertEquals(1, sum, 1e-9);
        assertTrue(Files.readString(out.resolve("report.html")).contains("targets met"));
        // the fitted distributions: the parameter moved most is the summary's, with its shift, and
        // its fitted median lies in its fitted 90% range
        List<String> fitted = Files.readAllLines(out.resolve("fitted.csv"));
        assertEquals("parameter,pool_median,fitted_median,fitted_p05,fitted_p95,shift_sd", fitted.get(0));
        String[] top = fitted.get(1).split(",");
        assertEquals(c.at("/parameters_moved_most/0/parameter").asText(), top[0]);
        assertEquals(c.at("/parameters_moved_most/0/standardised_shift").asDouble(), Double.parseDouble(top[5]), 1e-12);
        assertTrue(Double.parseDouble(top[3]) <= Double.parseDouble(top[2])
                && Double.parseDouble(top[2]) <= Double.parseDouble(top[4]), fitted.get(1));
    }

    @Test
    void badInputIsNamedAndExitsTwo() throws IOException {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, "scenario: car-t-liso-cel\ntargets:\n  - {rate: crs_any, value: 50%}\n");
        String[][] cases = {
            {"calibrate", spec.toString()},
            {"calibrate", "car-t-axi-ce"},
            {"calibrate", "car-t-axi-cel", "--patients", "5"},
        };
        String[] says = {"bad.yaml:3", "car-t-axi-cel", "--patients"};
        for (int i = 0; i < cases.length; i++) {
            CliRun r = CliRun.of(cases[i]);
            assertEquals(2, r.exitCode(), String.join(" ", cases[i]) + ": " + r.err());
            assertTrue(r.err().contains(says[i]), String.join(" ", cases[i]) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}

package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A change that is not meant to change the model changes no number: every built-in scenario, and
 * five runs under care protocols with rules or with doses from the command line, run through the
 * command line as a user would, give the timeseries.csv and summary.json figures written when the
 * organ and outcome model of issue 14 was finished (src/test/resources/golden/README.md says how
 * they were made and what changed from the set before).
 */
class GoldenRunsTest {

    private static final String GOLDEN = "/golden/issue-14/";
    private static final String TREATED = "/golden/issue-14-treated/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> scenarios() throws IOException {
        try (InputStream in = GoldenRunsTest.class.getResourceAsStream(GOLDEN + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Care protocols with rules and doses from the command line: the supervisor's and the interventions' paths. */
    static List<String> treated() throws IOException {
        try (InputStream in = GoldenRunsTest.class.getResourceAsStream(TREATED + "cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aBuiltInScenarioGivesTheGoldenFigures(String scenario) throws IOException {
        compare(GOLDEN, scenario, new String[] {scenario});
    }

    @ParameterizedTest
    @MethodSource("treated")
    void aTreatedScenarioGivesTheGoldenFigures(String nameAndArguments) throws IOException {
        int bar = nameAndArguments.indexOf('|');
        compare(TREATED, nameAndArguments.substring(0, bar), nameAndArguments.substring(bar + 1).split(" "));
    }

    /** Runs {@code run ARGS --out DIR} and compares its files with the golden ones of {@code name} under {@code base}. */
    private void compare(String base, String scenario, String[] arguments) throws IOException {
        Path out = dir.resolve(scenario);
        List<String> args = new java.util.ArrayList<>(List.of("run"));
        args.addAll(List.of(arguments));
        args.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.err());

        String expectedCsv;
        try (InputStream in = new GZIPInputStream(resource(base + scenario + "/timeseries.csv.gz"))) {
            expectedCsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String actualCsv = Files.readString(out.resolve("timeseries.csv"));
        if (!expectedCsv.equals(actualCsv)) {
            fail(scenario + ": timeseries.csv differs: " + firstDifference(expectedCsv, actualCsv));
        }

        JsonNode expected = JSON.readTree(resource(base + scenario + "/summary.json"));
        JsonNode actual = JSON.readTree(out.resolve("summary.json").toFile());
        requireContains(scenario, "", expected, actual);
    }

    /** Every field of the old summary is in the new one with the same value; new fields may be added. */
    private static void requireContains(String scenario, String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            assertTrue(actual != null && actual.isObject(), scenario + ": " + path + " is no longer an object");
            for (Map.Entry<String, JsonNode> f : expected.properties()) {
                requireContains(scenario, path + "." + f.getKey(), f.getValue(), actual.get(f.getKey()));
            }
        } else if (expected.isArray()) {
            assertTrue(actual != null && actual.isArray() && actual.size() == expected.size(),
                    scenario + ": " + path + " changed length");
            for (int i = 0; i < expected.size(); i++) {
                requireContains(scenario, path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertEquals(expected, actual, scenario + ": summary.json" + path);
        }
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                String[] cx = x[i].split(",", -1);
                String[] cy = y[i].split(",", -1);
                String[] header = x[0].split(",", -1);
                for (int c = 0; c < Math.min(cx.length, cy.length); c++) {
                    if (!cx[c].equals(cy[c])) {
                        return "line " + (i + 1) + ", column " + (c < header.length ? header[c] : c) + ": expected "
                                + cx[c] + ", found " + cy[c];
                    }
                }
                return "line " + (i + 1) + " has " + cy.length + " cells, expected " + cx.length;
            }
        }
        return "expected " + x.length + " lines, found " + y.length;
    }

    private static InputStream resource(String name) {
        InputStream in = GoldenRunsTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}

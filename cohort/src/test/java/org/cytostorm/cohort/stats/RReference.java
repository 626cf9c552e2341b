package org.cytostorm.cohort.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cytostorm.common.io.Csv;

/**
 * The reference files that cohort/src/test/r/survival-reference.R writes with R's survival package
 * (committed under src/test/resources/survival-reference/, re-derived in CI by
 * cohort/check-against-r.sh): the data sets, R's Kaplan–Meier rows and R's other values.
 */
final class RReference {

    /** Agreement required with R: 1e-6, relative for values above 1 in magnitude. */
    static final double TOLERANCE = 1e-6;

    private static final String DIR = "/survival-reference/";

    private RReference() {
    }

    /** A data set: observations with all covariates, and the covariates' names. */
    record DataSet(String name, List<SurvivalObservation> observations, List<String> covariates) {

        /** The observations with only the first {@code p} covariates. */
        List<SurvivalObservation> withFirstCovariates(int p) {
            return observations.stream().map(o -> new SurvivalObservation(o.time(), o.event(), o.group(),
                    java.util.Arrays.copyOf(o.covariates(), p))).toList();
        }
    }

    static DataSet data(String name) {
        List<Csv.Row> rows = rows(name + "-data.csv");
        List<String> header = rows.get(0).cells();
        assertEquals(List.of("time", "event", "group"), header.subList(0, 3), name + " data header");
        List<SurvivalObservation> observations = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            double[] x = new double[header.size() - 3];
            for (int j = 0; j < x.length; j++) {
                x[j] = number(r.cell(3 + j));
            }
            observations.add(new SurvivalObservation(number(r.cell(0)), number(r.cell(1)) == 1,
                    (int) number(r.cell(2)), x));
        }
        return new DataSet(name, observations, List.copyOf(header.subList(3, header.size())));
    }

    /** R's survfit rows of one data set, keyed by column name, in file order. */
    static List<Map<String, String>> kaplanMeier(String name) {
        List<Csv.Row> rows = rows(name + "-km.csv");
        List<String> header = rows.get(0).cells();
        List<Map<String, String>> out = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) {
                m.put(header.get(j), r.cell(j));
            }
            out.add(m);
        }
        return out;
    }

    /** R's key,value file of one data set (or {@code proportions} rows for that file). */
    static Map<String, Double> values(String name) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<Csv.Row> rows = rows(name + "-values.csv");
        for (Csv.Row r : rows.subList(1, rows.size())) {
            values.put(r.cell(0), number(r.cell(1)));
        }
        return values;
    }

    static List<Csv.Row> rows(String file) {
        try (InputStream in = RReference.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + file
                        + " (run cohort/src/test/r/survival-reference.R)");
            }
            return Csv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as R prints it: NA is NaN, Inf and -Inf are infinities. */
    static double number(String text) {
        return switch (text) {
            case "NA", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** Asserts agreement with R to {@link #TOLERANCE}; NA must be NaN, Inf must be Inf. */
    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what + ": R gives " + expected);
            return;
        }
        double allowed = TOLERANCE * Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(actual - expected) <= allowed,
                () -> what + ": R " + expected + ", Java " + actual + " (difference " + (actual - expected) + ")");
    }

    /** As {@link #assertClose(double, double, String)}, where R's NA is an empty optional. */
    static void assertClose(double expected, OptionalDouble actual, String what) {
        assertClose(expected, actual.orElse(Double.NaN), what);
    }
}

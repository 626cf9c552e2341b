package org.cytostorm.physiology.treat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The biomarker changes each drug makes at its target, as its label and pivotal papers report them
 * ({@code biomarkers.tsv} beside this class). One table serves two readers: the acceptance test
 * that reproduces every change in a simulated patient, and the generated {@code docs/treatments.md},
 * so the page lists exactly what is tested. Immutable; thread-safe.
 */
public final class DrugBiomarkers {

    /** Status of a row the model reproduces (and the test checks). */
    public static final String REPRODUCED = "reproduced";

    private static final String RESOURCE = "biomarkers.tsv";
    private static final List<String> HEADER = List.of("id", "drug", "biomarker", "direction", "published", "figure",
            "source", "setting", "readout", "status");

    /**
     * One published change.
     *
     * @param id        stable key (the test's check for it)
     * @param drug      the drug's catalogue name
     * @param biomarker what is measured
     * @param direction {@code up}, {@code down} or {@code unchanged}
     * @param published the published finding, with its figures
     * @param figure    the published number the check uses, if any (unit as {@code readout} says)
     * @param source    DOI, PMID or {@code ref: citation}
     * @param setting   the simulated patient and doses
     * @param readout   the model readout and the criterion
     * @param status    {@code reproduced}, or {@code not modelled: reason}
     */
    public record Entry(String id, String drug, String biomarker, String direction, String published,
            Optional<Double> figure, String source, String setting, String readout, String status) {

        public boolean reproduced() {
            return REPRODUCED.equals(status);
        }
    }

    private static final List<Entry> STANDARD = parse();

    private DrugBiomarkers() {
    }

    /** Every row of the shipped table, in its order. */
    public static List<Entry> standard() {
        return STANDARD;
    }

    private static List<Entry> parse() {
        String text;
        try (InputStream in = DrugBiomarkers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        List<Entry> rows = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header) {
                if (!List.of(f).equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": header must be " + HEADER);
                }
                header = false;
                continue;
            }
            if (f.length != HEADER.size()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + HEADER.size() + " columns expected, "
                        + f.length + " found");
            }
            if (!List.of("up", "down", "unchanged").contains(f[3])) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": direction must be up, down or unchanged");
            }
            if (Drugs.find(f[1]).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown drug " + f[1]);
            }
            Optional<Double> figure = f[5].isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(f[5]));
            rows.add(new Entry(f[0], f[1], f[2], f[3], f[4], figure, f[6], f[7], f[8], f[9]));
        }
        return List.copyOf(rows);
    }
}

package org.cytostorm.sbml.testsuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.io.Csv;

/**
 * The suite folder: {@code index.csv} ({@code case,componentTags,testTags,tier}; tags separated by
 * {@code ;}) and {@code cases/NNNNN/}.
 *
 * @param dir   the suite folder
 * @param cases every listed case, in the file's order
 */
public record SuiteIndex(Path dir, List<SuiteCase> cases) {

    public SuiteIndex {
        cases = List.copyOf(cases);
    }

    /**
     * Reads {@code dir/index.csv}.
     *
     * @throws NoSuchFileException  when the folder, its index.csv or its cases/ folder is missing
     * @throws InputException for a malformed index (file, line, column)
     */
    public static SuiteIndex read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a folder");
        }
        Path index = dir.resolve("index.csv");
        if (!Files.isRegularFile(index)) {
            throw new NoSuchFileException(index.toString(), null, "the suite folder must hold index.csv");
        }
        if (!Files.isDirectory(dir.resolve("cases"))) {
            throw new NoSuchFileException(dir.resolve("cases").toString(), null,
                    "the suite folder must hold cases/NNNNN/");
        }
        return parse(Files.readString(index, StandardCharsets.UTF_8), index.toString(), dir);
    }

    /** Parses index.csv text; {@code source} names it in messages, cases are under {@code dir/cases}. */
    public static SuiteIndex parse(String text, String source, Path dir) {
        List<Csv.Row> records = Csv.read(text, source);
        List<SuiteCase> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        for (Csv.Row record : records) {
            String[] cells = record.cells().toArray(String[]::new);
            int lineNo = record.line();
            if (!header) {
                header = true;
                List<String> names = Arrays.stream(cells).map(String::strip).toList();
                if (!names.equals(List.of("case", "componentTags", "testTags", "tier"))) {
                    throw new InputException(source, lineNo, "header",
                            "expected 'case,componentTags,testTags,tier', got '" + String.join(",", cells) + "'");
                }
                continue;
            }
            if (cells.length != 4) {
                throw new InputException(source, lineNo, null, "expected 4 columns, found " + cells.length);
            }
            String id = cells[0].strip();
            if (!id.matches("\\d{5}")) {
                throw new InputException(source, lineNo, "case", "expected a five-digit case number, got '"
                        + id + "'");
            }
            if (!seen.add(id)) {
                throw new InputException(source, lineNo, "case", "case " + id + " listed twice");
            }
            String tier = cells[3].strip();
            if (tier.isEmpty()) {
                throw new InputException(source, lineNo, "tier", "missing");
            }
            cases.add(new SuiteCase(id, tier, tags(cells[1]), tags(cells[2]), dir.resolve("cases").resolve(id)));
        }
        if (!header) {
            throw new InputException(source, 0, null, "empty");
        }
        return new SuiteIndex(dir, cases);
    }

    private static List<String> tags(String cell) {
        List<String> out = new ArrayList<>();
        for (String t : cell.split(";")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** The cases a selection names (see {@link CaseSelection}), in index order. */
    public List<SuiteCase> select(CaseSelection selection) {
        return selection.apply(cases);
    }
}

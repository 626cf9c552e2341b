package org.cytostorm.sbml.testsuite;

import java.nio.file.Path;
import java.util.List;

/**
 * One case of the suite, as index.csv lists it.
 *
 * @param id            the five-digit case number, as its folder is named ("00001")
 * @param tier          A, B or C (see the suite folder's README.md)
 * @param componentTags the SBML components present, sorted
 * @param testTags      the aspects tested, sorted
 * @param dir           the case's folder, {@code cases/NNNNN}
 */
public record SuiteCase(String id, String tier, List<String> componentTags, List<String> testTags, Path dir) {

    public SuiteCase {
        componentTags = List.copyOf(componentTags);
        testTags = List.copyOf(testTags);
    }

    /** The case number (1 for "00001"). */
    public int number() {
        return Integer.parseInt(id);
    }

    public Path settingsFile() {
        return dir.resolve(id + "-settings.txt");
    }

    public Path resultsFile() {
        return dir.resolve(id + "-results.csv");
    }

    /** The SBML Level 3 Version 2 model. */
    public Path modelFile() {
        return dir.resolve(id + "-sbml-l3v2.xml");
    }
}

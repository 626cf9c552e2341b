package org.cytostorm.common.yaml;

import java.util.Locale;
import org.cytostorm.common.input.InputException;

/**
 * The size limits of a YAML text, checked in one pass before the parser sees it. Why: the YAML
 * scanner slows down badly on a very long line (a 20 MB one took 42 s to be refused), and no
 * scenario, protocol or tissue config comes near these limits (the largest built-in is 6 kB, its
 * longest line 450 characters).
 */
public final class YamlSize {
    /** Characters a YAML file may hold: {@value}. */
    public static final int MAX_CHARS = 1_000_000;
    /** Characters a line of a YAML file may hold: {@value}. */
    public static final int MAX_LINE_CHARS = 10_000;

    private YamlSize() {
    }

    /**
     * Refuses a text above either limit, naming the file (and the first line too long).
     *
     * @throws InputException naming the file, the line, the limit and the size found
     */
    public static void requireWithinLimits(String text, String file) {
        if (text.length() > MAX_CHARS) {
            throw new InputException(file, 0, "", String.format(Locale.ROOT,
                    "the file holds %,d characters; a YAML file may hold at most %,d", text.length(), MAX_CHARS));
        }
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int length = i - start;
                if (length > MAX_LINE_CHARS) {
                    throw new InputException(file, line, "", String.format(Locale.ROOT,
                            "the line holds %,d characters; a line may hold at most %,d", length, MAX_LINE_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
    }
}

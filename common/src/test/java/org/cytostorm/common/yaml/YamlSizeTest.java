package org.cytostorm.common.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** A YAML text above the size limits is refused before parsing, fast, naming file and line. */
class YamlSizeTest {

    @Test
    void aTwentyMegabyteSingleLineIsRefusedAtOnce() {
        String huge = "name: " + "x".repeat(20_000_000);
        // the parser took 42 s to refuse this; the check before it reads each character once
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InputException.class, () -> YamlDocument.parse(huge, "big.yaml")));
        assertEquals("big.yaml", e.file());
        assertTrue(e.getMessage().contains(String.format(java.util.Locale.ROOT, "%,d", huge.length())), e.getMessage());
        assertTrue(e.getMessage().contains(String.format(java.util.Locale.ROOT, "%,d", YamlSize.MAX_CHARS)), e.getMessage());
    }

    @Test
    void aLongLineIsRefusedNamingItsLine() {
        String longLine = "description: " + "y".repeat(YamlSize.MAX_LINE_CHARS);
        String text = "name: a\nseed: 1\n" + longLine + "\nend: 2\n";
        InputException e = assertThrows(InputException.class, () -> YamlDocument.parse(text, "long.yaml"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("long.yaml:3: "), e.getMessage());
        assertTrue(e.getMessage().contains(String.format(java.util.Locale.ROOT, "%,d", longLine.length())), e.getMessage());
    }

    @Test
    void aLineAtTheLimitIsRead() {
        String value = "z".repeat(YamlSize.MAX_LINE_CHARS - "name: ".length());
        YamlNode root = YamlDocument.parse("seed: 1\nname: " + value + "\n", "ok.yaml").orElseThrow();
        assertEquals(value, root.get("name").orElseThrow().text());
    }
}

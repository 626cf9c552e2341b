package org.cytostorm.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files refused before parsing: each refusal names the file, and the line where there is one. */
class InputFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        Path p = write("bom.csv", "\uFEFFID,TIME\n1,0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("ID,TIME\n1,0\n", InputFiles.read(p));
    }

    @Test
    void textThatIsNotUtf8NamesTheLineAndNeverEchoesIt() throws IOException {
        byte[] latin1 = "name: ok\nnote: caf\u00e9 secret\n".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin1.yaml", latin1);
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(p));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(p + ":2: not UTF-8 text (byte 0xE9 at byte 10 of the line)"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void binaryInputIsRefusedAsText() throws IOException {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path p = write("binary.ant", bytes);
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(p, InputLimits.TEXT_MODEL));
        // bytes 0..127 are ASCII with one newline (byte 10): the first bad byte 0x80 is on line 2
        assertEquals(2, e.line(), e.getMessage());
    }

    @Test
    void aDirectoryADeviceAndAMissingFileAreNamed() {
        assertTrue(assertThrows(InputException.class, () -> InputFiles.read(dir)).getMessage()
                .endsWith("is a directory, not a settings file"));
        assertTrue(assertThrows(InputException.class, () -> InputFiles.read(Path.of("/dev/zero"))).getMessage()
                .startsWith("/dev/zero: is not a regular file"));
        assertTrue(assertThrows(InputException.class, () -> InputFiles.read(dir.resolve("none.yaml"))).getMessage()
                .endsWith("no such file"));
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path p = write("big.yaml", new byte[5000]);
        InputLimits small = new InputLimits(4096, 1024, "a test file");
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(p, small));
        assertTrue(e.getMessage().contains("5000 bytes, more than the limit of 4096"), e.getMessage());
    }

    @Test
    void aLineAboveTheLineLimitIsNamed() throws IOException {
        String text = "a: 1\nb: " + "x".repeat(70_000) + "\nc: 3\n";
        Path p = write("long.yaml", text.getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(p));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("70003 bytes, more than the limit of " + InputLimits.SETTINGS.maxLineBytes()),
                e.getMessage());
    }

    @Test
    void twentyMegabytesOnOneLineAreRefusedBySizeAtOnce() throws IOException {
        Path p = write("huge.yaml", ("description: \"" + "a".repeat(20_000_000) + "\"\n").getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(p));
        assertTrue(e.getMessage().contains("more than the limit of " + InputLimits.SETTINGS.maxBytes()), e.getMessage());
    }
}

package org.cytostorm.common.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads input files for the parsers, refusing before any parsing what no parser should see: a
 * missing file, a directory or device, a file or line above its {@link InputLimits}, text that is
 * not UTF-8. Every refusal is an {@link InputException} naming the file (and the line where there
 * is one), which the command line reports with exit code 2. A UTF-8 byte-order mark is ignored, as
 * editors on Windows write one.
 */
public final class InputFiles {

    private static final int BOM_LENGTH = 3;

    private InputFiles() {
    }

    /** The text of a settings file (scenario, protocol, tissue config, dosing file). */
    public static String read(Path file) {
        return read(file, InputLimits.SETTINGS);
    }

    /**
     * The file's text, decoded as UTF-8 without its byte-order mark.
     *
     * @throws InputException naming the file (and line) and what is wrong
     */
    public static String read(Path file, InputLimits limits) {
        byte[] bytes = readBytes(file, limits);
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        checkLines(file, bytes, start, limits);
        return decode(file, bytes, start);
    }

    /**
     * The file's bytes, for formats that declare their own encoding (XML); checked for existence,
     * kind and size but not decoded.
     */
    public static byte[] readBytes(Path file, InputLimits limits) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, "", "is a directory, not " + limits.what());
        }
        if (!Files.exists(file)) {
            throw new InputException(name, 0, "", "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name, 0, "", "is not a regular file (a device or pipe cannot be " + limits.what()
                    + ")");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(name, size, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read one byte more than allowed: a file that grows while read is still caught
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) {
                    throw tooLarge(name, bytes.length, limits);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name, 0, "", "permission denied");
        } catch (IOException e) {
            throw new InputException(name, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static InputException tooLarge(String name, long size, InputLimits limits) {
        return new InputException(name, 0, "", String.format(Locale.ROOT,
                "the file has %d bytes, more than the limit of %d for %s", size, limits.maxBytes(), limits.what()));
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= BOM_LENGTH && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Refuses a line above the limit in one pass over the bytes, before a parser spends time on it. */
    private static void checkLines(Path file, byte[] bytes, int start, InputLimits limits) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int length = i - lineStart;
                if (length > limits.maxLineBytes()) {
                    throw new InputException(file.toString(), line, "", String.format(Locale.ROOT,
                            "the line has %d bytes, more than the limit of %d for %s", length, limits.maxLineBytes(),
                            limits.what()));
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    private static String decode(Path file, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        out.flip();
        return out.toString();
    }

    /** Names the line and column (in bytes) of the first byte that is not UTF-8; never echoes the content. */
    private static InputException notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String at = offset < bytes.length ? String.format(Locale.ROOT, " (byte 0x%02X at byte %d of the line)",
                bytes[offset] & 0xFF, offset - lineStart + 1) : " (a character cut off at the end)";
        return new InputException(file.toString(), line, "", "not UTF-8 text" + at + "; save the file as UTF-8");
    }
}

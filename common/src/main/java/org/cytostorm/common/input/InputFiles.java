package org.cytostorm.common.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading an input file as text, a failure being bad input that names the file (exit code 2), not a crash. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The file's text (UTF-8).
     *
     * @throws InputException naming the file and what went wrong
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            InputException x = new InputException(file.toString(), 0, "", "cannot read the file ("
                    + e.getClass().getSimpleName() + ")");
            x.initCause(e);
            throw x;
        }
    }
}

package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command whose standard output cannot be written (a full disk: {@code > /dev/full}) fails with
 * exit code 1 and says so, instead of exiting 0 with nothing written.
 */
class StandardOutputErrorsTest {

    /** A stream that refuses every byte, as /dev/full does. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    /** A writer that refuses every character. */
    private static final class FullWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
        }

        @Override
        public void close() {
        }
    }

    private static Path example() {
        return Paths.get(System.getProperty("cytostorm.root", ".."), "examples", "reynolds2006.ant");
    }

    private record Outcome(int code, String err) {
    }

    /** Runs in-process with standard output on {@code out}, over {@code stream}. */
    private static Outcome run(PrintWriter out, PrintStream stream, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(out);
        cl.setErr(new PrintWriter(err));
        int code = Main.execute(cl, stream, args);
        return new Outcome(code, err.toString());
    }

    private static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    @Test
    void aWriterThatFailsMakesListExitOne() {
        Outcome o = run(new PrintWriter(new FullWriter()), nowhere(), "list");
        assertEquals(1, o.code(), o.err());
        assertEquals("error: cannot write to standard output\n", o.err());
    }

    @Test
    void aStreamThatFailsUnderTheWriterIsFoundToo() {
        // System.out is a PrintStream: it keeps the error to itself, and the writer over it sees none
        PrintStream full = new PrintStream(new FullDisk(), true);
        Outcome o = run(new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true), full,
                "run", "healthy", "--no-files");
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().endsWith("error: cannot write to standard output\n"), o.err());
    }

    @Test
    void simulateToAFullStandardOutputExitsOne() {
        Outcome o = run(new PrintWriter(new FullWriter()), nowhere(), "simulate", example().toString(), "--end", "1");
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().endsWith("error: cannot write to standard output\n"), o.err());
    }

    @Test
    void aWritableStandardOutputChangesNothing() {
        StringWriter text = new StringWriter();
        Outcome o = run(new PrintWriter(text), nowhere(), "list");
        assertEquals(0, o.code(), o.err());
        assertTrue(text.toString().contains("sepsis"), text.toString());
    }

    @Test
    void badInputKeepsItsOwnExitCode() {
        Outcome o = run(new PrintWriter(new FullWriter()), nowhere(), "run", "nosuchscenario");
        assertEquals(2, o.code(), o.err());
    }

    @Test
    void theProgramWritingToDevFullExitsOne() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "a system with /dev/full");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "list"));
        Path err = Files.createTempFile("stderr", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(full).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "list finished");
            assertEquals(1, p.exitValue(), Files.readString(err));
            assertEquals("error: cannot write to standard output\n", Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}

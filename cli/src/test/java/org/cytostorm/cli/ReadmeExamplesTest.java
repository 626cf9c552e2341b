package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples work as written: each {@code java} block (its imports, then
 * statements) is compiled as the body of a {@code main} method against the project's classes and
 * run in a fresh JVM, in a folder holding the repository's {@code examples/}, and what it wrote is
 * checked.
 */
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void bothJavaExamplesCompileAndRun() throws Exception {
        Path root = Path.of(System.getProperty("cytostorm.root", ".."));
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertEquals(2, blocks.size(), "the engine example and the patient example");
        Files.createDirectories(work.resolve("examples"));
        Files.copy(root.resolve("examples/reynolds2006.ant"), work.resolve("examples/reynolds2006.ant"));

        for (int i = 0; i < blocks.size(); i++) {
            run("ReadmeExample" + i, blocks.get(i));
        }

        // the engine example wrote its trajectories
        List<String> csv = Files.readAllLines(work.resolve("septic.csv"));
        assertTrue(csv.get(0).startsWith("time,"), csv.get(0));
        assertEquals(102, csv.size(), "a header and 101 output times");
        // the patient example wrote the three files, with the setting and the dose it asked for
        JsonNode summary = new ObjectMapper().readTree(work.resolve("axi-cel-toci/summary.json").toFile());
        assertEquals(0.02, summary.at("/inputs/settings/k_cart_act").asDouble());
        assertEquals("tocilizumab", summary.at("/inputs/scheduled_doses/0/drug").asText());
        assertEquals(72.0, summary.at("/inputs/scheduled_doses/0/time_h").asDouble());
        assertTrue(Files.size(work.resolve("axi-cel-toci/report.html")) > 0);
        assertTrue(Files.size(work.resolve("axi-cel-toci/timeseries.csv")) > 0);
    }

    /** Compiles a block as {@code name.main} and runs it in {@link #work}; it must exit 0. */
    private void run(String name, String block) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path src = work.resolve("src/" + name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, imports + "public class " + name + " {\n    public static void main(String[] args)"
                + " throws Exception {\n" + body + "    }\n}\n");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        String classPath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, src.toString());
        assertEquals(0, compiled, "the README's block " + name + " compiles:\n" + Files.readString(src));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classes + File.pathSeparator + classPath, name)
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " finished");
        assertEquals(0, p.exitValue(), name + " ran:\n" + output);
    }

}

package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytostorm.common.testing.Executables;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium}, headless, opening a local page: its screenshot and its rendered DOM.
 * Where it is missing the tests that need it are skipped, unless the system property
 * {@code cytostorm.require.chromium} is true (CI: .ci/run installs chromium and sets it through
 * the environment, cli/pom.xml), so that CI cannot pass without the browser check.
 */
final class HeadlessChromium {

    /** The window: a report's width, tall enough for a trial report's two figures. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 2600;
    private static final long TIMEOUT_S = 120;

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The browser on the PATH; skips the test (or fails it, where chromium is required) without one. */
    static HeadlessChromium find() {
        Optional<Path> found = Executables.onPath("chromium").or(() -> Executables.onPath("chromium-browser"));
        if (found.isEmpty()) {
            String why = "chromium (Debian package chromium) is not on the PATH";
            if (Boolean.getBoolean("cytostorm.require.chromium")) {
                fail(why + ", and cytostorm.require.chromium is true");
            }
            Assumptions.abort(why + ": report screenshots not checked");
        }
        return new HeadlessChromium(found.get());
    }

    /** Writes the page's screenshot (PNG, {@link #WIDTH} × {@link #HEIGHT}) to {@code png}. */
    void screenshot(Path page, Path png, Path work) throws IOException, InterruptedException {
        run(page, work, "--screenshot=" + png.toAbsolutePath());
        if (!Files.isRegularFile(png)) {
            fail("chromium wrote no screenshot of " + page + ": " + text(work.resolve("stderr.txt")));
        }
    }

    /** The DOM after chromium has loaded and rendered the page. */
    String renderedDom(Path page, Path work) throws IOException, InterruptedException {
        return run(page, work, "--dump-dom");
    }

    private String run(Path page, Path work, String what) throws IOException, InterruptedException {
        // a fresh profile for every run: nothing cached or locked by an earlier one
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT, what, page.toAbsolutePath().toUri().toString()));
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_S + " s: " + command);
        }
        if (p.exitValue() != 0) {
            fail("chromium exited with " + p.exitValue() + ": " + text(err));
        }
        return text(out);
    }

    /** A file's text, malformed bytes replaced (chromium's log is not ours to trust). */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

package org.cytostorm.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytostorm.common.input.InputException;

/**
 * The rule every fuzz target checks (the {@code *FuzzTest} classes of each module, run by Jazzer):
 * reading any input either succeeds or fails with a clean bad-input error, one that the command
 * line reports as one line and exit code 2 (the cli's {@code ErrorHandler}):
 * <ul>
 * <li>{@link InputException}, and the errors of the module read ({@code ModelException},
 *     {@code SbmlException}), given to {@link #accepting};</li>
 * <li>an exception whose class name ends in {@code ParseException} ({@code ModelParseException});</li>
 * <li>an {@link IOException}, bare or in an {@link UncheckedIOException};</li>
 * <li>{@link IllegalArgumentException}, while readers still throw it; with the system property
 *     {@code cytostorm.fuzz.strict=true} it is a finding too.</li>
 * </ul>
 * Anything else is rethrown for Jazzer to record as a finding: {@code NullPointerException},
 * {@code IllegalStateException}, {@code NumberFormatException}, {@code StackOverflowError},
 * {@code OutOfMemoryError}, an internal error. So are two clean errors that leave the user lost: one
 * without a message (the command line would print {@code error: null}), and a text decoding error
 * that names no line (an {@link InputException} with a line is clean).
 *
 * <p>For scripts/fuzz.sh, two files named by system properties: the first input of each kind of
 * finding with its error and top frames ({@value #FINDINGS}: what libFuzzer's {@code crash-SHA1}
 * file holds), and the clean errors let through, counted by class and place ({@value #SUMMARY},
 * written by {@link #writeSummary}), so that the readers still throwing
 * {@code IllegalArgumentException} can be found. Not thread-safe: one fuzz target, one thread.
 */
public final class FuzzOracle {

    /** The system property that makes {@link IllegalArgumentException} a finding. */
    public static final String STRICT = "cytostorm.fuzz.strict";
    /** The system property naming the file {@link #writeSummary} writes. */
    public static final String SUMMARY = "cytostorm.fuzz.summary";
    /** The system property naming the file findings are listed in. */
    public static final String FINDINGS = "cytostorm.fuzz.findings";
    /** The system property that lists every finding, not only the first of each kind (to reproduce inputs). */
    public static final String FINDINGS_EACH = "cytostorm.fuzz.findings.each";

    private static final int EXAMPLE_CHARS = 160;
    private static final int TOP_FRAMES = 4;
    /** How long an input may take before the watchdog lists where it is: below the targets' 10 s timeout. */
    private static final long SLOW_NANOS = 8_000_000_000L;

    private final List<Class<? extends Throwable>> clean;
    private final boolean strict;
    private final Map<String, Tally> accepted = new TreeMap<>();
    private final Set<String> recorded = new HashSet<>();
    private long runs;
    // what the watchdog sees: the input being read, since when (0: none) and by which thread
    private volatile byte[] current;
    private volatile long startedAt;
    private volatile Thread reader;
    private Thread watchdog;

    private FuzzOracle(List<Class<? extends Throwable>> clean, boolean strict) {
        this.clean = clean;
        this.strict = strict;
    }

    /** An input read by a fuzz target: parse, validate, compile, whatever a user's command does with it. */
    @FunctionalInterface
    public interface Load {
        /** Reads the input; any failure is thrown. */
        void run() throws Exception;
    }

    /**
     * The oracle of a module's fuzz targets.
     *
     * @param moduleErrors the module's own bad-input errors, beside {@link InputException}
     */
    @SafeVarargs
    public static FuzzOracle accepting(Class<? extends Throwable>... moduleErrors) {
        List<Class<? extends Throwable>> all = new ArrayList<>(List.of(InputException.class));
        all.addAll(List.of(moduleErrors));
        return new FuzzOracle(List.copyOf(all), Boolean.getBoolean(STRICT));
    }

    /**
     * Runs {@code load} on {@code input}: returns when it succeeds or fails cleanly, rethrows anything else.
     *
     * @throws Throwable the finding: what {@code load} threw, or an {@link AssertionError} for a clean
     *                   error that leaves the user lost (its stack from cytostorm's frame on, so that
     *                   Jazzer tells one place from another)
     */
    public void check(byte[] input, Load load) throws Throwable {
        runs++;
        watch(input);
        try {
            load.run();
        } catch (Throwable thrown) {
            Throwable t = thrown instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : thrown;
            if (!isClean(t)) {
                record(input, thrown);
                throw thrown;
            }
            String problem = unhelpful(t);
            if (problem != null) {
                AssertionError finding = new AssertionError(problem + ": " + describe(t));
                finding.setStackTrace(fromCytostorm(innermost(t)));
                record(input, finding);
                throw finding;
            }
            accepted.computeIfAbsent(kind(t), k -> new Tally(t.getMessage())).count++;
        } finally {
            startedAt = 0;
        }
    }

    /**
     * Shows the input to the watchdog, which lists where the reader is when it takes more than 8 s
     * (as {@code timeout-SHA1}, libFuzzer's name for the input it then saves): libFuzzer's timeout
     * ends the JVM without a Java stack.
     */
    private void watch(byte[] input) {
        String file = System.getProperty(FINDINGS);
        if (file == null || file.isBlank()) {
            return;
        }
        current = input;
        reader = Thread.currentThread();
        startedAt = System.nanoTime();
        if (watchdog == null) {
            watchdog = new Thread(() -> {
                long reported = 0;
                while (true) {
                    try {
                        Thread.sleep(500);
                        long since = startedAt;
                        if (since != 0 && since != reported && System.nanoTime() - since > SLOW_NANOS) {
                            byte[] slow = current;
                            Throwable where = new Throwable("no result after " + SLOW_NANOS / 1_000_000_000 + " s");
                            where.setStackTrace(reader.getStackTrace());
                            if (startedAt == since) {
                                reported = since;
                                list(file, "timeout-" + sha1(slow), where, where);
                            }
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, "fuzz-oracle-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    private boolean isClean(Throwable t) {
        if (clean.stream().anyMatch(c -> c.isInstance(t))) {
            return true;
        }
        if (t.getClass().getSimpleName().endsWith("ParseException") || t instanceof IOException) {
            return true;
        }
        return !strict && t instanceof IllegalArgumentException;
    }

    /** Why a clean error does not help the user, or null when it does. */
    private static String unhelpful(Throwable t) {
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return "a bad-input error without a message";
        }
        boolean located = t instanceof InputException ie && ie.line() > 0;
        for (Throwable c = t; c != null && !located; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return "a text decoding error that names no line";
            }
        }
        return null;
    }

    /**
     * Appends a finding, the first time its kind is seen, to the file named by {@value #FINDINGS}: the
     * name libFuzzer gives its input ({@code crash-} and the input's SHA-1), the error and its top
     * frames, so that scripts/fuzz.sh can tell what each saved input does. Kinds are told apart as
     * Jazzer tells findings apart: by the innermost error's class and stack, for a stack overflow the
     * frames below its recursion (with {@value #FINDINGS_EACH}, every input is its own kind).
     */
    private void record(byte[] input, Throwable finding) throws IOException {
        String file = System.getProperty(FINDINGS);
        if (file == null || file.isBlank()) {
            return;
        }
        Throwable root = innermost(finding);
        List<StackTraceElement> frames = List.of(root.getStackTrace());
        if (root instanceof StackOverflowError) {
            frames = belowRecursion(frames);
        }
        String sha1 = sha1(input);
        if (!recorded.add(Boolean.getBoolean(FINDINGS_EACH) ? sha1 : root.getClass().getName() + frames)) {
            return;
        }
        list(file, "crash-" + sha1, finding, root);
    }

    /** Appends one line: the input's name, the finding, its top frames and cytostorm's first frames below them. */
    private static synchronized void list(String file, String inputName, Throwable finding, Throwable root)
            throws IOException {
        StringBuilder line = new StringBuilder(inputName).append('\t').append(describe(finding));
        if (root != finding) {
            line.append(" <- ").append(describe(root));
        }
        // the innermost error's top frames, then cytostorm's first frames below them (in the finding's
        // own stack when a library's deep stack holds none)
        List<StackTraceElement> top = List.of(root.getStackTrace()).subList(0, Math.min(TOP_FRAMES,
                root.getStackTrace().length));
        List<StackTraceElement> ours = ours(root);
        if (ours.isEmpty()) {
            ours = ours(finding);
        }
        top.forEach(e -> line.append('\t').append(e));
        ours.stream().filter(e -> !top.contains(e)).limit(TOP_FRAMES).forEach(e -> line.append('\t').append(e));
        Files.writeString(Path.of(file), line.append('\n'), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static List<StackTraceElement> ours(Throwable t) {
        return Arrays.stream(t.getStackTrace()).filter(e -> e.getClassName().startsWith("org.cytostorm.")).toList();
    }

    /** The frames from the bottom of the stack up to the first one seen twice. */
    private static List<StackTraceElement> belowRecursion(List<StackTraceElement> frames) {
        Set<StackTraceElement> seen = new HashSet<>();
        int i = frames.size();
        while (i > 0 && seen.add(frames.get(i - 1))) {
            i--;
        }
        return frames.subList(i, frames.size());
    }

    private static Throwable innermost(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The frames from the first in cytostorm's code on (all of them when there is none). */
    private static StackTraceElement[] fromCytostorm(Throwable t) {
        StackTraceElement[] all = t.getStackTrace();
        for (int i = 0; i < all.length; i++) {
            if (all[i].getClassName().startsWith("org.cytostorm.")) {
                return Arrays.copyOfRange(all, i, all.length);
            }
        }
        return all;
    }

    private static String describe(Throwable t) {
        String s = String.valueOf(t).replace('\n', ' ').replace('\t', ' ');
        return s.length() <= EXAMPLE_CHARS ? s : s.substring(0, EXAMPLE_CHARS) + "…";
    }

    private static String sha1(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    /** The class of a clean error, where it was thrown and, when it wraps another error, the innermost one. */
    private static String kind(Throwable t) {
        Throwable root = innermost(t);
        return t.getClass().getSimpleName() + " at " + thrownAt(t)
                + (root == t ? "" : " wrapping " + root.getClass().getSimpleName() + " at " + thrownAt(root));
    }

    /** The first frame in cytostorm's code, where the error was made. */
    private static String thrownAt(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.cytostorm.")) {
                return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "(no stack)";
    }

    /**
     * Writes how many inputs were read and the clean errors let through, most frequent first, to the
     * file named by {@value #SUMMARY}; does nothing when it is not set.
     */
    public void writeSummary() throws IOException {
        String file = System.getProperty(SUMMARY);
        if (file == null || file.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("inputs " + runs + ", clean errors " + accepted.values().stream().mapToLong(a -> a.count).sum()
                + (strict ? " (strict: IllegalArgumentException is a finding)" : ""));
        accepted.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().count, a.getValue().count))
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%8d  %s  e.g. %s", e.getValue().count, e.getKey(),
                        e.getValue().example)));
        Path path = Path.of(file);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    /** How often one kind of clean error was seen, with its first message. */
    private static final class Tally {
        final String example;
        long count;

        Tally(String message) {
            String m = String.valueOf(message).replace('\n', ' ').replace('\t', ' ');
            this.example = m.length() <= EXAMPLE_CHARS ? m : m.substring(0, EXAMPLE_CHARS) + "…";
        }
    }
}

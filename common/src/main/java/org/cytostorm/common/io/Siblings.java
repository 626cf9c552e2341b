package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directories an {@link OutputSet} keeps beside its output directory {@code NAME}, named by
 * state: {@code .NAME.STATE-R}, R random in base 36. The exact pattern keeps another directory's
 * siblings (of {@code NAME.x}, say) and any other file out.
 */
final class Siblings {
    /** Being written. */
    static final String NEW = "new";
    /** Complete, to be swapped in. */
    static final String READY = "ready";
    /** The previous set, swapped out. */
    static final String OLD = "old";
    /** The previous set, being deleted. */
    static final String TRASH = "trash";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Pattern pattern;

    Siblings(Path dir) {
        this.dir = dir;
        this.pattern = Pattern.compile("\\." + Pattern.quote(dir.getFileName().toString())
                + "\\.(" + NEW + "|" + READY + "|" + OLD + "|" + TRASH + ")-[0-9a-z]{1,13}");
    }

    /** A new name in {@code state} (nothing is created). */
    Path fresh(String state) {
        return dir.resolveSibling("." + dir.getFileName() + "." + state + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /** The siblings in {@code state}. */
    List<Path> list(String state) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir.getParent())) {
            entries.forEach(p -> {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(state)) {
                    found.add(p);
                }
            });
        }
        return found;
    }

    /** The most recently modified sibling in {@code state}, if any. */
    Optional<Path> newest(String state) throws IOException {
        return list(state).stream().max(Comparator.comparing(Siblings::modified));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

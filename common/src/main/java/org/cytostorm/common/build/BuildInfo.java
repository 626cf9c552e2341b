package org.cytostorm.common.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and commit this build of cytostorm was made from, for {@code --version} and for every
 * run's record of what produced it. Read from a resource Maven fills in at build time; a build from
 * a source archive without git history reports the commit as {@code unknown}.
 *
 * @param version the project version, for example {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated commit id, or {@code unknown}
 * @param dirty   true when the working tree had uncommitted changes at build time
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    private static final String RESOURCE = "build.properties";
    private static final String UNKNOWN = "unknown";

    /** This build's. */
    public static BuildInfo current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final BuildInfo CURRENT = load();
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(value(p, "version"), value(p, "commit"), "true".equals(p.getProperty("dirty")));
    }

    /** A property, or {@code unknown} when absent or left unfilled ({@code ${...}}). */
    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    }

    /** {@code 0.1.0-SNAPSHOT (commit 1a2b3c4)}, with {@code , modified} for a dirty tree. */
    public String describe() {
        return version + " (commit " + commit + (dirty ? ", modified" : "") + ")";
    }
}

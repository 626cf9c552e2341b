package org.cytostorm.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Text resources that ship inside cytostorm's jars (models, tables, built-in scenarios and
 * protocols): one that is missing is a broken build, not bad input.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * The UTF-8 text of resource {@code name}, relative to {@code anchor}'s package (or absolute with a
     * leading {@code /}).
     *
     * @throws IllegalStateException when the jar lacks it
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the resource exists. */
    public static boolean exists(Class<?> anchor, String name) {
        return anchor.getResource(name) != null;
    }
}

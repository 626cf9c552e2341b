package org.cytostorm.report.tissue;

import java.util.Locale;

/**
 * Which colour scale a tissue run's frames use for the heat map, as a user chooses it
 * ({@code cytostorm tissue --frame-scale run|frame}); {@link FieldScale} is how a frame applies it.
 */
public enum FrameScale {
    /**
     * One scale for the whole run, from 0 to the largest value in any frame (the default): a colour
     * is one concentration in every frame, so a decaying field fades and a growing one brightens.
     */
    RUN,
    /**
     * Each frame its own scale, from 0 to its largest value: shows the shape of a faint field best,
     * but two frames' colours cannot be compared.
     */
    FRAME;

    /** The default: a scale that lets frames be compared over time. */
    public static final FrameScale DEFAULT = RUN;

    /** The word that names it on the command line: {@code run} or {@code frame}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The scale named {@code word} ({@code run} or {@code frame}, exactly).
     *
     * @throws IllegalArgumentException naming {@code option} and the words allowed
     */
    public static FrameScale parse(String word, String option) {
        for (FrameScale s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        throw new IllegalArgumentException(option + " must be run (one colour scale for the whole run) or frame "
                + "(each frame its own), got '" + word + "'");
    }
}

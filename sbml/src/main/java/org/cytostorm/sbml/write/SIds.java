package org.cytostorm.sbml.write;

import java.util.regex.Pattern;

/** SBML's identifier syntax: {@code SId} is {@code [A-Za-z_][A-Za-z0-9_]*}. */
public final class SIds {

    private static final Pattern SID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SIds() {
    }

    /** True when the text is a valid SBML {@code SId} (and so also a valid {@code UnitSId}). */
    public static boolean isValid(String id) {
        return id != null && SID.matcher(id).matches();
    }
}

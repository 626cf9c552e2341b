package org.cytostorm.cohort.calibration;

import java.util.List;

import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.io.Resources;

/**
 * The calibrations that ship with cytostorm, one per built-in population with published natural-
 * history targets: YAML resources {@code builtin/<name>.yaml} beside this class, listed in
 * {@code builtin/index.txt}.
 */
public final class BuiltInCalibrations {
    private static final String DIR = "builtin/";

    private BuiltInCalibrations() {
    }

    /** The built-in calibration names, in index order. */
    public static List<String> names() {
        return Holder.NAMES;
    }

    private static final class Holder {
        static final List<String> NAMES = Resources.text(BuiltInCalibrations.class, DIR + "index.txt").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The built-in calibration {@code name}, read with {@code reader}. */
    public static CalibrationSpec load(String name, CalibrationSpecReader reader) {
        return reader.read(text(name), DIR + name + ".yaml", null);
    }

    /**
     * The YAML text of the built-in calibration {@code name}.
     *
     * @throws InputException listing the built-in names when there is none of that name
     */
    public static String text(String name) {
        if (!names().contains(name)) {
            throw new InputException(name, 0, "", "neither a calibration spec file nor a built-in calibration; "
                    + Names.didYouMean(name, names()) + "built-in calibrations: " + String.join(", ", names()));
        }
        return Resources.text(BuiltInCalibrations.class, DIR + name + ".yaml");
    }
}

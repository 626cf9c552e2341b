package org.cytostorm.cohort.trial;

import java.util.List;

import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.io.Resources;

/**
 * The trials that ship with cytostorm, each following the design of the trial it is named after
 * (its spec's {@code source}): YAML resources {@code builtin/<name>.yaml} beside this class, listed
 * in {@code builtin/index.txt}.
 */
public final class BuiltInTrials {
    private static final String DIR = "builtin/";

    private BuiltInTrials() {
    }

    /** The built-in trial names, in index order. */
    public static List<String> names() {
        return Holder.NAMES;
    }

    private static final class Holder {
        static final List<String> NAMES = Resources.text(BuiltInTrials.class, DIR + "index.txt").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The built-in trial {@code name}, read with {@code reader}. */
    public static TrialSpec load(String name, TrialSpecReader reader) {
        return source(name).read(reader);
    }

    /** The built-in trial {@code name} as text, for a reader elsewhere (a cluster executor). */
    public static TrialSource source(String name) {
        return TrialSource.trial(text(name), DIR + name + ".yaml", null);
    }

    /**
     * The YAML text of the built-in trial {@code name}.
     *
     * @throws InputException listing the built-in names when there is none of that name
     */
    public static String text(String name) {
        if (!names().contains(name)) {
            throw new InputException(name, 0, "", "neither a trial spec file nor a built-in trial; "
                    + Names.didYouMean(name, names()) + "built-in trials: " + String.join(", ", names()));
        }
        return Resources.text(BuiltInTrials.class, DIR + name + ".yaml");
    }
}

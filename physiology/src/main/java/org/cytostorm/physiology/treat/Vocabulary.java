package org.cytostorm.physiology.treat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a rule's condition may read besides the patient model's own variables: the run's
 * {@code time} (hours), the clinical grades evaluated at the check, and for every drug the number
 * of doses given so far and the hours since the last one.
 */
public final class Vocabulary {

    /** Hours since a drug was last given when it never was: longer than any run. */
    public static final double NEVER = 1e9;

    /** Grades computed at each check from the model's variables. */
    public static final List<String> READOUTS = List.of("crs_grade", "sofa");

    private Vocabulary() {
    }

    /** {@code doses_<drug>}: doses started at or before the check (schedule and rules). */
    public static String dosesOf(Drug drug) {
        return "doses_" + key(drug);
    }

    /** {@code hours_since_<drug>}: hours since the last dose started, {@link #NEVER} if none. */
    public static String hoursSince(Drug drug) {
        return "hours_since_" + key(drug);
    }

    private static String key(Drug drug) {
        return drug.name().replace('-', '_');
    }

    /** Every name a condition may use, given the model's variables. */
    public static Set<String> names(Collection<String> modelVariables) {
        Set<String> out = new LinkedHashSet<>();
        out.add("time");
        out.addAll(READOUTS);
        for (Drug d : Drugs.all()) {
            out.add(dosesOf(d));
            out.add(hoursSince(d));
        }
        out.addAll(modelVariables);
        return out;
    }

    /** The names a condition may use that are not model variables, for messages. */
    public static List<String> extraNames() {
        List<String> out = new ArrayList<>(List.of("time"));
        out.addAll(READOUTS);
        out.add("doses_<drug>");
        out.add("hours_since_<drug>");
        return out;
    }
}

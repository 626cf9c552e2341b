package org.cytostorm.physiology.treat;

import java.util.ArrayList;
import java.util.List;

/**
 * All a scenario prescribes: scheduled doses and protocol rules.
 *
 * @param schedule dosing records
 * @param rules    protocol rules, checked in this order
 */
public record Treatments(List<Dosing> schedule, List<Rule> rules) {

    public static final Treatments NONE = new Treatments(List.of(), List.of());

    /** The most doses of one run, repeats included: each becomes an event of the simulation. */
    public static final int MAX_DOSES = 100_000;

    public Treatments {
        schedule = List.copyOf(schedule);
        rules = List.copyOf(rules);
        long doses = doseCount(schedule);
        if (doses > MAX_DOSES) {
            throw new IllegalArgumentException(doses + " doses in one run, more than the limit of " + MAX_DOSES);
        }
    }

    /** Every dose of a schedule, repeats included. */
    public static long doseCount(List<Dosing> schedule) {
        long n = 0;
        for (Dosing d : schedule) {
            n += 1L + d.additional();
        }
        return n;
    }

    /** A schedule of doses, no rules. */
    public static Treatments of(Dosing... doses) {
        return new Treatments(List.of(doses), List.of());
    }

    /** These treatments followed by another's. */
    public Treatments plus(Treatments other) {
        List<Dosing> s = new ArrayList<>(schedule);
        s.addAll(other.schedule);
        List<Rule> r = new ArrayList<>(rules);
        r.addAll(other.rules);
        return new Treatments(s, r);
    }

    /** The same schedule without rules ({@code --protocol none}). */
    public Treatments withoutRules() {
        return new Treatments(schedule, List.of());
    }

    public boolean isEmpty() {
        return schedule.isEmpty() && rules.isEmpty();
    }
}

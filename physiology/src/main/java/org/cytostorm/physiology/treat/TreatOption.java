package org.cytostorm.physiology.treat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cytostorm.common.input.InputException;

/**
 * Reads a dose written on the command line ({@code cytostorm run --treat SPEC}):
 *
 * <pre>DRUG[:DOSE][:ROUTE][:DURATION]@TIME[,TIME...]</pre>
 *
 * <ul>
 * <li>{@code DRUG}: a drug name or alias ({@link Drugs});</li>
 * <li>{@code DOSE}: {@code 10mg}, {@code 1g} or {@code 8mg/kg}; required for a drug, not allowed
 *     for a course (antibiotics, antivirals);</li>
 * <li>{@code ROUTE}: {@code iv}, {@code po}, {@code sc} or {@code course} [the drug's usual];</li>
 * <li>{@code DURATION}: an infusion or course length, {@code 1h}, {@code 5d}, {@code 30min} [the
 *     drug's usual];</li>
 * <li>{@code TIME}: when, hours after the start of the run, with a unit ({@code 72h}, {@code 3d},
 *     {@code 90min}); several times give one dose at each.</li>
 * </ul>
 *
 * The optional parts are told apart by their form (a dose has a mass unit, a duration a time unit,
 * a route is a word), so they are written in the order above but any may be left out. Examples:
 * {@code tocilizumab:8mg/kg@72h}, {@code dexamethasone:10mg@0h,24h,48h},
 * {@code anakinra:100mg:sc@24h}, {@code tocilizumab:8mg/kg:iv:1h@72h}, {@code antibiotics@6h},
 * {@code antibiotics:5d@6h}.
 */
public final class TreatOption {

    /** The option name used in messages when the caller gives none. */
    public static final String OPTION = "--treat";

    /** The grammar, for help texts and messages. */
    public static final String GRAMMAR = "DRUG[:DOSE][:ROUTE][:DURATION]@TIME[,TIME...]";

    // A part that starts like a number is a dose or a duration; a word is a route.
    private static final Pattern NUMERIC = Pattern.compile("\\s*[-+.\\d].*");

    private final String option;
    private final String spec;

    private TreatOption(String option, String spec) {
        this.option = option;
        this.spec = spec;
    }

    /** {@link #parse(String, String)} for {@value #OPTION}. */
    public static List<Dosing> parse(String spec) {
        return parse(spec, OPTION);
    }

    /**
     * The doses of one option value, one per time, in the order written.
     *
     * @param option the option's name for messages ({@code --treat}, {@code --treat-b}, ...)
     * @throws InputException naming the option and the field (drug, dose, route, duration,
     *                                 time) with what is allowed there
     */
    public static List<Dosing> parse(String spec, String option) {
        return new TreatOption(option, spec).doses();
    }

    private List<Dosing> doses() {
        int at = spec.indexOf('@');
        if (at < 0 || at != spec.lastIndexOf('@')) {
            throw error("time", at < 0 ? "no time; write " + GRAMMAR + ", for example tocilizumab:8mg/kg@72h"
                    : "write one '@' before the times, separated by commas, for example dexamethasone:10mg@0h,24h");
        }
        String[] parts = spec.substring(0, at).split(":", -1);
        Drug drug = drug(parts[0]);
        String doseText = null;
        String routeText = null;
        String durationText = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                throw error("dose", "an empty part between ':'; write " + GRAMMAR);
            }
            if (!NUMERIC.matcher(part).matches()) {
                routeText = once("route", routeText, part);
            } else if (Doses.hours(part).isPresent()) {
                durationText = once("duration", durationText, part);
            } else {
                doseText = once("dose", doseText, part);
            }
        }
        Route route = route(drug, routeText);
        DoseAmount amount = amount(drug, doseText);
        double duration = duration(drug, route, durationText);
        List<Dosing> doses = new ArrayList<>();
        for (double time : times(spec.substring(at + 1))) {
            doses.add(new Dosing(drug, amount, route, time, duration, 0, 0));
        }
        return doses;
    }

    private String once(String field, String previous, String part) {
        if (previous != null) {
            throw error(field, "two values, '" + previous + "' and '" + part + "'; write one " + field + " per " + option);
        }
        return part;
    }

    private Drug drug(String text) {
        String name = text.strip();
        if (name.isEmpty()) {
            throw error("drug", "no drug; write " + GRAMMAR + "; known drugs: " + Drugs.names());
        }
        return Drugs.find(name).orElseThrow(() -> error("drug", "unknown drug '" + name + "'; known drugs: "
                + Drugs.names()));
    }

    private Route route(Drug drug, String text) {
        if (text == null) {
            return drug.defaultRoute();
        }
        Optional<Route> route = Route.parse(text);
        if (route.isEmpty() || !drug.bolusTargets().containsKey(route.get())) {
            throw error("route", (route.isEmpty() ? "unknown route '" + text + "'" : drug.name() + " is not given by route "
                    + route.get().label()) + "; " + drug.name() + "'s routes: " + routes(drug));
        }
        return route.get();
    }

    private DoseAmount amount(Drug drug, String text) {
        if (drug.isCourse()) {
            if (text != null) {
                throw error("dose", drug.name() + " is given as a course without a dose; write its length instead, for"
                        + " example " + drug.name() + ":5d@6h");
            }
            return DoseAmount.NONE;
        }
        if (text == null) {
            throw error("dose", "a dose of " + drug.name() + " needs an amount in mg, g or mg/kg, for example "
                    + drug.name() + ":10mg@24h");
        }
        if (Doses.isNegative(text)) {
            throw error("dose", "a dose cannot be negative");
        }
        DoseAmount amount = Doses.parse(text).orElseThrow(() -> error("dose", "'" + text
                + "' is not a dose; write a number with mg, g or mg/kg, such as 10mg, 1g or 8mg/kg"));
        if (!(amount.value() > 0)) {
            throw error("dose", "a dose must be more than 0");
        }
        // A mg/kg dose is capped to the largest dose when given; a mg dose above it is a typing error.
        String why = drug.whyRefused(amount).orElse(null);
        if (why != null) {
            throw error("dose", "'" + text + "' is " + why);
        }
        return amount;
    }

    private double duration(Drug drug, Route route, String text) {
        if (text == null) {
            return drug.canInfuse(route) ? drug.defaultDurationH() : 0;
        }
        double hours = Doses.hours(text).orElseThrow();
        if (hours < 0) {
            throw error("duration", "a duration cannot be negative");
        }
        if (route == Route.COURSE && hours == 0) {
            throw error("duration", "a course of " + drug.name() + " must last more than 0 h");
        }
        if (hours > 0 && !drug.canInfuse(route)) {
            throw error("duration", drug.name() + " by route " + route.label() + " is not given over a duration"
                    + (drug.infusionTarget() != null ? "; an infusion is given iv" : "; it is given as a bolus"));
        }
        return hours;
    }

    private List<Double> times(String text) {
        if (text.isBlank()) {
            throw error("time", "no time after '@'; write times with a unit, such as 72h, 3d or 90min");
        }
        List<Double> times = new ArrayList<>();
        for (String t : text.split(",", -1)) {
            String time = t.strip();
            double hours = Doses.hours(time).orElseThrow(() -> error("time", "'" + time
                    + "' is not a time; write a number with h, d or min, such as 72h, 3d or 90min"));
            if (hours < 0) {
                throw error("time", "a time cannot be negative (0h is the start of the run)");
            }
            times.add(hours);
        }
        return times;
    }

    private static String routes(Drug drug) {
        return drug.routes().stream().map(Route::label).collect(Collectors.joining(", "));
    }

    private InputException error(String field, String message) {
        return new InputException(option, 0, field, "'" + spec + "': " + message);
    }
}

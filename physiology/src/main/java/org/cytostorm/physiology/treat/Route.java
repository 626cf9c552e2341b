package org.cytostorm.physiology.treat;

import java.util.Locale;
import java.util.Optional;

/** How a dose is given. */
public enum Route {
    /** Intravenous: a bolus into the central compartment, or an infusion over a duration. */
    IV,
    /** Oral: into the gut depot, absorbed first-order with the drug's bioavailability. */
    PO,
    /** Subcutaneous: into the injection-site depot. */
    SC,
    /** A course of an anti-infective, on for its duration (antibiotics, antivirals). */
    COURSE;

    /** The name as written in files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code iv}, {@code po} (or {@code oral}), {@code sc} (or {@code subcutaneous}), {@code course}. */
    public static Optional<Route> parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "iv":
            case "intravenous":
                return Optional.of(IV);
            case "po":
            case "oral":
                return Optional.of(PO);
            case "sc":
            case "subcutaneous":
                return Optional.of(SC);
            case "course":
                return Optional.of(COURSE);
            default:
                return Optional.empty();
        }
    }
}

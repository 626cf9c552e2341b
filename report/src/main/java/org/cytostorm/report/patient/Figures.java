package org.cytostorm.report.patient;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cytostorm.physiology.scenario.TriggerChoice;

/**
 * Numbers and short phrases for people (console and report). Files meant for programs keep full
 * precision instead; these are rounded to what a clinician reads. Locale-independent.
 */
final class Figures {

    private Figures() {
    }

    /** Four significant digits, no trailing zeros, scientific only when very large or small. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e6 || abs < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A value with its unit, for example {@code 1234 pg/mL}. */
    static String withUnit(double value, String unit) {
        return unit == null || unit.isBlank() ? number(value) : number(value) + " " + unit;
    }

    /** A time as hours and days, for example {@code 36 h (day 1.5)}. */
    static String time(double hours) {
        return String.format(Locale.ROOT, "%.1f h (day %.1f)", hours, hours / 24);
    }

    /** A probability as a percentage, for example {@code 87.3 %}. */
    static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * probability);
    }

    /** The trigger as {@code type (key=value, ...)}, options sorted. */
    static String trigger(TriggerChoice trigger) {
        Map<String, String> options = new TreeMap<>(trigger.options());
        if (options.isEmpty()) {
            return trigger.type();
        }
        return trigger.type() + " (" + options.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    /** The duration as hours and days. */
    static String duration(double hours) {
        return number(hours) + " h (" + number(hours / 24) + " days)";
    }

    /**
     * The label of the survival figure of a run of {@code hours}: the summary's survival is at day
     * 28, or at the end of a shorter run ("Survival day 7", "Survival at 30 h").
     */
    static String survivalLabel(double hours) {
        double at = Math.min(hours, 28 * 24);
        return at % 24 == 0 ? "Survival day " + number(at / 24) : "Survival at " + number(at) + " h";
    }
}

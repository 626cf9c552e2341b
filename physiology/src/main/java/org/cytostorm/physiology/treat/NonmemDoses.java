package org.cytostorm.physiology.treat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.io.Csv;

/**
 * Reads a NONMEM-style dosing file: comma-separated, a header row naming the columns (any order,
 * any case), one dosing record per row. Columns:
 * <ul>
 * <li>{@code TIME} (h, required), {@code DRUG} (required: a drug name), {@code AMT} (mg; mg/kg
 *     when {@code UNIT} says so; omitted or {@code .} for a course);</li>
 * <li>{@code UNIT} ({@code mg} or {@code mg/kg}; default mg), {@code ROUTE} (iv, po, sc, course;
 *     default the drug's usual);</li>
 * <li>{@code RATE} (mg/h) or {@code DUR} (h): an infusion; {@code II} (h) and {@code ADDL}:
 *     further doses;</li>
 * <li>{@code EVID}: rows with 1 (or 4) are doses, other rows (observations) are skipped;
 *     {@code ID}, {@code CMT}, {@code DV}, {@code MDV} and {@code SS} other than 0 are not used
 *     ({@code SS} other than 0 is refused).</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are skipped; {@code .} is an empty value, as in
 * NONMEM datasets.
 */
public final class NonmemDoses {
    private static final Set<String> KNOWN = Set.of("ID", "TIME", "DRUG", "AMT", "UNIT", "ROUTE", "RATE", "DUR", "II",
            "ADDL", "EVID", "CMT", "DV", "MDV", "SS");
    private static final String COLUMNS = "ID, TIME, DRUG, AMT, UNIT, ROUTE, RATE, DUR, II, ADDL, EVID, CMT, DV, MDV, SS";

    private final String source;
    private Map<String, Integer> columns;
    private String[] cells;
    private int line;

    private NonmemDoses(String source) {
        this.source = source;
    }

    /** @throws InputException naming file, line and column for anything that cannot be used */
    public static List<Dosing> read(Path file) {
        return parse(InputFiles.read(file), file.toString());
    }

    /** Reads dosing-file text; {@code source} names it in messages. */
    public static List<Dosing> parse(String text, String source) {
        return new NonmemDoses(source).records(text);
    }

    private List<Dosing> records(String text) {
        List<Dosing> out = new ArrayList<>();
        // comment lines are blanked, not removed, so that line numbers stay the file's
        String uncommented = text.lines().map(l -> l.strip().startsWith("#") ? "" : l)
                .collect(java.util.stream.Collectors.joining("\n"));
        for (Csv.Row row : Csv.read(uncommented, source)) {
            line = row.line();
            String[] split = row.cells().stream().map(String::strip).toArray(String[]::new);
            if (columns == null) {
                header(split);
                continue;
            }
            if (split.length != columns.size()) {
                throw error("", "expected " + columns.size() + " values as in the header, found " + split.length);
            }
            cells = split;
            double evid = number("EVID", 1);
            if (evid != 1 && evid != 4) {
                continue;
            }
            out.add(record());
        }
        if (columns == null) {
            throw new InputException(source, 0, "", "no header row; the first row names the columns (" + COLUMNS + ")");
        }
        return out;
    }

    private void header(String[] names) {
        columns = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            String name = names[c].toUpperCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                // the file's content is never echoed (a dosing file may be any file): the position only
                throw error("column " + (c + 1), "not a known column name; columns: " + COLUMNS);
            }
            if (columns.put(name, c) != null) {
                throw error(name, "column named twice");
            }
        }
        for (String required : List.of("TIME", "DRUG")) {
            if (!columns.containsKey(required)) {
                throw error(required, "missing column; a dosing file needs TIME and DRUG, and AMT for doses");
            }
        }
    }

    private Dosing record() {
        if (number("SS", 0) != 0) {
            throw error("SS", "steady-state doses are not supported; write the doses out with II and ADDL");
        }
        String drugName = text("DRUG");
        Drug drug = Drugs.find(drugName).orElseThrow(() -> error("DRUG", "not a known drug; known drugs: "
                + Drugs.names()));
        String routeText = text("ROUTE");
        Route route = routeText.isEmpty() ? drug.defaultRoute() : Route.parse(routeText).orElseThrow(() ->
                error("ROUTE", "not a known route; routes: iv, po, sc, course"));
        if (!drug.bolusTargets().containsKey(route)) {
            throw error("ROUTE", drug.name() + " is not given by route " + route.label());
        }
        double time = number("TIME", Double.NaN);
        if (!(time >= 0)) {
            throw error("TIME", "a dose needs a time of 0 h or later");
        }
        DoseAmount amount = amount(drug);
        double duration = duration(drug, route, amount);
        double ii = number("II", 0);
        double addl = number("ADDL", 0);
        if (addl < 0 || addl != Math.rint(addl) || addl > Dosing.MAX_ADDITIONAL) {
            throw error("ADDL", "additional doses are a whole number from 0 to " + Dosing.MAX_ADDITIONAL + " (the limit)");
        }
        if (addl > 0 && !(ii >= Dosing.MIN_INTERVAL_H)) {
            throw error("II", "additional doses need an interval II of at least " + Format.number(Dosing.MIN_INTERVAL_H)
                    + " h (one minute)");
        }
        return new Dosing(drug, amount, route, time, duration, ii, (int) addl);
    }

    private DoseAmount amount(Drug drug) {
        String unit = text("UNIT").toLowerCase(Locale.ROOT);
        if (!unit.isEmpty() && !unit.equals("mg") && !unit.equals("mg/kg")) {
            throw error("UNIT", "not a known unit; units: mg, mg/kg");
        }
        if (drug.isCourse()) {
            return DoseAmount.NONE;
        }
        double amt = number("AMT", Double.NaN);
        if (Double.isNaN(amt)) {
            throw error("AMT", "a dose of " + drug.name() + " needs an amount");
        }
        if (!(amt > 0)) {
            throw error("AMT", amt < 0 ? "a dose cannot be negative" : "a dose must be more than 0");
        }
        DoseAmount amount = unit.equals("mg/kg") ? DoseAmount.mgPerKg(amt) : DoseAmount.mg(amt);
        String why = drug.whyRefused(amount).orElse(null);
        if (why != null) {
            throw error("AMT", why);
        }
        return amount;
    }

    private double duration(Drug drug, Route route, DoseAmount amount) {
        double rate = number("RATE", 0);
        double dur = number("DUR", 0);
        if (rate < 0 || dur < 0) {
            throw error(rate < 0 ? "RATE" : "DUR", "cannot be negative");
        }
        if (rate > 0 && dur > 0) {
            throw error("RATE", "give RATE or DUR, not both");
        }
        if (rate > 0 && amount.perKg()) {
            throw error("RATE", "a mg/kg dose takes DUR (hours), not a rate in mg/h");
        }
        double duration = rate > 0 ? amount.value() / rate : dur;
        if (duration == 0) {
            return drug.canInfuse(route) ? drug.defaultDurationH() : 0;
        }
        if (!drug.canInfuse(route)) {
            throw error(rate > 0 ? "RATE" : "DUR", drug.name() + " by route " + route.label() + " is not given over a duration");
        }
        return duration;
    }

    private String text(String column) {
        Integer c = columns.get(column);
        if (c == null) {
            return "";
        }
        String v = cells[c].trim();
        return v.equals(".") ? "" : v;
    }

    private double number(String column, double missing) {
        String v = text(column);
        if (v.isEmpty()) {
            return missing;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw error(column, "expected a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(column, "expected a number");
        }
    }

    private InputException error(String field, String message) {
        return new InputException(source, line, field, message);
    }
}

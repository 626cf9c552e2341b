package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.io.Resources;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;

/**
 * Reads a population spec's {@code filter}: {@code standard} (the default: the healthy-baseline
 * ranges of {@code standard-filter.yaml}), {@code none}, or a mapping of output columns to ranges,
 * which replaces the standard filter unless it says {@code base: standard} (then its ranges replace
 * or add to the standard ones):
 *
 * <pre>
 * filter:
 *   base: standard
 *   HR: 50..100        # LO..HI, inclusive
 *   SpO2: 94..         # an open end is left empty
 * </pre>
 *
 * Column names are checked against the columns a run reports.
 */
final class FilterReader {
    static final String STANDARD = "standard";
    static final String NONE = "none";
    static final String SPEC = "spec";
    static final String BASE = "base";
    static final String RESOURCE = "standard-filter.yaml";

    private final List<String> columns;
    private final PlausibilityFilter standard;

    FilterReader(List<String> columns) {
        this.columns = List.copyOf(columns);
        YamlNode root = YamlDocument.parse(Resources.text(FilterReader.class, RESOURCE), RESOURCE + " (built in)")
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " is empty"));
        this.standard = new PlausibilityFilter(STANDARD, criteria(root, List.of()), Location.of(root));
    }

    /** The standard filter, located where a spec chose it (or left it to the default). */
    PlausibilityFilter standard(Location where) {
        return new PlausibilityFilter(STANDARD, standard.criteria(), where);
    }

    PlausibilityFilter read(Optional<YamlNode> section, Location absent) {
        if (section.isEmpty()) {
            return standard(absent);
        }
        YamlNode n = section.get();
        if (n.isScalar()) {
            String s = Expect.oneOf(n, List.of(STANDARD, NONE));
            return s.equals(NONE) ? PlausibilityFilter.none(Location.of(n)) : standard(Location.of(n));
        }
        if (!n.isMapping()) {
            throw Expect.error(n, "expected standard, none, or a mapping of output columns to ranges LO..HI, found "
                    + n.describe());
        }
        List<Criterion> base = List.of();
        Optional<YamlNode> b = n.get(BASE);
        if (b.isPresent()) {
            base = Expect.oneOf(b.get(), List.of(STANDARD, NONE)).equals(STANDARD) ? standard.criteria() : List.of();
        }
        return new PlausibilityFilter(SPEC, criteria(n, base), Location.ofKey(n));
    }

    /** The mapping's criteria over {@code base}: a column already there is replaced in place. */
    private List<Criterion> criteria(YamlNode mapping, List<Criterion> base) {
        List<Criterion> out = new ArrayList<>(base);
        for (YamlNode c : Expect.anyMapping(mapping, "output columns to ranges LO..HI").values()) {
            if (c.key().equals(BASE)) {
                continue;
            }
            if (!columns.contains(c.key())) {
                throw Expect.keyError(c, "unknown output column '" + c.key() + "'; " + Names.didYouMean(c.key(), columns)
                        + "the filter reads the columns of a run's timeseries (docs/outputs.md)");
            }
            Criterion criterion = criterion(c);
            int at = out.stream().map(Criterion::column).toList().indexOf(criterion.column());
            if (at >= 0) {
                out.set(at, criterion);
            } else {
                out.add(criterion);
            }
        }
        return out;
    }

    private static Criterion criterion(YamlNode c) {
        String form = "a range LO..HI (an open end left empty: 95.. or ..5)";
        if (!c.json().isTextual()) {
            throw Expect.error(c, "expected " + form + ", found " + c.describe());
        }
        String[] ends = c.json().textValue().split("\\.\\.", -1);
        if (ends.length != 2 || ends[0].isBlank() && ends[1].isBlank()) {
            throw Expect.error(c, "expected " + form + ", found '" + c.text() + "'");
        }
        double lo = ends[0].isBlank() ? Double.NEGATIVE_INFINITY : number(c, ends[0].strip());
        double hi = ends[1].isBlank() ? Double.POSITIVE_INFINITY : number(c, ends[1].strip());
        if (lo > hi) {
            throw Expect.error(c, "the range " + c.text() + " has its lower end above its upper end");
        }
        return new Criterion(c.key(), lo, hi, Location.of(c));
    }

    private static double number(YamlNode c, String s) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Expect.error(c, "'" + s + "' in the range " + c.text() + " is not a finite number");
    }
}

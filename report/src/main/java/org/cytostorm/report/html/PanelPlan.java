package org.cytostorm.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How curves are laid out in panels so that each can be read: curves share a panel only when they
 * share a unit; a unit whose curves span decades (cytokines, cell counts, drug levels) gets a
 * logarithmic axis, unless it is a bounded scale (fractions, percentages, scores); otherwise curves share a linear panel only when their peaks lie within
 * {@value #LINEAR_RATIO}× of each other, so a ferritin of 11,000 never flattens a CRP of 270, nor an
 * HScore of 170 a CRS grade of 2; and a panel holds at most {@value #MAX_SERIES} curves.
 */
public final class PanelPlan {

    /** The largest ratio of peaks on one linear axis. */
    public static final double LINEAR_RATIO = 100;
    /**
     * A curve whose own largest and smallest positive values differ by more than this is on a log
     * axis; a curve that starts at 0 counts its values from where it first reaches 1/this of its
     * peak (a fluid balance rising from 0 to 8 L is read on a linear axis, a drug level's decay after
     * its peak on a log one).
     */
    public static final double DECADES_RATIO = 100;
    /** Units of bounded scales (fractions, percentages, scores), read on a linear axis whatever their range. */
    static final java.util.Set<String> BOUNDED_UNITS = java.util.Set.of("", "1", "0-1", "%", "points", "probability");

    /**
     * Units shown on their whole range, 0 to 1, so that a survival of 0.98 reads as nearly 1 and not
     * as the bottom of an axis from 0.98 to 1.
     */
    static final java.util.Set<String> UNIT_INTERVAL = java.util.Set.of("0-1", "probability");

    /** The most curves in one panel. */
    public static final int MAX_SERIES = 8;

    private PanelPlan() {
    }

    /**
     * The panels for {@code series} under the heading {@code title}, in order of unit as the curves
     * come, the panel of the larger curves first within a unit, the curves of a panel in the order
     * they came.
     *
     * @param marked whether the panels carry the dose markers
     */
    public static List<TimePanel> panels(String title, List<TimeSeries> series, boolean marked) {
        Map<String, List<TimeSeries>> byUnit = new LinkedHashMap<>();
        for (TimeSeries s : series) {
            byUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(s);
        }
        List<TimePanel> out = new ArrayList<>();
        for (Map.Entry<String, List<TimeSeries>> e : byUnit.entrySet()) {
            String unitTitle = byUnit.size() > 1 ? title + " (" + label(e.getKey()) + ")" : title;
            List<TimeSeries> curves = new ArrayList<>(e.getValue());
            curves.sort(Comparator.comparingDouble(TimeSeries::peak).reversed());
            boolean log = !BOUNDED_UNITS.contains(e.getKey()) && spansDecades(curves);
            List<List<TimeSeries>> groups = log ? chunks(curves) : byMagnitude(curves);
            for (int i = 0; i < groups.size(); i++) {
                String t = groups.size() > 1 ? unitTitle + ", " + (i + 1) + " of " + groups.size() : unitTitle;
                // within a panel the curves keep the order they came in (A before B, a group's own order)
                List<TimeSeries> inOrder = new ArrayList<>(groups.get(i));
                inOrder.sort(Comparator.comparingInt(e.getValue()::indexOf));
                out.add(new TimePanel(t, label(e.getKey()), log, inOrder, marked));
            }
        }
        return out;
    }

    /** The axis label of a unit: the unit itself, or "dimensionless" for 1 or none. */
    static String label(String unit) {
        return unit.isBlank() || unit.equals("1") ? "dimensionless" : unit;
    }

    private static boolean spansDecades(List<TimeSeries> curves) {
        for (TimeSeries s : curves) {
            if (!s.nonNegative()) {
                return false;
            }
        }
        for (TimeSeries s : curves) {
            double low = s.smallestPositive(1 / DECADES_RATIO);
            if (low > 0 && s.peak() / low > DECADES_RATIO) {
                return true;
            }
        }
        return false;
    }

    /** Curves sorted by peak, cut where a peak falls more than LINEAR_RATIO below its panel's largest. */
    private static List<List<TimeSeries>> byMagnitude(List<TimeSeries> sorted) {
        List<List<TimeSeries>> out = new ArrayList<>();
        List<TimeSeries> current = new ArrayList<>();
        double top = 0;
        for (TimeSeries s : sorted) {
            boolean fits = current.isEmpty() || (s.peak() > 0 ? top / s.peak() <= LINEAR_RATIO : top == 0);
            if (!fits || current.size() == MAX_SERIES) {
                out.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                top = s.peak();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static List<List<TimeSeries>> chunks(List<TimeSeries> sorted) {
        List<List<TimeSeries>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += MAX_SERIES) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + MAX_SERIES)));
        }
        return out;
    }
}

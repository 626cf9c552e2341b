package org.cytostorm.sbml.testsuite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A choice of cases by number: {@code 1-100,250,1100-1120}. A range takes the listed cases whose
 * numbers fall in it (numbers missing from the index are skipped: the selected subset has gaps); a
 * single number must be listed, and so must at least one case of each range.
 */
public final class CaseSelection {

    private record Range(int from, int to, String text) {
        boolean single() {
            return from == to && !text.contains("-");
        }
    }

    private final List<Range> ranges;
    private final String text;

    private CaseSelection(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** Every case. */
    public static CaseSelection all() {
        return new CaseSelection(List.of(), "all");
    }

    /**
     * Parses {@code 1-100,250,1100-1120} (blanks around items are ignored; leading zeros allowed).
     *
     * @throws IllegalArgumentException naming the item that is not a number or range
     */
    public static CaseSelection parse(String text) {
        List<Range> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty case list; expected numbers and ranges such as 1-100,250");
        }
        for (String raw : text.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("empty item in case list '" + text + "'");
            }
            if (item.toLowerCase(Locale.ROOT).equals("all")) {
                ranges.add(new Range(0, Integer.MAX_VALUE, "all-"));
                continue;
            }
            int dash = item.indexOf('-');
            if (dash < 0) {
                int n = number(item, text);
                ranges.add(new Range(n, n, item));
            } else {
                int from = number(item.substring(0, dash).strip(), text);
                int to = number(item.substring(dash + 1).strip(), text);
                if (to < from) {
                    throw new IllegalArgumentException("range '" + item + "' in case list ends before it starts");
                }
                ranges.add(new Range(from, to, item));
            }
        }
        return new CaseSelection(List.copyOf(ranges), text.strip());
    }

    private static int number(String s, String text) {
        if (!s.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + s + "' in case list '" + text
                    + "' is not a case number; expected numbers and ranges such as 1-100,250");
        }
        return Integer.parseInt(s);
    }

    /**
     * The selected cases among {@code cases}, in their order, each once.
     *
     * @throws IllegalArgumentException when a single number is not among the cases, or a range holds none
     */
    public List<SuiteCase> apply(List<SuiteCase> cases) {
        if (ranges.isEmpty()) {
            return List.copyOf(cases);
        }
        for (Range r : ranges) {
            boolean any = cases.stream().anyMatch(c -> c.number() >= r.from() && c.number() <= r.to());
            if (!any) {
                throw new IllegalArgumentException(r.single()
                        ? "case " + r.text() + " is not in the suite's index"
                        : "no case of the suite's index is in " + r.text());
            }
        }
        List<SuiteCase> out = new ArrayList<>();
        for (SuiteCase c : cases) {
            int n = c.number();
            if (ranges.stream().anyMatch(r -> n >= r.from() && n <= r.to())) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}

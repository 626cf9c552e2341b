package org.cytostorm.physiology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** The table's distribution column, typed: parsed at load, quantiles against closed forms, bad rows refused. */
class DistributionTest {

    private static final String HEADER = "name\tvalue\tunit\tmin\tmax\tdistribution\tevidence\tsource\tdescription\n";

    private static ParameterTable table(String... rows) {
        StringBuilder sb = new StringBuilder("# a test table\n").append(HEADER);
        for (String r : rows) {
            sb.append(r).append('\n');
        }
        return ParameterTable.parse(sb.toString(), "test.tsv");
    }

    private static String row(String name, double value, double min, double max, String distribution) {
        return name + "\t" + value + "\t1/h\t" + min + "\t" + max + "\t" + distribution + "\tassumed\tassumed: test\ttest";
    }

    private static Distribution only(String distribution, double value, double min, double max) {
        return table(row("k", value, min, max, distribution)).find("k").orElseThrow().distribution();
    }

    @Test
    void everyRowOfTheShippedTableReadsBackFromItsTextAndCentresOnItsValue() {
        for (ParameterEntry e : ParameterTable.standard().entries()) {
            // the column text reads back to the same distribution
            assertEquals(e.distribution(), DistributionParser.parse(e.distribution().text(), e.value(), e.min(), e.max()),
                    e.name());
            // a log-normal's median is the table's value: u = 0.5 gives it when the truncation is
            // symmetric in log space, and otherwise the value lies between the draws at 0.5 +- the
            // mass truncation moved (checked here as: the median draw lies within the range and on the
            // side of the value that the nearer bound pushes it to)
            if (e.distribution() instanceof Distribution.LogNormal ln && e.value() > 0) {
                double median = ln.quantile(0.5);
                double s = ln.sigma();
                double zLo = ln.lower() > 0 ? (Math.log(ln.lower()) - Math.log(e.value())) / s : Double.NEGATIVE_INFINITY;
                double zHi = (Math.log(ln.upper()) - Math.log(e.value())) / s;
                if (Math.abs(zLo + zHi) < 1e-9) {
                    assertEquals(e.value(), median, 1e-9 * e.value(), e.name());
                } else if (-zLo > zHi) {
                    assertTrue(median <= e.value() * (1 + 1e-12), e.name() + ": the upper cut pulls the median down");
                } else {
                    assertTrue(median >= e.value() * (1 - 1e-12), e.name() + ": the lower cut pushes the median up");
                }
            }
        }
    }

    @Test
    void aWideLogNormalHasTheTableValueAsMedianAndSigmaFromTheCv() {
        // CV 0.3: sigma = sqrt(ln(1.09)) = 0.2935604...; bounds far away, so truncation is negligible
        Distribution d = only("lognormal(0.3)", 2.0, 1e-6, 1e6);
        double sigma = Math.sqrt(Math.log(1.09));
        assertEquals(2.0, d.quantile(0.5), 1e-12);
        // Phi(1) = 0.8413447460685429 (standard normal table)
        assertEquals(2.0 * Math.exp(sigma), d.quantile(0.8413447460685429), 1e-9);
        assertEquals(2.0 * Math.exp(-sigma), d.quantile(1 - 0.8413447460685429), 1e-9);
    }

    @Test
    void truncationMapsTheUnitIntervalOntoTheBounds() {
        Distribution d = only("lognormal(0.3, 1.5..2.5)", 2.0, 0.1, 10);
        assertEquals(1.5, d.quantile(0), 1e-9);
        assertEquals(2.5, d.quantile(1), 1e-9);
        // a normal truncated symmetrically about its mean keeps the mean as median
        Distribution n = only("normal(12, 60..100)", 80, 30, 200);
        assertEquals(80, n.quantile(0.5), 1e-9);
        assertEquals(60, n.quantile(0), 1e-9);
        // one-sided: Phi((70-80)/12) = Phi(-0.8333) = 0.2023174 (table); the median of N(80, 12) cut at 70
        // solves Phi(z) = 0.2023174 + 0.5 (1 - 0.2023174) = 0.6011587 -> z = 0.2563..., x = 83.076
        Distribution cut = only("normal(12, 70..200)", 80, 30, 200);
        assertEquals(83.076, cut.quantile(0.5), 2e-3);
    }

    @Test
    void uniformAndCategoricalDraws() {
        Distribution u = only("uniform", 0.5, 0.2, 0.8);
        assertEquals(0.2 + 0.25 * 0.6, u.quantile(0.25), 1e-15);
        Distribution c = only("categorical(0: 0.7, 1: 0.3)", 1, 0, 1);
        assertEquals(0.0, c.quantile(0.69));
        assertEquals(1.0, c.quantile(0.71));
        assertEquals("categorical(0: 0.7, 1: 0.3)", c.text());
    }

    @Test
    void theColumnTextReadsBack() {
        for (String text : new String[] {"fixed", "lognormal(0.3)", "lognormal(0.3, 1.5..2.5)", "normal(12)", "uniform",
            "uniform(0.3..0.7)"}) {
            assertEquals(text, only(text, 0.5 + (text.startsWith("lognormal(0.3, 1") ? 1.5 : 0), 0.2,
                    text.startsWith("normal") ? 0.9 : 3).text());
        }
        assertInstanceOf(Distribution.Switch.class, only("switch", 1, 0, 1));
        Distribution count = only("count", 4, 0, 30);
        assertInstanceOf(Distribution.Count.class, count);
        assertEquals("count", count.text());
        assertEquals(4, count.quantile(0.99));
        assertFalse(count.varies() || only("switch", 1, 0, 1).varies() || only("fixed", 1, 0, 2).varies());
        assertTrue(only("uniform", 1, 0, 2).varies());
    }

    @Test
    void aCountIsWholeWhoeverSetsIt() {
        InputException e = assertThrows(InputException.class, () -> table(row("n_doses", 2.5, 0, 30, "count")));
        assertTrue(e.getMessage().contains("a count is a whole number"), e.getMessage());
        ParameterEntry n = ParameterEntry.of("n_doses", 2, "1", 0, 30, "count", "assumed", "assumed: test", "doses");
        assertTrue(n.isCount() && !n.isSwitch());
        assertEquals(java.util.Optional.of("is a count: a whole number"), n.whyImpossible(2.5));
        assertEquals(java.util.Optional.empty(), n.whyImpossible(3));
        // out of range is possible (a warning), not impossible
        assertEquals(java.util.Optional.empty(), n.whyImpossible(40));
    }

    @Test
    void aMalformedDistributionIsRefusedNamingItsRow() {
        String[][] cases = {
            {"gamma(2)", "unknown distribution"},
            {"lognormal(-1)", "positive"},
            {"lognormal(abc)", "not a number"},
            {"normal", "needs its SD"},
            {"lognormal(0.3, 0.01..2)", "within the plausible range"},
            {"lognormal(0.3, 1..1.5)", "hold the value"},
            {"uniform(1, 2)", "at most bounds"},
            {"categorical(30: 1)", "outside the plausible range"},
            {"categorical(0.5: 1, 1: 0)", "positive"},
            {"fixed(1)", "no arguments"},
        };
        for (String[] c : cases) {
            InputException e = assertThrows(InputException.class,
                    () -> table(row("ok", 1, 0, 10, "fixed"), row("k_bad", 2, 0.1, 10, c[0])), c[0]);
            assertEquals("test.tsv", e.file());
            assertEquals(4, e.line(), c[0]);
            assertEquals("distribution", e.key());
            assertTrue(e.getMessage().contains("k_bad") && e.getMessage().contains(c[1]), e.getMessage());
        }
        InputException s = assertThrows(InputException.class, () -> table(row("sw_x", 0.5, 0, 1, "switch")));
        assertTrue(s.getMessage().contains("0 (off) or 1 (on)"), s.getMessage());
    }

    @Test
    void recentringKeepsTheShape() {
        Distribution d = only("lognormal(0.3)", 0, 0, 1);
        assertEquals(0, d.quantile(0.9));
        Distribution r = d.recentred(0.1);
        assertEquals(0.1, r.quantile(0.5), 1e-12);
        assertEquals(0.1 * Math.exp(Math.sqrt(Math.log(1.09))), r.quantile(0.8413447460685429), 1e-9);
    }

    @Test
    void aPopulationDistributionNeedNotHoldTheTableValueButIsCheckedOtherwise() {
        // a population recentres on its scenario's value, so bounds and categories away from the
        // table's value are accepted (the table itself refuses them: aMalformedDistributionIsRefusedNamingItsRow)
        Distribution ln = DistributionParser.parseForPopulation("lognormal(0.3, 1..1.5)", 2, 0.1, 10);
        assertEquals(new Distribution.LogNormal(2, 0.3, 1, 1.5, true), ln);
        assertEquals(1.5, ln.quantile(1), 1e-12);
        Distribution cat = DistributionParser.parseForPopulation("categorical(5: 1, 50: 3)", 30, 0, 100);
        assertEquals(50, cat.quantile(0.3));
        String[][] refused = {
            {"lognormal(-0.2)", "positive"},
            {"normal(1, 3..2)", "lower above the upper"},
            {"lognormal(0.3, 0.01..2)", "within the plausible range"},
            {"uniform(3..3)", "LO < HI"},
            {"categorical(1: 0)", "positive"},
        };
        for (String[] c : refused) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DistributionParser.parseForPopulation(c[0], 2, 0.1, 10), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }
}

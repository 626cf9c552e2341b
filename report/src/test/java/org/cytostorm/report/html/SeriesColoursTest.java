package org.cytostorm.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report palette: curves of one panel must not look alike, and a variable keeps its colour. */
class SeriesColoursTest {

    /**
     * The colour difference itself, against the published CIEDE2000 test pairs (Sharma, Wu and Dalal,
     * Color Res Appl 2005;30:21, table 1, pairs 1, 2, 7, 9, 17 and 25).
     */
    @Test
    void colourDifferenceMatchesThePublishedTestPairs() {
        double[][][] pairs = {
            {{50, 2.6772, -79.7751}, {50, 0, -82.7485}},
            {{50, 3.1571, -77.2803}, {50, 0, -82.7485}},
            {{50, 0, 0}, {50, -1, 2}},
            {{50, 2.49, -0.001}, {50, -2.49, 0.0009}},
            {{50, 2.5, 0}, {73, 25, -18}},
            {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}},
        };
        double[] published = {2.0425, 2.8615, 2.3669, 7.1792, 27.1492, 1.2644};
        for (int i = 0; i < pairs.length; i++) {
            assertEquals(published[i], ColourDifference.de2000(pairs[i][0], pairs[i][1]), 1e-4, "test pair " + i);
        }
        // sRGB to L*a*b*: pure white, black and the sRGB red primary (L 53.24, a 80.09, b 67.20)
        assertEquals(100, ColourDifference.lab("#ffffff")[0], 0.01);
        assertEquals(0, ColourDifference.lab("#000000")[0], 0.01);
        double[] red = ColourDifference.lab("#ff0000");
        assertEquals(53.24, red[0], 0.05);
        assertEquals(80.09, red[1], 0.05);
        assertEquals(67.20, red[2], 0.05);
    }

    /**
     * Every two palette colours differ by at least 12 CIEDE2000 units: Tableau 10's own closest pair
     * (brown and grey), which is also the palette's, is 13.2 apart, whereas the Category 10 greens
     * that made lung injury and endotoxin tolerance look alike in the sepsis report were 5.5 apart.
     */
    @Test
    void everyTwoPaletteColoursStayApart() {
        List<String> p = SeriesColours.PALETTE;
        assertEquals(p.size(), new HashSet<>(p).size(), "no colour twice");
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                double d = ColourDifference.of(p.get(i), p.get(j));
                assertTrue(d >= 12, p.get(i) + " and " + p.get(j) + " differ by only " + d + " CIEDE2000 units");
            }
        }
    }

    /** Every colour is dark enough to see on the white page (L* at most 85; Tableau's yellow is 82). */
    @Test
    void everyColourShowsOnWhite() {
        for (String c : SeriesColours.PALETTE) {
            assertTrue(ColourDifference.lab(c)[0] <= 85, c + " is too light for a white page");
        }
    }

    /** A panel of as many curves as the palette has colours uses each colour once. */
    @Test
    void aFullPanelUsesEveryColourOnce() {
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < SeriesColours.PALETTE.size(); i++) {
            series.add(series("variable_" + i, ""));
        }
        List<String> colours = SeriesColours.of(series);
        assertEquals(new HashSet<>(SeriesColours.PALETTE), new HashSet<>(colours));
    }

    /** A variable has its own colour whatever the panel, unless a curve before it took that colour. */
    @Test
    void aVariableKeepsItsColourAcrossPanels() {
        String own = SeriesColours.of(List.of(series("IL6", ""))).get(0);
        assertEquals(own, SeriesColours.of(List.of(series("IL6", ""), series("TNF", ""), series("IL10", ""))).get(0));
        String tnf = SeriesColours.of(List.of(series("TNF", ""))).get(0);
        List<String> later = SeriesColours.of(List.of(series("TNF", ""), series("IL6", "")));
        assertEquals(tnf.equals(own) ? later.get(1) : own, later.get(1), "IL6 after TNF");
        assertTrue(!later.get(0).equals(later.get(1)), "two curves, two colours");
        assertEquals("#123456", SeriesColours.of(List.of(series("IL6", "#123456"))).get(0), "a curve's own colour is kept");
    }

    private static TimeSeries series(String name, String colour) {
        return new TimeSeries(name, "", new double[] {0, 1}, false, colour);
    }
}

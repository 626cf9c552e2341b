package org.cytostorm.tissue.run;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.sim.PlasmaSource;

/**
 * The front speeds the documentation reports: the built-in focal infection on a strip of tissue
 * (1.5 × 0.3 mm, the focus on its left edge, so the front travels one way) under one change at a
 * time. The same runs back the cascade's acceptance tests.
 */
public final class FrontSpeeds {
    /** The infected focus's radius in the built-in config, µm. */
    public static final double FOCUS_RADIUS_UM = 25;
    private static final List<String> STRIP = List.of("grid.nx=150", "grid.ny=30", "layout.regions[0].x=0",
            "layout.focus.x=0", "time.frame_every_h=0", "time.checkpoint_every_h=0");

    /** One measured variant. */
    public record Case(String label, List<String> sets) {
    }

    /** Its outcome: speed while travelling, how far any death reached, the dead fraction at 48 h. */
    public record Measured(Case variant, double speedUmPerHour, double farthestDeathUm, double deadFraction) {
    }

    public static final List<Case> CASES = List.of(
            new Case("reference (built-in lung-focal-infection)", List.of()),
            new Case("IL-1β diffusion 30 µm²/min (reference 60)", List.of("fields.il1b.diffusion=30")),
            new Case("IL-1β diffusion 120 µm²/min", List.of("fields.il1b.diffusion=120")),
            new Case("death threshold 0.2 (internal IL-1β; reference 0.3)", List.of(threshold(0.2))),
            new Case("death threshold 0.6", List.of(threshold(0.6))),
            new Case("inflammatory death off", List.of("mechanisms.inflammatory_death=false")),
            new Case("anti-TNF (TNF-α signalling blocked)", List.of("drugs.anti_tnf=1")),
            new Case("anti-IFN-γ (IFN-γ signalling blocked)", List.of("drugs.anti_ifng=1")),
            new Case("anti-TNF and anti-IFN-γ", List.of("drugs.anti_tnf=1", "drugs.anti_ifng=1")));

    private static List<Measured> all;

    private FrontSpeeds() {
    }

    /** The death-threshold rule of the built-in config with another threshold. */
    public static String threshold(double value) {
        return "rules[4]=epithelial, internal il1b, requires, inflammatory death, " + value;
    }

    public static TissueConfig strip(List<String> sets) {
        List<String> s = new ArrayList<>(STRIP);
        s.addAll(sets);
        return TissueConfigs.resolve("lung-focal-infection", Overrides.parse(s));
    }

    public static TissueRunner.Result run(List<String> sets, int threads) {
        return new TissueRunner(strip(sets), threads, PlasmaSource.NONE, null, FrameSink.NONE, ProgressListener.SILENT)
                .run();
    }

    /** Speed while the front travels from 40 to 1200 µm (the strip is 1500 µm long), µm/h. */
    public static double speed(TissueRunner.Result r) {
        return FrontSpeed.umPerHour(r.columns(), r.rows(), 40, 1200);
    }

    public static Measured measure(Case c) {
        TissueRunner.Result r = run(c.sets(), 1);
        return new Measured(c, speed(r), last(r, "farthest_death_um"), last(r, "dead_fraction"));
    }

    /** Every case, measured once per JVM (the runs are deterministic). */
    public static synchronized List<Measured> all() {
        if (all == null) {
            List<Measured> m = new ArrayList<>();
            for (Case c : CASES) {
                m.add(measure(c));
            }
            all = List.copyOf(m);
        }
        return all;
    }

    public static Measured get(int index) {
        return all().get(index);
    }

    private static double last(TissueRunner.Result r, String column) {
        double[] c = r.column(column);
        return c[c.length - 1];
    }
}

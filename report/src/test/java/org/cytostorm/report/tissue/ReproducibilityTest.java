package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.run.FrontSpeed;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import org.cytostorm.tissue.sim.PlasmaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same config and seed give the same tissue, bit for bit, on one thread or two, and when a run
 * is stopped and resumed from its checkpoint: every recorded row, every frame's snapshot, the full
 * final state (fields, cells, agents) as written to a checkpoint, and the frames, animation and
 * report drawn from them at the end (on the run's colour scale, which only the end knows).
 */
class ReproducibilityTest {
    /** A small tissue that still has every phase busy: deaths, recruitment, chemotaxis, division. */
    private static TissueConfig config(String... more) {
        List<String> sets = new java.util.ArrayList<>(List.of("grid.nx=60", "grid.ny=40", "time.duration_h=10",
                "time.frame_every_h=2", "time.checkpoint_every_h=10", "layout.regions[0].radius=40"));
        sets.addAll(List.of(more));
        return TissueConfigs.resolve("lung-focal-infection", Overrides.parse(sets));
    }

    private static TissueRunner.Result run(TissueConfig c, int threads, Path dir, long stopAfter) {
        TissueOutputs out = new TissueOutputs(dir);
        return new TissueRunner(c, threads, PlasmaSource.NONE, out.checkpoint(), out.frames(), ProgressListener.SILENT)
                .run(stopAfter);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalTissue(@TempDir Path one, @TempDir Path two) throws IOException {
        TissueConfig c = config();
        TissueRunner.Result a = run(c, 1, one, Long.MAX_VALUE);
        TissueRunner.Result b = run(c, 2, two, Long.MAX_VALUE);
        assertTrue(a.rows().size() > 10);
        assertRowsEqual(a, b);
        assertSameFiles(one, two, snapshots(one, a));
        // the checkpoint at the last step holds the whole final state
        assertArrayEquals(Files.readAllBytes(one.resolve(TissueOutputs.CHECKPOINT)),
                Files.readAllBytes(two.resolve(TissueOutputs.CHECKPOINT)));
        // and the run did something worth comparing
        double[] dead = a.column("dead_fraction");
        assertTrue(dead[dead.length - 1] > 0.01, "dead fraction " + dead[dead.length - 1]);
    }

    @Test
    void aResumedRunMatchesAnUninterruptedOne(@TempDir Path whole, @TempDir Path parts) throws IOException {
        TissueConfig c = config();
        TissueRunner.Result a = run(c, 2, whole, Long.MAX_VALUE);
        TissueRunner.Result first = run(c, 2, parts, 250);
        assertEquals(250, first.steps());
        assertFalse(first.resumed());
        TissueRunner.Result second = run(c, 1, parts, 100);
        assertTrue(second.resumed());
        assertEquals(350, second.steps());
        TissueRunner.Result rest = run(c, 2, parts, Long.MAX_VALUE);
        assertTrue(rest.resumed());
        assertRowsEqual(a, rest);
        assertEquals(a.frames(), rest.frames());
        assertSameFiles(whole, parts, snapshots(whole, a));
        assertArrayEquals(Files.readAllBytes(whole.resolve(TissueOutputs.CHECKPOINT)),
                Files.readAllBytes(parts.resolve(TissueOutputs.CHECKPOINT)));
        // drawn at the end on the run's scale, whose maximum the interrupted attempts never saw whole
        new TissueOutputs(whole).finish(a, FrontSpeed.ofRun(a), FrameScale.RUN);
        new TissueOutputs(parts).finish(rest, FrontSpeed.ofRun(rest), FrameScale.RUN);
        assertSameFiles(whole, parts, a.frames());
        assertSameFiles(whole, parts, List.of(TissueOutputs.ANIMATION_GIF, TissueOutputs.REPORT_HTML,
                TissueOutputs.TIMESERIES_CSV));
    }

    @Test
    void aVolumeIsIdenticalOnOneAndTwoThreads(@TempDir Path one, @TempDir Path two) throws IOException {
        TissueConfig c = TissueConfigs.resolve("lung-focal-infection", Overrides.parse(List.of("grid.nx=24",
                "grid.ny=24", "grid.nz=12", "time.duration_h=3", "time.frame_every_h=1", "time.checkpoint_every_h=3",
                "layout.vessels.spacing=8", "layout.regions[0].radius=40")));
        TissueRunner.Result a = run(c, 1, one, Long.MAX_VALUE);
        TissueRunner.Result b = run(c, 2, two, Long.MAX_VALUE);
        assertRowsEqual(a, b);
        assertArrayEquals(Files.readAllBytes(one.resolve(TissueOutputs.CHECKPOINT)),
                Files.readAllBytes(two.resolve(TissueOutputs.CHECKPOINT)));
        double[] infected = a.column("n_infected_epithelial");
        assertTrue(infected[0] > 100, "a ball of infected cells in the volume: " + infected[0]);
    }

    @Test
    void aDifferentSeedGivesADifferentTissue(@TempDir Path one, @TempDir Path two) {
        TissueRunner.Result a = run(config(), 1, one, Long.MAX_VALUE);
        TissueRunner.Result b = run(config("seed=2"), 1, two, Long.MAX_VALUE);
        // guards the tests above against comparing runs in which randomness plays no part
        boolean differ = false;
        for (int i = 0; i < a.rows().size() && !differ; i++) {
            differ = !java.util.Arrays.equals(a.rows().get(i), b.rows().get(i));
        }
        assertTrue(differ);
    }

    private static void assertRowsEqual(TissueRunner.Result a, TissueRunner.Result b) {
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            assertArrayEquals(a.rows().get(i), b.rows().get(i), "row " + i);
        }
    }

    /** The snapshot files of a run's frames, relative to its directory. */
    private static List<String> snapshots(Path dir, TissueRunner.Result r) {
        TissueOutputs out = new TissueOutputs(dir);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < r.frames().size(); i++) {
            names.add(dir.relativize(out.snapshot(i)).toString());
        }
        return names;
    }

    private static void assertSameFiles(Path x, Path y, List<String> names) throws IOException {
        assertFalse(names.isEmpty());
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(x.resolve(n)), Files.readAllBytes(y.resolve(n)), n);
        }
    }
}

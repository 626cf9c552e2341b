package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TissueCommandTest {
    private static final String[] SMALL = {"--set", "grid.nx=40", "--set", "grid.ny=40", "--set", "time.duration_h=4",
        "--set", "time.frame_every_h=1"};

    @TempDir
    Path dir;

    private CliRun tissue(String config, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("tissue", config, "--out", out.toString(), "--threads", "2"));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesTimeseriesFramesAnimationAndReport() throws IOException {
        Path out = dir.resolve("lung");
        CliRun r = tissue("lung-focal-infection", out);
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        // a header and one row per 30 min over 4 h, plus time 0
        assertEquals(1 + 9, lines.size());
        assertTrue(lines.get(0).startsWith("time_min,time_h,n_epithelial,"), lines.get(0));
        assertTrue(lines.get(0).contains("dead_fraction,front_um"), lines.get(0));
        // frames at 0, 1, 2, 3 and 4 h
        for (int i = 0; i < 5; i++) {
            BufferedImage frame = ImageIO.read(out.resolve(String.format("frames/frame_%05d.png", i)).toFile());
            assertTrue(frame.getWidth() > 400, "frame " + i);
        }
        assertFalse(Files.exists(out.resolve("frames/frame_00005.png")));
        assertTrue(Files.size(out.resolve("animation.gif")) > 0);
        assertTrue(Files.readString(out.resolve("report.html")).contains("animation.gif"));
        // the checkpoint is removed once the run is complete
        assertFalse(Files.exists(out.resolve("checkpoint.bin")));
        assertTrue(r.err().contains("tissue: step 240 of 240"), r.err());
    }

    @Test
    void carTTumourRunsCoupledToThePatient() throws IOException {
        Path out = dir.resolve("cart");
        CliRun r = tissue("car-t-tumour", out, "--no-frames", "--set", "layout.regions[0].radius=100");
        assertEquals(0, r.exitCode(), r.err());
        String header = Files.readAllLines(out.resolve("timeseries.csv")).get(0);
        assertTrue(header.contains("plasma_il6,flux_il6"), header);
        String last = Files.readAllLines(out.resolve("timeseries.csv")).get(8);
        // plasma IL-6 of the axi-cel patient from day 3 is not zero (pg/mL × 1e-3)
        int c = List.of(header.split(",")).indexOf("plasma_il6");
        assertTrue(Double.parseDouble(last.split(",")[c]) > 0, last);
    }

    @Test
    void aBadConfigNamesFileAndLineAndExitsTwo() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\nfields:\n  tnf: {diffusion: -5, decay: 0.01}\ncell_types:\n"
                + "  epithelial: {kind: epithelial}\nlayout: {fill: epithelial}\nrules: []\n");
        CliRun r = CliRun.of("tissue", f.toString(), "--out", dir.resolve("bad").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad.yaml:3: fields.tnf.diffusion"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void anUnknownOverrideExitsTwo() {
        CliRun r = tissue("lung-focal-infection", dir.resolve("x"), "--set", "mechanisms.flying=true");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--set: mechanisms.flying"), r.err());
    }

    /** The names in {@code d}, sorted. */
    private static List<String> listing(Path d) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aShorterRunIntoTheSameFolderLeavesOnlyItsOwnFrames() throws IOException {
        Path out = dir.resolve("lung");
        assertEquals(0, tissue("lung-focal-infection", out, "--no-frames", "--set", "time.duration_h=8",
                "--set", "time.frame_every_h=1").exitCode());
        assertEquals(0, tissue("lung-focal-infection", out, "--set", "time.duration_h=8", "--set",
                "time.frame_every_h=1").exitCode());
        assertEquals(9, listing(out.resolve("frames")).size(), "frames at 0, 1, ..., 8 h");
        CliRun r = tissue("lung-focal-infection", out, "--set", "time.duration_h=2", "--set", "time.frame_every_h=1");
        assertEquals(0, r.exitCode(), r.err());
        // a 2 h run with a frame an hour: frames at 0, 1 and 2 h, and nothing of the 8 h run
        assertEquals(List.of("frame_00000.png", "frame_00001.png", "frame_00002.png"), listing(out.resolve("frames")));
        assertEquals(List.of("animation.gif", "frames", "report.html", "timeseries.csv"), listing(out));
        assertEquals(List.of("lung"), listing(dir), "no work directory, staging directory or lock left beside it");
    }

    @Test
    void anInterruptedRunResumesFromItsWorkDirectoryAndWritesTheSameFiles() throws IOException {
        Path whole = dir.resolve("whole");
        Path parts = dir.resolve("parts");
        assertEquals(0, tissue("lung-focal-infection", whole).exitCode());
        // what a run killed after 100 of its 240 steps leaves: its checkpoint and frames in DIR's work directory
        org.cytostorm.report.tissue.TissueOutputs work = killedAfter100Steps(parts);
        assertTrue(Files.exists(work.checkpoint()));
        assertTrue(Files.exists(work.snapshot(0)), "frames are kept as snapshots until the run ends");
        assertFalse(Files.exists(work.dir().resolve("frames")), "and drawn only then, on the whole run's scale");
        // a frame a kill left half-way through drawing the frames at the end is drawn again
        Files.createDirectories(work.dir().resolve("frames"));
        Files.writeString(work.dir().resolve("frames/frame_00000.png"), "drawn on another scale");

        CliRun r = tissue("lung-focal-infection", parts);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("resuming from " + work.checkpoint()), r.out());
        assertEquals(listing(whole), listing(parts));
        assertEquals(listing(whole.resolve("frames")), listing(parts.resolve("frames")));
        for (String f : List.of("timeseries.csv", "animation.gif", "report.html")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(parts.resolve(f)), f);
        }
        for (String f : listing(whole.resolve("frames"))) {
            assertArrayEquals(Files.readAllBytes(whole.resolve("frames").resolve(f)),
                    Files.readAllBytes(parts.resolve("frames").resolve(f)), f);
        }
        assertFalse(Files.exists(work.dir()), "the work directory became the output directory");
    }

    @Test
    void anEmptyCheckpointIsRefusedNamingItAndFresh() throws IOException {
        Path out = dir.resolve("lung");
        Path checkpoint = org.cytostorm.common.io.OutputSet.resumableOf(out).resolve("checkpoint.bin");
        Files.createDirectories(checkpoint.getParent());
        Files.write(checkpoint, new byte[0]);
        CliRun r = tissue("lung-focal-infection", out);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: " + checkpoint + ": the checkpoint is empty;"), r.err());
        assertTrue(r.err().contains("--fresh"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        CliRun again = tissue("lung-focal-infection", out, "--fresh");
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(again.out().contains("resuming"), again.out());
    }

    @Test
    void framesAreOnTheRunsScaleUnlessEachFrameIsAsked() throws IOException {
        Path run = dir.resolve("run");
        Path frame = dir.resolve("frame");
        assertEquals(0, tissue("lung-focal-infection", run).exitCode());
        CliRun r = tissue("lung-focal-infection", frame, "--frame-scale", "frame");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(run.resolve("report.html")).contains("on one colour scale for the whole run"));
        assertTrue(Files.readString(frame.resolve("report.html")).contains("own maximum (printed on its colour bar)"));
        // the same tissue, drawn differently
        assertArrayEquals(Files.readAllBytes(run.resolve("timeseries.csv")),
                Files.readAllBytes(frame.resolve("timeseries.csv")));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(run.resolve("frames/frame_00002.png")),
                Files.readAllBytes(frame.resolve("frames/frame_00002.png"))));
        assertEquals(0, tissue("lung-focal-infection", dir.resolve("explicit"), "--frame-scale", "run").exitCode());
        assertArrayEquals(Files.readAllBytes(run.resolve("frames/frame_00002.png")),
                Files.readAllBytes(dir.resolve("explicit").resolve("frames/frame_00002.png")), "run is the default");
    }

    @Test
    void aBadFrameScaleIsRefusedBeforeAnythingRuns() {
        for (String bad : List.of("fixed", "RUN", "")) {
            Path out = dir.resolve("bad");
            CliRun r = tissue("lung-focal-infection", out, "--frame-scale", bad);
            assertEquals(2, r.exitCode(), bad + ": " + r.err());
            assertEquals("error: --frame-scale must be run (one colour scale for the whole run) or frame (each frame "
                    + "its own), got '" + bad + "'\n", r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(out));
            assertFalse(Files.exists(org.cytostorm.common.io.OutputSet.resumableOf(out)));
        }
    }

    @Test
    void aDamagedFrameSnapshotIsRefusedNamingItAndFresh() throws IOException {
        Path out = dir.resolve("lung");
        org.cytostorm.report.tissue.TissueOutputs work = killedAfter100Steps(out);
        Path snapshot = work.snapshot(1);
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CliRun r = tissue("lung-focal-infection", out);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: " + snapshot + ": the frame snapshot is cut short; start again with --fresh\n", r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("tissue: step"), "refused before the run resumes: " + r.err());
        assertFalse(Files.exists(out), "nothing is published");
        CliRun again = tissue("lung-focal-infection", out, "--fresh");
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void threadsOutsideOneToTheLimitAreRefused() {
        for (String t : List.of("5000", "0", "-1", Integer.toString(org.cytostorm.tissue.parallel.Workers.MAX_THREADS + 1))) {
            CliRun r = CliRun.of("tissue", "lung-focal-infection", "--threads", t, "--out", dir.resolve("t").toString());
            assertEquals(2, r.exitCode(), t + ": " + r.err());
            assertEquals("error: --threads must be between 1 and " + org.cytostorm.tissue.parallel.Workers.MAX_THREADS
                    + ", got " + t + "\n", r.err());
        }
    }

    @Test
    void aGridTooLargeForMemoryIsRefusedBeforeAnythingRuns() {
        Path out = dir.resolve("huge");
        CliRun r = CliRun.of("tissue", "lung-focal-infection", "--set", "grid.nz=13000", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: lung-focal-infection.yaml: grid: 400 × 400 × 13000 voxels with "), r.err());
        assertTrue(r.err().contains("of memory, more than the"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aConfigCutInsideCellTypesIsRefused() throws IOException {
        String text = org.cytostorm.tissue.config.TissueConfigs.builtInText("lung-focal-infection");
        Path half = dir.resolve("half.yaml");
        Files.writeString(half, text.substring(0, text.indexOf("  neutrophil:")));
        CliRun r = CliRun.of("tissue", half.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: " + half + ": the sections layout:, rules: are missing"), r.err());
    }

    @Test
    void aTwentyMegabyteLineIsRefusedAtOnce() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: " + "x".repeat(20_000_000) + "\n");
        CliRun r = CliRun.of("tissue", big.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode(), r.err());
        // refused by its size before it is read as text (the YAML parser took 42 s to refuse it)
        assertTrue(r.err().startsWith("error: " + big + ": the file has 20000007 bytes, more than the limit"), r.err());
    }

    @Test
    void outUnderARegularFileIsRefusedBeforeRunning() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path out = file.resolve("sub");
        CliRun r = tissue("lung-focal-infection", out);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --out " + out + ": '" + file + "' is a regular file, not a directory\n", r.err());
        assertEquals("", r.out());
    }

    /** What a small lung run killed after 100 of its 240 steps leaves in {@code out}'s work directory. */
    private static org.cytostorm.report.tissue.TissueOutputs killedAfter100Steps(Path out) throws IOException {
        List<String> sets = new java.util.ArrayList<>();
        for (int i = 1; i < SMALL.length; i += 2) {
            sets.add(SMALL[i]);
        }
        org.cytostorm.tissue.config.TissueConfig c = org.cytostorm.tissue.config.TissueConfigs.resolve(
                "lung-focal-infection", org.cytostorm.tissue.config.Overrides.parse(sets));
        org.cytostorm.report.tissue.TissueOutputs work = new org.cytostorm.report.tissue.TissueOutputs(
                org.cytostorm.common.io.OutputSet.resumableOf(out));
        new org.cytostorm.tissue.run.TissueRunner(c, 2, org.cytostorm.tissue.coupling.PatientPlasma.of(c),
                work.checkpoint(), work.frames(), org.cytostorm.tissue.run.ProgressListener.SILENT).run(100);
        return work;
    }
}

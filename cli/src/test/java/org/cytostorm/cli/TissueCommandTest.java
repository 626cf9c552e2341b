package org.cytostorm.cli;

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
                + "  epithelial: {kind: epithelial}\n");
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
}

package org.cytostorm.physiology.calib;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytostorm.physiology.acceptance.SepsisSweep;

/**
 * Developer tool: writes the sepsis sweep of {@code SofaMortalityTest} ({@link SepsisSweep}), one
 * patient a line, for scripts/fit-sofa-hazard.py: the factors, then the hourly reported SOFA, its
 * six components, septic shock and Berlin severity, each a space-separated series after a ';'.
 */
public final class SofaSweep {

    private static final List<String> COLUMNS = List.of("sofa", "sofa_respiration", "sofa_coagulation", "sofa_liver",
            "sofa_cardiovascular", "sofa_cns", "sofa_renal", "septic_shock", "berlin_severity");

    private SofaSweep() {
    }

    public static void main(String[] args) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (SepsisSweep.Patient p : SepsisSweep.run()) {
                StringBuilder line = new StringBuilder();
                line.append(p.antibioticsH()).append(',').append(p.inoculum()).append(',').append(p.hostReactivity())
                        .append(',').append(p.kLeak());
                for (String c : COLUMNS) {
                    line.append(';');
                    double[] v = p.run().column(c);
                    for (int i = 0; i < v.length; i++) {
                        line.append(i > 0 ? " " : "").append((int) v[i]);
                    }
                }
                w.println(line);
            }
        }
    }
}

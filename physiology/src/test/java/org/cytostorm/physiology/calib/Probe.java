package org.cytostorm.physiology.calib;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.physiology.model.PatientModel;

/** Calibration probe (developer tool): prints selected columns of a run. args: end step cols k=v... */
public final class Probe {
    public static void main(String[] args) {
        double end = Double.parseDouble(args[0]);
        double step = Double.parseDouble(args[1]);
        List<String> cols = List.of(args[2].split(","));
        Map<String, Double> set = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=");
            set.put(kv[0], Double.parseDouble(kv[1]));
        }
        long t0 = System.nanoTime();
        OdeProblem pr = PatientModel.standard().compiled().problem().with(set)
                .withUniformTimes(0, end, (int) Math.round(end / step) + 1).withOutputs(cols);
        Solution s = pr.solve();
        long t1 = System.nanoTime();
        System.out.println("# " + s.returnCode() + " " + s.message() + " " + s.statistics() + " " + (t1 - t0) / 1e6 + " ms");
        StringBuilder h = new StringBuilder(String.format("%8s", "t"));
        for (String c : cols) {
            h.append(String.format(" %10s", c.length() > 10 ? c.substring(0, 10) : c));
        }
        System.out.println(h);
        for (int r = 0; r < s.rows(); r++) {
            StringBuilder b = new StringBuilder(String.format("%8.2f", s.time(r)));
            for (String c : cols) {
                b.append(String.format(" %10.4g", s.value(c, r)));
            }
            System.out.println(b);
        }
    }
}

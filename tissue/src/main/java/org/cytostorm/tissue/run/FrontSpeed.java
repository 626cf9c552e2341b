package org.cytostorm.tissue.run;

import java.util.List;
import org.cytostorm.tissue.config.TissueConfig;

/**
 * The speed of the front of dead tissue: the least-squares slope of the front's radius against
 * time, over the rows where the front has left the focus and not yet neared the tissue's edge
 * (where it can only slow).
 */
public final class FrontSpeed {
    private FrontSpeed() {
    }

    /**
     * @param minRadius front radius (µm) from which the front counts as travelling
     * @param maxRadius front radius (µm) beyond which the edge interferes
     * @return µm per hour; 0 when fewer than three rows qualify
     */
    public static double umPerHour(List<String> columns, List<double[]> rows, double minRadius, double maxRadius) {
        int t = columns.indexOf("time_h");
        int f = columns.indexOf("front_um");
        double n = 0;
        double st = 0;
        double sf = 0;
        double stt = 0;
        double stf = 0;
        for (double[] row : rows) {
            double r = row[f];
            if (r > minRadius && r < maxRadius) {
                n++;
                st += row[t];
                sf += r;
                stt += row[t] * row[t];
                stf += row[t] * r;
            }
        }
        if (n < 3) {
            return 0;
        }
        double denom = n * stt - st * st;
        return denom == 0 ? 0 : (n * stf - st * sf) / denom;
    }

    /** Front speed over the travelling phase: from 4 voxels out to 80% of the nearest edge. */
    public static double ofRun(TissueRunner.Result result) {
        TissueConfig c = result.config();
        double[] focus = c.layout().focus();
        double edge = Math.min(Math.min(focus[0], 1 - focus[0]) * c.grid().width(),
                Math.min(focus[1], 1 - focus[1]) * c.grid().height());
        if (edge == 0) {
            edge = Math.max(c.grid().width(), c.grid().height());
        }
        return umPerHour(result.columns(), result.rows(), 4 * c.grid().dx(), 0.8 * edge);
    }
}

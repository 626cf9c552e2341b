package org.cytostorm.tissue.sim;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.cells.Kind;
import org.cytostorm.tissue.config.FieldSpec;
import org.cytostorm.tissue.config.TissueConfig;

/**
 * The timeseries row of a tissue at one moment: counts of each cell type by state, mean and maximum
 * of each field, the dead fraction, the front, and for fields coupled to plasma the net flux from
 * tissue into blood. Sums run serially in voxel order, so rows are the same for any thread count.
 */
public final class Observer {
    /** µm³ to mL: a concentration in X/mL times a volume in µm³, times this, is an amount in X. */
    private static final double ML_PER_CUBIC_UM = 1e-12;

    private final TissueConfig config;
    private final FrontMeter front;
    private final List<String> columns = new ArrayList<>();

    public Observer(TissueConfig config) {
        this.config = config;
        this.front = new FrontMeter(config);
        columns.add("time_min");
        columns.add("time_h");
        for (CellType t : config.types()) {
            columns.add("n_" + t.name());
            columns.add("n_" + t.name() + "_dying");
            if (t.lattice()) {
                columns.add("n_" + t.name() + "_lysed");
                columns.add("n_" + t.name() + "_apoptotic");
            }
        }
        for (FieldSpec f : config.fields()) {
            columns.add("mean_" + f.name());
            columns.add("max_" + f.name());
        }
        columns.add("dead_fraction");
        columns.add("front_um");
        columns.add("farthest_death_um");
        for (FieldSpec f : config.fields()) {
            if (!f.plasmaColumn().isEmpty()) {
                columns.add("plasma_" + f.name());
                columns.add("flux_" + f.name());
            }
        }
    }

    public List<String> columns() {
        return columns;
    }

    public double[] observe(TissueSimulation sim) {
        double[] row = new double[columns.size()];
        int c = 0;
        row[c++] = sim.minutes();
        row[c++] = sim.minutes() / 60;
        Lattice lattice = sim.lattice();
        Agents agents = sim.agents();
        int nt = config.types().size();
        int[][] counts = new int[nt][4];
        int parenchyma = 0;
        int deadParenchyma = 0;
        for (int v = 0; v < lattice.voxels(); v++) {
            int t = lattice.type[v];
            if (t >= 0) {
                counts[t][lattice.status[v]]++;
                Kind k = config.types().get(t).kind();
                if (k == Kind.EPITHELIAL || k == Kind.TUMOUR) {
                    parenchyma++;
                    if (Status.dead(lattice.status[v])) {
                        deadParenchyma++;
                    }
                }
            }
        }
        for (int a = 0; a < agents.count; a++) {
            counts[agents.type[a]][agents.status[a]]++;
        }
        for (int t = 0; t < nt; t++) {
            row[c++] = counts[t][Status.ALIVE];
            row[c++] = counts[t][Status.DYING];
            if (config.types().get(t).lattice()) {
                row[c++] = counts[t][Status.LYSED];
                row[c++] = counts[t][Status.APOPTOTIC];
            }
        }
        for (int f = 0; f < config.fields().size(); f++) {
            double[] v = sim.fields().values(f);
            double sum = 0;
            double max = 0;
            for (double x : v) {
                sum += x;
                max = Math.max(max, x);
            }
            row[c++] = sum / v.length;
            row[c++] = max;
        }
        row[c++] = parenchyma == 0 ? 0 : (double) deadParenchyma / parenchyma;
        row[c++] = front.front(config, lattice);
        row[c++] = front.farthestDeath(config, lattice);
        double volume = config.grid().voxelVolume() * ML_PER_CUBIC_UM;
        for (int f = 0; f < config.fields().size(); f++) {
            if (!config.fields().get(f).plasmaColumn().isEmpty()) {
                double cp = sim.plasma()[f];
                double[] v = sim.fields().values(f);
                double flux = 0;
                for (int x = 0; x < v.length; x++) {
                    double k = sim.exchangeRate(x);
                    if (k > 0) {
                        flux += k * (v[x] - cp);
                    }
                }
                row[c++] = cp;
                row[c++] = flux * volume;
            }
        }
        return row;
    }
}

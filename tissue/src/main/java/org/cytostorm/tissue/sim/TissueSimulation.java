package org.cytostorm.tissue.sim;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.random.KeyedRandom;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.cells.Kind;
import org.cytostorm.tissue.config.FieldSpec;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.diffusion.DiffusionSolver;
import org.cytostorm.tissue.diffusion.Fields;
import org.cytostorm.tissue.diffusion.Substrate;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.RangeTask;
import org.cytostorm.tissue.parallel.Workers;
import org.cytostorm.tissue.rules.BehaviourKind;
import org.cytostorm.tissue.rules.Behaviours;

/**
 * One patch of tissue advancing in fixed steps. A step runs named phases in a fixed order:
 * <ol>
 *   <li>decide (parallel over voxels, then over mobile cells): every cell senses the fields as
 *       they were at the start of the step, evaluates its rules, sets its secretion and uptake and
 *       draws its fate (apoptosis, commitment to inflammatory death, change of type, division,
 *       a kill, a recruitment) from keyed random numbers;</li>
 *   <li>apply (serial, in agent order): mobile cells' secretion, kills, divisions, deaths and
 *       recruitment, so every outcome is independent of the thread count;</li>
 *   <li>diffuse: secretion and uptake implicitly, then diffusion-decay (LOD);</li>
 *   <li>internalise and lyse (parallel over voxels): cells keep what they took up; dying cells
 *       whose delay has passed lyse and release their contents into their voxel.</li>
 * </ol>
 */
public final class TissueSimulation {
    private final TissueConfig config;
    private final Grid grid;
    private final Behaviours behaviours;
    private final RuleBook book;
    private final Fields fields;
    private final DiffusionSolver solver;
    private final Workers workers;
    private final KeyedRandom random;
    private final PlasmaSource plasmaSource;
    private final double dt;
    private final int nf;
    private final double[][] values;
    private final double[] plasma;
    private final Lattice lattice;
    private final Agents agents;
    private final Sensor[] sensors;
    private final int chunks;
    private final RangeTask latticeDecide;
    private final RangeTask agentDecide;
    private final RangeTask latticeAfter;
    // behaviour numbers, looked up once rather than per cell and step
    private final int bApoptosis;
    private final int bDeath;
    private final int bSpeed;
    private final int bChemotaxis;
    private final int bKill;
    private final int bDivide;
    private final int bRecruit;
    private final int bExchange;
    private long step;
    private long nextAgentId;

    /**
     * A simulation of {@code config}, not yet initialised.
     *
     * @throws org.cytostorm.common.input.InputException when its arrays would not fit in memory
     *                                                   ({@link Footprint})
     */
    public TissueSimulation(TissueConfig config, Workers workers, PlasmaSource plasmaSource) {
        Footprint.requireFits(config, Runtime.getRuntime().maxMemory());
        this.config = config;
        this.grid = config.grid();
        this.behaviours = config.behaviours();
        this.book = new RuleBook(config);
        this.workers = workers;
        this.random = new KeyedRandom(config.seed());
        this.plasmaSource = plasmaSource;
        this.dt = config.timing().dt();
        this.nf = config.fields().size();
        List<Substrate> substrates = new ArrayList<>();
        for (FieldSpec f : config.fields()) {
            substrates.add(new Substrate(f.name(), f.diffusion(), f.decay()));
        }
        this.fields = new Fields(grid, substrates);
        this.solver = new DiffusionSolver(fields, dt, workers);
        this.values = new double[nf][];
        for (int f = 0; f < nf; f++) {
            values[f] = fields.values(f);
            java.util.Arrays.fill(values[f], config.fields().get(f).initial());
        }
        this.plasma = new double[nf];
        boolean[] internalised = new boolean[nf];
        for (CellType t : config.types()) {
            for (int f = 0; f < nf; f++) {
                internalised[f] |= t.internalises()[f];
            }
        }
        this.lattice = new Lattice(grid.voxels(), internalised);
        this.agents = new Agents(nf, 1024);
        double[] sensed = new double[nf];
        double[] internalScale = new double[nf];
        java.util.Arrays.fill(sensed, 1);
        java.util.Arrays.fill(internalScale, 1);
        scale(sensed, "tnf", config.drugs().antiTnf());
        scale(sensed, "ifng", config.drugs().antiIfng());
        scale(sensed, "il1b", config.drugs().anakinra());
        scale(internalScale, "il1b", config.drugs().anakinra());
        this.chunks = Math.max(1, workers.threads());
        this.sensors = new Sensor[chunks];
        for (int c = 0; c < chunks; c++) {
            sensors[c] = new Sensor(values, lattice, sensed, internalScale, plasma, config.types().size());
        }
        this.bApoptosis = behaviours.index(BehaviourKind.APOPTOSIS);
        this.bDeath = behaviours.index(BehaviourKind.INFLAMMATORY_DEATH);
        this.bSpeed = behaviours.index(BehaviourKind.MIGRATION_SPEED);
        this.bChemotaxis = behaviours.index(BehaviourKind.CHEMOTAXIS);
        this.bKill = behaviours.index(BehaviourKind.KILL);
        this.bDivide = behaviours.index(BehaviourKind.PROLIFERATE);
        this.bRecruit = behaviours.index(BehaviourKind.RECRUIT);
        this.bExchange = behaviours.index(BehaviourKind.PLASMA_EXCHANGE);
        this.latticeDecide = (from, to) -> {
            for (int c = from; c < to; c++) {
                decideLattice(c);
            }
        };
        this.agentDecide = (from, to) -> {
            for (int c = from; c < to; c++) {
                decideAgents(c);
            }
        };
        this.latticeAfter = (from, to) -> {
            for (int c = from; c < to; c++) {
                afterDiffusion(c);
            }
        };
    }

    private void scale(double[] s, String field, double block) {
        int f = config.fieldIndex(field);
        if (f >= 0) {
            s[f] = 1 - block;
        }
    }

    /** Lays out the tissue at time 0. */
    public void initialise() {
        long[] next = {grid.voxels()};
        LayoutBuilder.build(config, lattice, agents, random, next);
        nextAgentId = next[0];
        step = 0;
    }

    public TissueConfig config() {
        return config;
    }

    public long step() {
        return step;
    }

    public double minutes() {
        return step * dt;
    }

    public Lattice lattice() {
        return lattice;
    }

    public Agents agents() {
        return agents;
    }

    public Fields fields() {
        return fields;
    }

    /** Plasma concentrations used in the last step. */
    public double[] plasma() {
        return plasma;
    }

    long nextAgentId() {
        return nextAgentId;
    }

    void restore(long step, long nextAgentId) {
        this.step = step;
        this.nextAgentId = nextAgentId;
    }

    /** Advances one step of {@code dt} minutes. */
    public void advance() {
        plasmaSource.plasmaAt(minutes(), plasma);
        fields.clearSources();
        workers.forRange(chunks, latticeDecide);
        workers.forRange(chunks, agentDecide);
        applyAgents();
        recruit();
        agents.compact();
        solver.step();
        workers.forRange(chunks, latticeAfter);
        lyseAgents();
        step++;
    }

    private int from(int chunk, int n) {
        return (int) ((long) n * chunk / chunks);
    }

    // ---- phase 1: lattice cells decide -------------------------------------------------------

    private void decideLattice(int chunk) {
        Sensor sensor = sensors[chunk];
        double now = minutes();
        int end = from(chunk + 1, grid.voxels());
        for (int v = from(chunk, grid.voxels()); v < end; v++) {
            lattice.recruitIntent[v] = -1;
            int t = lattice.type[v];
            if (t < 0 || Status.dead(lattice.status[v])) {
                continue;
            }
            sensor.at(v, true);
            CellType type = config.types().get(t);
            secreteAndTakeUp(t, v, sensor, true, -1);
            if (type.kind() == Kind.ENDOTHELIAL) {
                exchange(t, v, sensor);
            }
            if (lattice.status[v] != Status.ALIVE) {
                continue;
            }
            double apoptosis = book.value(t, bApoptosis, sensor);
            double death = book.value(t, bDeath, sensor);
            int[] becomes = book.becomes[t];
            double[] rates = sensor.scratch();
            double total = apoptosis + death;
            for (int i = 0; i < becomes.length; i++) {
                rates[i] = book.value(t, behaviours.transform(becomes[i]), sensor);
                total += rates[i];
            }
            if (total <= 0) {
                continue;
            }
            double p = -Math.expm1(-total * dt);
            double u = random.uniform(v, step, Purpose.FATE);
            if (u >= p) {
                continue;
            }
            double pick = u / p * total;
            if (pick < apoptosis) {
                lattice.status[v] = Status.APOPTOTIC;
            } else if (pick < apoptosis + death) {
                lattice.status[v] = Status.DYING;
                lattice.lysisAt[v] = now + type.deathDelay();
            } else {
                double acc = apoptosis + death;
                for (int i = 0; i < becomes.length; i++) {
                    acc += rates[i];
                    if (pick < acc) {
                        lattice.type[v] = (short) becomes[i];
                        break;
                    }
                }
            }
        }
    }

    /** Writes a cell's secretion and uptake into its voxel (lattice) or its scratch slot (agent). */
    private void secreteAndTakeUp(int t, int v, Sensor sensor, boolean onLattice, int agent) {
        for (int f : book.secretes[t]) {
            double s = book.value(t, behaviours.secrete(f), sensor) * book.secretionScale[t][f];
            if (onLattice) {
                fields.source(f)[v] += s;
            } else {
                agents.secretion[agent * nf + f] = s;
            }
        }
        for (int f : book.takesUp[t]) {
            double u = book.value(t, behaviours.uptake(f), sensor);
            if (onLattice) {
                fields.uptake(f)[v] += u;
                if (lattice.ownUptake[f] != null) {
                    lattice.ownUptake[f][v] = u;
                }
            } else {
                agents.uptake[agent * nf + f] = u;
            }
        }
    }

    /** A vessel exchanges with plasma: an implicit source k·Cp and sink k, a Robin boundary. */
    private void exchange(int t, int v, Sensor sensor) {
        double k = book.value(t, bExchange, sensor);
        if (k > 0) {
            for (int f = 0; f < nf; f++) {
                if (!config.fields().get(f).plasmaColumn().isEmpty()) {
                    fields.source(f)[v] += k * plasma[f];
                    fields.uptake(f)[v] += k;
                }
            }
        }
        int recruits = config.types().get(t).recruits();
        if (recruits >= 0 && lattice.status[v] == Status.ALIVE) {
            double r = book.value(t, bRecruit, sensor);
            if (r > 0 && random.uniform(v, step, Purpose.RECRUIT) < -Math.expm1(-r * dt)) {
                lattice.recruitIntent[v] = recruits;
            }
        }
    }

    // ---- phase 1b: mobile cells decide -------------------------------------------------------

    private void decideAgents(int chunk) {
        Sensor sensor = sensors[chunk];
        int n = agents.count;
        int end = from(chunk + 1, n);
        for (int a = from(chunk, n); a < end; a++) {
            int t = agents.type[a];
            int v = grid.voxelAt(agents.x[a], agents.y[a], agents.z[a]);
            agents.voxel[a] = v;
            agents.fate[a] = Agents.KEEP;
            agents.killTarget[a] = -1;
            for (int f = 0; f < nf; f++) {
                agents.secretion[a * nf + f] = 0;
                agents.uptake[a * nf + f] = 0;
            }
            sensor.at(v, false);
            secreteAndTakeUp(t, v, sensor, false, a);
            if (agents.status[a] != Status.ALIVE) {
                continue;
            }
            long id = agents.id[a];
            move(a, t, v, sensor, id);
            double kill = book.value(t, bKill, sensor);
            if (kill > 0) {
                int target = lattice.type[v];
                if (target >= 0 && lattice.status[v] == Status.ALIVE && config.types().get(t).kills(target)
                        && random.uniform(id, step, Purpose.KILL) < -Math.expm1(-kill * dt)) {
                    agents.killTarget[a] = v;
                }
            }
            double apoptosis = book.value(t, bApoptosis, sensor);
            double death = book.value(t, bDeath, sensor);
            double divide = book.value(t, bDivide, sensor);
            int[] becomes = book.becomes[t];
            double[] rates = sensor.scratch();
            double total = apoptosis + death + divide;
            for (int i = 0; i < becomes.length; i++) {
                rates[i] = book.value(t, behaviours.transform(becomes[i]), sensor);
                total += rates[i];
            }
            if (total <= 0) {
                continue;
            }
            double p = -Math.expm1(-total * dt);
            double u = random.uniform(id, step, Purpose.FATE);
            if (u >= p) {
                continue;
            }
            double pick = u / p * total;
            if (pick < apoptosis) {
                agents.fate[a] = Agents.REMOVE;
            } else if (pick < apoptosis + death) {
                agents.status[a] = Status.DYING;
                agents.lysisAt[a] = minutes() + config.types().get(t).deathDelay();
            } else if (pick < apoptosis + death + divide) {
                agents.fate[a] = Agents.DIVIDE;
            } else {
                double acc = apoptosis + death + divide;
                for (int i = 0; i < becomes.length; i++) {
                    acc += rates[i];
                    if (pick < acc) {
                        agents.type[a] = (short) becomes[i];
                        break;
                    }
                }
            }
        }
    }

    /**
     * PhysiCell's motility: velocity = speed · unit((1 − b)·random + b·unit(∇c)), with the gradient
     * of the chemotaxis field by central differences at the cell's voxel; walls reflect.
     */
    private void move(int a, int t, int v, Sensor sensor, long id) {
        double speed = book.value(t, bSpeed, sensor);
        if (speed <= 0) {
            return;
        }
        double bias = book.value(t, bChemotaxis, sensor);
        double rx = random.normal(id, step, Purpose.MOVE_X);
        double ry = random.normal(id, step, Purpose.MOVE_Y);
        double rz = grid.isVolume() ? random.normal(id, step, Purpose.MOVE_Z) : 0;
        double rn = Math.sqrt(rx * rx + ry * ry + rz * rz);
        rx /= rn;
        ry /= rn;
        rz /= rn;
        int cf = config.types().get(t).chemotaxisField();
        double gx = 0;
        double gy = 0;
        double gz = 0;
        if (bias > 0 && cf >= 0) {
            double[] c = values[cf];
            int i = grid.i(v);
            int j = grid.j(v);
            int k = grid.k(v);
            gx = c[grid.index(Math.min(i + 1, grid.nx() - 1), j, k)] - c[grid.index(Math.max(i - 1, 0), j, k)];
            gy = c[grid.index(i, Math.min(j + 1, grid.ny() - 1), k)] - c[grid.index(i, Math.max(j - 1, 0), k)];
            gz = grid.isVolume()
                    ? c[grid.index(i, j, Math.min(k + 1, grid.nz() - 1))] - c[grid.index(i, j, Math.max(k - 1, 0))] : 0;
            double gn = Math.sqrt(gx * gx + gy * gy + gz * gz);
            if (gn > 0) {
                gx /= gn;
                gy /= gn;
                gz /= gn;
            }
        }
        double dx = (1 - bias) * rx + bias * gx;
        double dy = (1 - bias) * ry + bias * gy;
        double dz = (1 - bias) * rz + bias * gz;
        double dn = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (dn == 0) {
            return;
        }
        double step = speed * dt / dn;
        agents.x[a] = reflect(agents.x[a] + dx * step, grid.width());
        agents.y[a] = reflect(agents.y[a] + dy * step, grid.height());
        if (grid.isVolume()) {
            agents.z[a] = reflect(agents.z[a] + dz * step, grid.depth());
        }
    }

    private static double reflect(double p, double max) {
        if (p < 0) {
            p = -p;
        }
        if (p >= max) {
            p = 2 * max - p - 1e-9;
        }
        return p < 0 ? 0 : p;
    }

    // ---- phase 2: apply mobile cells' decisions, in agent order --------------------------------

    private void applyAgents() {
        int n = agents.count;
        for (int a = 0; a < n; a++) {
            int v = agents.voxel[a];
            for (int f = 0; f < nf; f++) {
                double s = agents.secretion[a * nf + f];
                if (s != 0) {
                    fields.source(f)[v] += s;
                }
                double u = agents.uptake[a * nf + f];
                if (u != 0) {
                    fields.uptake(f)[v] += u;
                }
            }
            int target = agents.killTarget[a];
            if (target >= 0 && lattice.status[target] == Status.ALIVE) {
                // cytotoxic killing through gasdermin E is pyroptotic: the target lyses and releases
                lattice.status[target] = Status.DYING;
                lattice.lysisAt[target] = minutes() + config.types().get(lattice.type[target]).deathDelay();
            }
            if (agents.fate[a] == Agents.DIVIDE) {
                long child = nextAgentId++;
                double angle = 2 * Math.PI * random.uniform(child, step, Purpose.DIVIDE);
                double r = 0.5 * grid.dx();
                int c = agents.add(child, agents.type[a], reflect(agents.x[a] + r * Math.cos(angle), grid.width()),
                        reflect(agents.y[a] + r * Math.sin(angle), grid.height()), agents.z[a]);
                agents.voxel[c] = agents.voxel[a];
                agents.fate[a] = Agents.KEEP;
            }
        }
    }

    private void recruit() {
        for (int v = 0; v < grid.voxels(); v++) {
            int t = lattice.recruitIntent[v];
            if (t >= 0) {
                long id = nextAgentId++;
                double x = (grid.i(v) + random.uniform(id, step, Purpose.MOVE_X)) * grid.dx();
                double y = (grid.j(v) + random.uniform(id, step, Purpose.MOVE_Y)) * grid.dx();
                double z = grid.isVolume() ? (grid.k(v) + random.uniform(id, step, Purpose.MOVE_Z)) * grid.dx()
                        : grid.centre(0);
                int a = agents.add(id, t, x, y, z);
                agents.voxel[a] = v;
            }
        }
    }

    // ---- phase 4: internalise and lyse -------------------------------------------------------

    private void afterDiffusion(int chunk) {
        double now = minutes() + dt;
        int end = from(chunk + 1, grid.voxels());
        for (int v = from(chunk, grid.voxels()); v < end; v++) {
            int t = lattice.type[v];
            if (t < 0) {
                continue;
            }
            CellType type = config.types().get(t);
            if (type.internalisesAny() && !Status.dead(lattice.status[v])) {
                for (int f = 0; f < nf; f++) {
                    if (type.internalises()[f]) {
                        // uptake is implicit: what left the voxel this step is dt·u·c(new)
                        double taken = dt * lattice.ownUptake[f][v] * values[f][v];
                        lattice.internal[f][v] = (lattice.internal[f][v] + taken) / (1 + dt * type.internalDecay());
                        lattice.ownUptake[f][v] = 0;
                    }
                }
            }
            if (lattice.status[v] == Status.DYING && now >= lattice.lysisAt[v] - 1e-9) {
                lattice.status[v] = Status.LYSED;
                double[] release = type.release();
                for (int f = 0; f < nf; f++) {
                    values[f][v] += release[f];
                }
            }
        }
    }

    private void lyseAgents() {
        double now = minutes() + dt;
        int n = agents.count;
        boolean any = false;
        for (int a = 0; a < n; a++) {
            if (agents.status[a] == Status.DYING && now >= agents.lysisAt[a] - 1e-9) {
                int v = grid.voxelAt(agents.x[a], agents.y[a], agents.z[a]);
                double[] release = config.types().get(agents.type[a]).release();
                for (int f = 0; f < nf; f++) {
                    values[f][v] += release[f];
                }
                agents.fate[a] = Agents.REMOVE;
                any = true;
            }
        }
        if (any) {
            agents.compact();
        }
    }

    /** Rate of plasma exchange of the vessel in voxel v (for flux reports), 1/min. */
    double exchangeRate(int v) {
        int t = lattice.type[v];
        if (t < 0 || config.types().get(t).kind() != Kind.ENDOTHELIAL || Status.dead(lattice.status[v])) {
            return 0;
        }
        Sensor s = sensors[0];
        s.at(v, true);
        return book.value(t, bExchange, s);
    }
}

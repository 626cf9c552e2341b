package org.cytostorm.tissue.coupling;

import java.util.NoSuchElementException;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenarios;
import org.cytostorm.tissue.config.Coupling;
import org.cytostorm.tissue.config.FieldSpec;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.sim.PlasmaSource;

/**
 * Plasma seen by the tissue, taken from a patient simulation: each coupled field follows its
 * patient output column (linear between the patient's output hours), from the coupling's start
 * hour, converted to field units. The patient is simulated once, before the tissue starts.
 */
public final class PatientPlasma implements PlasmaSource {
    private final double[] hours;
    private final double[][] columns;
    private final double startHour;
    private final double scale;

    private PatientPlasma(double[] hours, double[][] columns, double startHour, double scale) {
        this.hours = hours;
        this.columns = columns;
        this.startHour = startHour;
        this.scale = scale;
    }

    /** Simulates the coupled patient; {@link PlasmaSource#NONE} when the config couples none. */
    public static PlasmaSource of(TissueConfig config) {
        Coupling c = config.coupling();
        if (!c.enabled()) {
            return PlasmaSource.NONE;
        }
        PatientRun run = PatientSimulator.standard().run(Scenarios.resolve(c.scenario())).orThrow();
        return of(config, run);
    }

    /** Plasma from a patient run already simulated. */
    public static PatientPlasma of(TissueConfig config, PatientRun run) {
        double[][] columns = new double[config.fields().size()][];
        for (int f = 0; f < columns.length; f++) {
            FieldSpec spec = config.fields().get(f);
            if (!spec.plasmaColumn().isEmpty()) {
                try {
                    columns[f] = run.column(spec.plasmaColumn());
                } catch (NoSuchElementException e) {
                    throw new InputException(config.file(), 0, "fields." + spec.name() + ".plasma",
                            "the patient model has no output column '" + spec.plasmaColumn() + "'");
                }
            }
        }
        return new PatientPlasma(run.timeH(), columns, config.coupling().startHour(), config.coupling().scale());
    }

    @Override
    public void plasmaAt(double minutes, double[] out) {
        double h = startHour + minutes / 60;
        int i = locate(h);
        double w = hours[i + 1] == hours[i] ? 0 : (h - hours[i]) / (hours[i + 1] - hours[i]);
        w = Math.max(0, Math.min(1, w));
        for (int f = 0; f < out.length; f++) {
            double[] c = columns[f];
            out[f] = c == null ? 0 : scale * ((1 - w) * c[i] + w * c[i + 1]);
        }
    }

    /** Index of the output interval holding hour {@code h} (clamped to the course). */
    private int locate(double h) {
        int lo = 0;
        int hi = hours.length - 1;
        if (hi == 0) {
            return 0;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (hours[mid] <= h) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

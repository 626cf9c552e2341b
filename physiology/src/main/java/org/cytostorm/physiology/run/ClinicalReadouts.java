package org.cytostorm.physiology.run;

import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scores.AstctCrs;
import org.cytostorm.physiology.scores.Berlin;
import org.cytostorm.physiology.scores.BerlinSeverity;
import org.cytostorm.physiology.scores.CrsInputs;
import org.cytostorm.physiology.scores.HScore;
import org.cytostorm.physiology.scores.HScoreInputs;
import org.cytostorm.physiology.scores.Hlh2004;
import org.cytostorm.physiology.scores.Hlh2004Inputs;
import org.cytostorm.physiology.scores.Kdigo;
import org.cytostorm.physiology.scores.Organomegaly;
import org.cytostorm.physiology.scores.OxygenSupport;
import org.cytostorm.physiology.scores.Sepsis3;
import org.cytostorm.physiology.scores.Sofa;
import org.cytostorm.physiology.scores.SofaInputs;
import org.cytostorm.physiology.scores.SofaScore;

/**
 * The clinical grades at every output time, computed from the model's outputs by the published
 * rules of {@link org.cytostorm.physiology.scores}. This is Java, not model text, because the rules
 * are tables with history (KDIGO looks back 48 h and 7 days) that the model text cannot express.
 *
 * <p>Proxies, where the model has no direct counterpart (said here once, used below):
 * <ul>
 * <li>hypotension (ASTCT): MAP below 65 mmHg, a vasopressor running, or a fluid bolus in the last 6 h;</li>
 * <li>fever (ASTCT): no longer required once a patient with CRS (grade 1 or more at some earlier
 *     time) has been given anti-cytokine therapy or a corticosteroid; the first such dose starts
 *     the waiver ({@link #feverWaiverStart});</li>
 * <li>respiratory support (SOFA) and PEEP &ge; 5 (Berlin): non-invasive or invasive ventilation;</li>
 * <li>Berlin's imaging criteria: lung injury above 0.2 stands for bilateral opacities; onset within a
 *     week of the trigger; the leak is non-cardiogenic by construction;</li>
 * <li>organomegaly: the infiltrate index {@code Organ} above 0.3 is splenomegaly, above 0.6 both organs;</li>
 * <li>hemophagocytosis on marrow aspirate: not modelled, counted absent; ANC = 60% of white cells;</li>
 * <li>molecular diagnosis of HLH and low NK activity: perforin function below 0.2 and 0.5;</li>
 * <li>suspected infection (Sepsis-3): a trigger the catalogue marks {@code infection: true} (the
 *     bacterial and viral triggers, and primary HLH with its viral trigger).</li>
 * </ul>
 */
final class ClinicalReadouts {

    static final List<OutputColumn> COLUMNS = List.of(
            new OutputColumn("crs_grade", "grade", "grades", "ASTCT CRS grade (0-4; death is in survival)"),
            new OutputColumn("sofa", "points", "grades", "SOFA total"),
            new OutputColumn("sofa_respiration", "points", "grades", "SOFA respiration"),
            new OutputColumn("sofa_coagulation", "points", "grades", "SOFA coagulation"),
            new OutputColumn("sofa_liver", "points", "grades", "SOFA liver"),
            new OutputColumn("sofa_cardiovascular", "points", "grades", "SOFA cardiovascular"),
            new OutputColumn("sofa_cns", "points", "grades", "SOFA central nervous system"),
            new OutputColumn("sofa_renal", "points", "grades", "SOFA renal"),
            new OutputColumn("kdigo_stage", "stage", "grades", "KDIGO acute kidney injury stage"),
            new OutputColumn("berlin_severity", "0-3", "grades", "Berlin ARDS severity (0 none, 1 mild, 2 moderate, 3 severe)"),
            new OutputColumn("hscore", "points", "grades", "HScore for reactive HLH"),
            new OutputColumn("hlh2004_criteria", "criteria", "grades", "HLH-2004 criteria met (of 8)"),
            new OutputColumn("sepsis3", "flag", "grades", "Sepsis-3 sepsis (SOFA rise >= 2 with infection)"),
            new OutputColumn("septic_shock", "flag", "grades", "Sepsis-3 septic shock"));

    private ClinicalReadouts() {
    }

    /** One time point's model variables by name. */
    interface Row {
        double get(String name);
    }

    /** The ASTCT CRS grade at one time point. */
    static int crsGrade(Row r, double timeH, boolean feverWaived) {
        double ne = Math.max(r.get("NE"), 0);
        boolean onPressor = ne > 1e-3;
        boolean recentBolus = timeH - r.get("fluid_last") < 6;
        int pressors = (onPressor ? 1 : 0) + (r.get("epi") > 0.5 ? 1 : 0);
        boolean hypotension = r.get("MAP") < 65 || onPressor || recentBolus;
        return AstctCrs.grade(new CrsInputs(r.get("Temp"), feverWaived, hypotension, pressors, r.get("vaso") > 0.5,
                OxygenSupport.ofLevel(r.get("o2"))));
    }

    /** The SOFA score at one time point. */
    static SofaScore sofa(Row r, double weightKg) {
        boolean epi = r.get("epi") > 0.5;
        return Sofa.score(new SofaInputs(r.get("PF_ratio"), OxygenSupport.ofLevel(r.get("o2")).positivePressure(),
                r.get("Plt"), r.get("Bili"), r.get("MAP"), 0, 0, epi ? 0.1 : 0, Math.max(r.get("NE"), 0),
                (int) Math.round(r.get("GCS")), r.get("Creat"), r.get("urine") * weightKg * 24));
    }

    /**
     * When ASTCT stops requiring fever: the first anti-cytokine or corticosteroid dose (of
     * {@code doseTimesH}, ascending) at or after CRS onset, the first time {@code crsOnsetH} at which
     * the grade without waiver was 1 or more; positive infinity when there is none.
     */
    static double feverWaiverStart(double crsOnsetH, List<Double> doseTimesH) {
        for (double d : doseTimesH) {
            if (d >= crsOnsetH) {
                return d;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Columns of {@link #COLUMNS}, in that order, from the model outputs by name; {@code
     * antiCytokineDosesH} (ascending) are the times of anti-cytokine and corticosteroid doses,
     * which can waive fever for CRS grading.
     */
    static double[][] compute(Scenario scenario, double[] t, Map<String, double[]> m, Map<String, Double> params,
            List<Double> antiCytokineDosesH) {
        int n = t.length;
        double crsOnset = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n && crsOnset == Double.POSITIVE_INFINITY; i++) {
            final int row = i;
            if (crsGrade(name -> m.get(name)[row], t[i], false) >= 1) {
                crsOnset = t[i];
            }
        }
        double feverWaivedFromH = feverWaiverStart(crsOnset, antiCytokineDosesH);
        double[][] out = new double[COLUMNS.size()][n];
        double creatB = params.get("Creat_b");
        double weight = params.get("weight");
        double perforin = params.get("perforin");
        boolean infection = scenario.trigger().infection();
        boolean[] rrt = new boolean[n];
        double[] urine = m.get("urine");
        for (int i = 0; i < n; i++) {
            rrt[i] = m.get("dialysis")[i] > 0.5;
        }
        int[] kdigo = Kdigo.stages(t, m.get("Creat"), creatB, rrt, urine);
        int baselineSofa = 0;
        double lungOnset = Double.NaN;
        for (int i = 0; i < n; i++) {
            final int row = i;
            Row r = name -> m.get(name)[row];
            double temp = m.get("Temp")[i];
            double ne = Math.max(m.get("NE")[i], 0);
            OxygenSupport o2 = OxygenSupport.ofLevel(m.get("o2")[i]);
            boolean onPressor = ne > 1e-3;
            out[0][i] = crsGrade(r, t[i], t[i] >= feverWaivedFromH);
            SofaScore sofa = sofa(r, weight);
            if (i == 0) {
                baselineSofa = sofa.total();
            }
            out[1][i] = sofa.total();
            out[2][i] = sofa.respiration();
            out[3][i] = sofa.coagulation();
            out[4][i] = sofa.liver();
            out[5][i] = sofa.cardiovascular();
            out[6][i] = sofa.cns();
            out[7][i] = sofa.renal();
            out[8][i] = kdigo[i];

            double lung = m.get("Lung")[i];
            if (Double.isNaN(lungOnset) && lung > 0.2) {
                lungOnset = t[i];
            }
            boolean onsetWithinWeek = !Double.isNaN(lungOnset) && lungOnset <= 168;
            BerlinSeverity berlin = Berlin.severity(m.get("PF_ratio")[i], o2.positivePressure(), onsetWithinWeek,
                    lung > 0.2, true);
            out[9][i] = berlin.ordinal();

            double organ = m.get("Organ")[i];
            Organomegaly organomegaly = organ > 0.6 ? Organomegaly.BOTH
                    : organ > 0.3 ? Organomegaly.LIVER_OR_SPLEEN : Organomegaly.NONE;
            double hb = m.get("Hb")[i];
            double wbc = m.get("WBC")[i];
            double plt = m.get("Plt")[i];
            double ferritin = m.get("Ferritin")[i];
            double tg = m.get("TG")[i];
            double fib = m.get("Fib")[i];
            out[10][i] = HScore.points(new HScoreInputs(scenario.patient().immunosuppressed(), temp, organomegaly,
                    hb, wbc, plt, ferritin, tg, fib, m.get("AST")[i], false));
            out[11][i] = Hlh2004.evaluate(new Hlh2004Inputs(perforin < 0.2, temp, organ > 0.3, hb, plt, 0.6 * wbc,
                    tg * 88.57, fib * 100, false, perforin < 0.5, ferritin, m.get("sCD25")[i])).criteriaMet();
            out[12][i] = Sepsis3.sepsis(infection, sofa.total(), baselineSofa) ? 1 : 0;
            boolean fluidsGiven = m.get("fluids")[i] >= params.get("fluid_before_ne") - 0.01;
            out[13][i] = infection && Sepsis3.septicShock(onPressor, m.get("lactate")[i], fluidsGiven) ? 1 : 0;
        }
        return out;
    }
}

package org.cytostorm.physiology.run;

import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.outcome.HazardParameters;
import org.cytostorm.physiology.outcome.OrganSystem;
import org.cytostorm.physiology.outcome.Outcome;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scores.AstctCrs;
import org.cytostorm.physiology.scores.Berlin;
import org.cytostorm.physiology.scores.BerlinSeverity;
import org.cytostorm.physiology.scores.CerebralEdema;
import org.cytostorm.physiology.scores.Consciousness;
import org.cytostorm.physiology.scores.CrsInputs;
import org.cytostorm.physiology.scores.HScore;
import org.cytostorm.physiology.scores.HScoreInputs;
import org.cytostorm.physiology.scores.Hlh2004;
import org.cytostorm.physiology.scores.Hlh2004Inputs;
import org.cytostorm.physiology.scores.Icans;
import org.cytostorm.physiology.scores.IcansInputs;
import org.cytostorm.physiology.scores.IsthDic;
import org.cytostorm.physiology.scores.IsthDicInputs;
import org.cytostorm.physiology.scores.Kdigo;
import org.cytostorm.physiology.scores.Organomegaly;
import org.cytostorm.physiology.scores.OxygenSupport;
import org.cytostorm.physiology.scores.Seizure;
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
 * <li>ICANS: the model's continuous neurotoxicity states, rounded to the table's categories
 *     ({@link #icansInputs}); motor weakness is never modelled and seizures are never prolonged;</li>
 * <li>ISTH DIC: the prothrombin time's prolongation is the model's {@code PT} minus the patient's
 *     normal {@code PT_b}.</li>
 * </ul>
 *
 * <p>Survival and the death hazard are the {@link Outcome} on the reported SOFA total of each row
 * (org.cytostorm.physiology.outcome), so the grid these are computed on should be fine (the
 * simulator's is hourly, {@link ClinicalGrid}).
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
            new OutputColumn("septic_shock", "flag", "grades", "Sepsis-3 septic shock"),
            new OutputColumn("icans_grade", "grade", "grades", "ASTCT ICANS grade (0-4)"),
            new OutputColumn("ice_score", "points", "grades", "ICE score (0-10; 10 is normal)"),
            new OutputColumn("isth_dic_score", "points", "grades", "ISTH overt DIC score (0-8; 5 or more is overt)"),
            new OutputColumn("death_hazard", "1/h", "grades", "death hazard on the SOFA total"),
            new OutputColumn("survival", "probability", "grades", "survival probability"));

    /** Model variables the readouts read, whether or not they are reported. */
    static final List<String> INPUTS = List.of("NE", "epi", "vaso", "fluid_last", "MAP", "Temp", "o2", "PF_ratio",
            "Plt", "Bili", "GCS", "Creat", "urine", "dialysis", "Lung", "Organ", "Hb", "WBC", "Ferritin", "TG", "Fib",
            "AST", "sCD25", "fluids", "lactate", "ICE", "LOC", "seizure", "edema", "PT", "Ddimer");

    /** LOC at or above which a patient is unarousable (ICE score 0), the middle of levels 3 and 4. */
    static final double UNAROUSABLE_LOC = 3.5;

    private static final int ICANS = 14;
    private static final int ICE = 15;
    private static final int ISTH = 16;
    private static final int HAZARD = 17;
    private static final int SURVIVAL = 18;
    private static final int SOFA_FIRST = 2;

    /**
     * The readouts of a run.
     *
     * @param columns {@code columns[c][i]}: column {@code c} of {@link #COLUMNS} at row {@code i}
     * @param outcome the outcome on the same rows
     */
    record Readouts(double[][] columns, Outcome outcome) {
    }

    /** Norepinephrine (ug/kg/min) above which a patient is on a pressor, for CRS grading and SOFA alike. */
    static final double PRESSOR_ON = 1e-3;

    private ClinicalReadouts() {
    }

    /** One time point's model variables by name. */
    interface Row {
        double get(String name);
    }

    /** The ASTCT CRS grade at one time point. */
    static int crsGrade(Row r, double timeH, boolean feverWaived) {
        return crsGrade(r.get("NE"), r.get("fluid_last"), r.get("epi"), r.get("MAP"), r.get("Temp"), r.get("vaso"),
                r.get("o2"), timeH, feverWaived);
    }

    /** The ASTCT CRS grade from the model variables of that name at time {@code timeH}. */
    private static int crsGrade(double neValue, double fluidLast, double epi, double map, double temp, double vaso,
            double o2, double timeH, boolean feverWaived) {
        double ne = Math.max(neValue, 0);
        boolean onPressor = ne > PRESSOR_ON;
        boolean recentBolus = timeH - fluidLast < 6;
        int pressors = (onPressor ? 1 : 0) + (epi > 0.5 ? 1 : 0);
        boolean hypotension = map < 65 || onPressor || recentBolus;
        return AstctCrs.grade(new CrsInputs(temp, feverWaived, hypotension, pressors, vaso > 0.5,
                OxygenSupport.ofLevel(o2)));
    }

    /** The SOFA score at one time point. */
    static SofaScore sofa(Row r, double weightKg) {
        return sofa(r.get("epi"), r.get("NE"), r.get("PF_ratio"), r.get("o2"), r.get("Plt"), r.get("Bili"),
                r.get("MAP"), r.get("GCS"), r.get("Creat"), r.get("urine"), weightKg);
    }

    /** The SOFA score from the model variables of that name. */
    private static SofaScore sofa(double epiValue, double neValue, double pfRatio, double o2, double plt, double bili,
            double map, double gcs, double creat, double urine, double weightKg) {
        boolean epi = epiValue > 0.5;
        // the titrated infusion decays towards zero when weaned; below the CRS grading's "on a
        // pressor" threshold it is off, as a nurse would stop it
        double ne = neValue > PRESSOR_ON ? neValue : 0;
        return Sofa.score(new SofaInputs(pfRatio, OxygenSupport.ofLevel(o2).positivePressure(), plt, bili, map, 0, 0,
                epi ? 0.1 : 0, ne, (int) Math.round(gcs), creat, urine * weightKg * 24));
    }

    /**
     * The ICANS inputs from the model's continuous neurotoxicity states: {@code ICE} 0..10 rounded
     * to the ICE score; {@code LOC} 0..4 rounded to the level of consciousness, unarousable from
     * {@value #UNAROUSABLE_LOC} (then the ICE score is 0, as the table requires); {@code seizure}
     * 0..1, a rapidly resolving seizure from 0.5 (never prolonged); {@code edema} 0..2 rounded, 1
     * focal and 2 diffuse. Deep focal motor weakness is not modelled.
     */
    static IcansInputs icansInputs(double ice, double loc, double seizure, double edema) {
        boolean unarousable = loc >= UNAROUSABLE_LOC;
        int score = unarousable ? 0 : clamp(ice, Icans.ICE_MAX);
        return new IcansInputs(score, unarousable, Consciousness.values()[clamp(loc, 4)],
                seizure >= 0.5 ? Seizure.RESOLVING : Seizure.NONE, false, CerebralEdema.values()[clamp(edema, 2)]);
    }

    /** The ISTH overt DIC score at one time point; {@code ptNormalS} is the patient's normal PT. */
    static int isthDic(Row r, double ptNormalS) {
        return isthDic(r.get("Plt"), r.get("Ddimer"), r.get("PT"), r.get("Fib"), ptNormalS);
    }

    private static int isthDic(double plt, double dDimer, double pt, double fib, double ptNormalS) {
        return IsthDic.score(new IsthDicInputs(Math.max(plt, 0), Math.max(dDimer, 0), pt - ptNormalS,
                Math.max(fib, 0))).total();
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, Math.round(v)));
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
     * which can waive fever for CRS grading. The outcome reads the hazard parameters of {@code
     * params} ({@link HazardParameters#of}).
     */
    static Readouts compute(Scenario scenario, double[] t, Map<String, double[]> m, Map<String, Double> params,
            List<Double> antiCytokineDosesH) {
        int n = t.length;
        // each input column looked up once, not at every row (a run has hundreds of rows)
        double[] neColumn = m.get("NE");
        double[] epi = m.get("epi");
        double[] vaso = m.get("vaso");
        double[] fluidLast = m.get("fluid_last");
        double[] map = m.get("MAP");
        double[] tempColumn = m.get("Temp");
        double[] o2Column = m.get("o2");
        double[] pfRatio = m.get("PF_ratio");
        double[] pltColumn = m.get("Plt");
        double[] bili = m.get("Bili");
        double[] gcs = m.get("GCS");
        double[] creat = m.get("Creat");
        double[] urine = m.get("urine");
        double[] dialysis = m.get("dialysis");
        double[] lungColumn = m.get("Lung");
        double[] organColumn = m.get("Organ");
        double[] hbColumn = m.get("Hb");
        double[] wbcColumn = m.get("WBC");
        double[] ferritinColumn = m.get("Ferritin");
        double[] tgColumn = m.get("TG");
        double[] fibColumn = m.get("Fib");
        double[] ast = m.get("AST");
        double[] sCd25 = m.get("sCD25");
        double[] fluids = m.get("fluids");
        double[] lactate = m.get("lactate");
        double[] iceColumn = m.get("ICE");
        double[] loc = m.get("LOC");
        double[] seizure = m.get("seizure");
        double[] edema = m.get("edema");
        double[] pt = m.get("PT");
        double[] dDimer = m.get("Ddimer");
        double crsOnset = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n && crsOnset == Double.POSITIVE_INFINITY; i++) {
            if (crsGrade(neColumn[i], fluidLast[i], epi[i], map[i], tempColumn[i], vaso[i], o2Column[i], t[i],
                    false) >= 1) {
                crsOnset = t[i];
            }
        }
        double feverWaivedFromH = feverWaiverStart(crsOnset, antiCytokineDosesH);
        double[][] out = new double[COLUMNS.size()][n];
        double creatB = params.get("Creat_b");
        double weight = params.get("weight");
        double perforin = params.get("perforin");
        double ptNormal = params.get("PT_b");
        double fluidBeforeNe = params.get("fluid_before_ne");
        HazardParameters hazard = HazardParameters.of(params);
        boolean infection = scenario.trigger().infection();
        boolean immunosuppressed = scenario.patient().immunosuppressed();
        boolean[] rrt = new boolean[n];
        for (int i = 0; i < n; i++) {
            rrt[i] = dialysis[i] > 0.5;
        }
        int[] kdigo = Kdigo.stages(t, creat, creatB, rrt, urine);
        int baselineSofa = 0;
        double lungOnset = Double.NaN;
        for (int i = 0; i < n; i++) {
            double temp = tempColumn[i];
            double ne = Math.max(neColumn[i], 0);
            OxygenSupport o2 = OxygenSupport.ofLevel(o2Column[i]);
            boolean onPressor = ne > PRESSOR_ON;
            out[0][i] = crsGrade(neColumn[i], fluidLast[i], epi[i], map[i], temp, vaso[i], o2Column[i], t[i],
                    t[i] >= feverWaivedFromH);
            SofaScore sofa = sofa(epi[i], neColumn[i], pfRatio[i], o2Column[i], pltColumn[i], bili[i], map[i], gcs[i],
                    creat[i], urine[i], weight);
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

            double lung = lungColumn[i];
            if (Double.isNaN(lungOnset) && lung > 0.2) {
                lungOnset = t[i];
            }
            boolean onsetWithinWeek = !Double.isNaN(lungOnset) && lungOnset <= 168;
            BerlinSeverity berlin = Berlin.severity(pfRatio[i], o2.positivePressure(), onsetWithinWeek, lung > 0.2,
                    true);
            out[9][i] = berlin.ordinal();

            double organ = organColumn[i];
            Organomegaly organomegaly = organ > 0.6 ? Organomegaly.BOTH
                    : organ > 0.3 ? Organomegaly.LIVER_OR_SPLEEN : Organomegaly.NONE;
            double hb = hbColumn[i];
            double wbc = wbcColumn[i];
            double plt = pltColumn[i];
            double ferritin = ferritinColumn[i];
            double tg = tgColumn[i];
            double fib = fibColumn[i];
            out[10][i] = HScore.points(new HScoreInputs(immunosuppressed, temp, organomegaly, hb, wbc, plt, ferritin,
                    tg, fib, ast[i], false));
            out[11][i] = Hlh2004.evaluate(new Hlh2004Inputs(perforin < 0.2, temp, organ > 0.3, hb, plt, 0.6 * wbc,
                    tg * 88.57, fib * 100, false, perforin < 0.5, ferritin, sCd25[i])).criteriaMet();
            out[12][i] = Sepsis3.sepsis(infection, sofa.total(), baselineSofa) ? 1 : 0;
            boolean fluidsGiven = fluids[i] >= fluidBeforeNe - 0.01;
            out[13][i] = infection && Sepsis3.septicShock(onPressor, lactate[i], fluidsGiven) ? 1 : 0;
            IcansInputs icans = icansInputs(iceColumn[i], loc[i], seizure[i], edema[i]);
            out[ICANS][i] = Icans.icansGrade(icans);
            out[ICE][i] = icans.iceScore();
            out[ISTH][i] = isthDic(plt, dDimer[i], pt[i], fib, ptNormal);
        }
        int[][] points = new int[OrganSystem.COUNT][n];
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            for (int i = 0; i < n; i++) {
                points[k][i] = (int) out[SOFA_FIRST + k][i];
            }
        }
        Outcome outcome = Outcome.of(t, points, hazard);
        out[HAZARD] = outcome.hazard();
        out[SURVIVAL] = outcome.survival();
        return new Readouts(out, outcome);
    }
}

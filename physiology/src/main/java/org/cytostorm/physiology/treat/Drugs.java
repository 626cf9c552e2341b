package org.cytostorm.physiology.treat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The drugs of drugs.md that the patient model simulates, with their routes and model targets
 * (section 16 of {@code patient.ant}), and recombinant IL-6, a research challenge agent.
 * Norepinephrine and vasopressin are not here: the supportive-care protocol titrates them inside
 * the model.
 */
public final class Drugs {

    private static final double NO_LIMIT = Double.POSITIVE_INFINITY;

    // Ceilings of accepted doses (mg), ten times the largest single dose in practice (drugs.md and
    // the labels): dexamethasone 40 mg; methylprednisolone 1 g pulses; tocilizumab 800 mg;
    // siltuximab 11 mg/kg (1.1 g); ruxolitinib 25 mg; baricitinib 4 mg; emapalumab 10 mg/kg (1 g);
    // anti-TNF 15 mg/kg (1.5 g). Courses have no amount. Anakinra's bolus is 100-200 mg, but its
    // sepsis trial (Opal 1997, built-in trial sepsis-anakinra) infused 2 mg/kg/h for 72 h, one dose
    // of 144 mg/kg: 21.6 g at the ceiling's 150 kg. Its ceiling, 30 g, accepts that infusion and
    // still refuses a bolus written in grams (100 g). Recombinant IL-6, a research agent, was given
    // at 150 ug a day under the skin (Nieken 1995) and at up to 30 ug/kg a day as an infusion
    // (Atkins 1995, about 2 mg): at most 3 mg a dose, and 30 mg accepted as input.

    private static final List<Drug> ALL = List.of(
            new Drug("dexamethasone", List.of("dex"), Map.of(Route.IV, "dex_central", Route.PO, "dex_depot"),
                    "dex_infusion", Route.IV, 0, NO_LIMIT, 400, "C_dex", true,
                    "glucocorticoid: represses cytokine production, macrophage and T-cell activation; weakens pathogen clearance and CAR-T expansion"),
            new Drug("methylprednisolone", List.of("mpred", "methylpred"), Map.of(Route.IV, "mpred_central"),
                    "mpred_infusion", Route.IV, 0, NO_LIMIT, 10_000, "C_mpred", true,
                    "glucocorticoid, 0.19 times the potency of dexamethasone; pulses for refractory CRS"),
            new Drug("tocilizumab", List.of("toci"), Map.of(Route.IV, "toci_central"), "toci_infusion", Route.IV, 1,
                    800, 8000, "C_toci", true, "anti-IL-6 receptor (membrane and soluble): blocks IL-6 signalling and receptor-mediated IL-6 clearance"),
            new Drug("siltuximab", List.of("silt"), Map.of(Route.IV, "silt_central"), "silt_infusion", Route.IV, 1,
                    NO_LIMIT, 11_000, "C_silt", true, "anti-IL-6: binds the ligand"),
            new Drug("anakinra", List.of("anak"), Map.of(Route.SC, "anak_depot", Route.IV, "anak_central"),
                    "anak_infusion", Route.SC, 0, NO_LIMIT, 30_000, "C_anak", true, "IL-1 receptor antagonist"),
            new Drug("ruxolitinib", List.of("rux"), Map.of(Route.PO, "rux_depot"), null, Route.PO, 0, NO_LIMIT, 250,
                    "C_rux", true, "JAK1/JAK2 inhibitor: blocks IL-6, IFN-g and GM-CSF receptor signalling"),
            new Drug("baricitinib", List.of("bari"), Map.of(Route.PO, "bari_depot"), null, Route.PO, 0, NO_LIMIT, 40,
                    "C_bari", true, "JAK1/JAK2 inhibitor"),
            new Drug("emapalumab", List.of("emap"), Map.of(Route.IV, "emap_central"), "emap_infusion", Route.IV, 1,
                    NO_LIMIT, 10_000, "C_emap", true, "anti-IFN-g antibody (HLH)"),
            new Drug("anti-tnf", List.of("antitnf", "anti_tnf"), Map.of(Route.IV, "atnf_central"), "atnf_infusion",
                    Route.IV, 1, NO_LIMIT, 15_000, "C_atnf", true, "anti-TNF-a antibody (sepsis trials)"),
            new Drug("antibiotics", List.of("antibiotic", "abx"), Map.of(Route.COURSE, "abx"), null, Route.COURSE,
                    7 * 24, NO_LIMIT, NO_LIMIT, null, false, "kills the bacterial pathogen while the course runs"),
            new Drug("antivirals", List.of("antiviral"), Map.of(Route.COURSE, "antiviral"), null, Route.COURSE,
                    5 * 24, NO_LIMIT, NO_LIMIT, null, false, "blocks viral replication while the course runs"),
            new Drug("rhil6", List.of("rhil-6", "rh-il6", "recombinant-il6"), Map.of(Route.SC, "ril6_depot"), null,
                    Route.SC, 0, 3, 30, null, false,
                    "recombinant human IL-6 under the skin, a research challenge and not a treatment: raises plasma IL-6 (the acute phase, the anaemia of inflammation)"));

    private Drugs() {
    }

    public static List<Drug> all() {
        return ALL;
    }

    /** The drug of this name or alias (case-insensitive). */
    public static Optional<Drug> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.name().equals(key) || d.aliases().contains(key)).findFirst();
    }

    /** The drug names, for messages. */
    public static String names() {
        return ALL.stream().map(Drug::name).collect(Collectors.joining(", "));
    }
}

package org.cytostorm.physiology.run;

import java.util.List;

/**
 * The model variables a patient run reports, with their output-contract names, units and plot
 * groups (docs/outputs.md). The first block is the contract's required columns in its order.
 */
final class ModelOutputs {

    /** One reported model variable. */
    record Output(String variable, OutputColumn column) {
    }

    private static Output o(String variable, String name, String unit, String group, String description) {
        return new Output(variable, new OutputColumn(name, unit, group, description));
    }

    static final List<Output> ALL = List.of(
            o("IL6", "IL6", "pg/mL", "cytokines", "plasma interleukin-6"),
            o("TNF", "TNF", "pg/mL", "cytokines", "plasma TNF-alpha"),
            o("IL1B", "IL1B", "pg/mL", "cytokines", "plasma interleukin-1 beta"),
            o("IFNG", "IFNG", "pg/mL", "cytokines", "plasma interferon-gamma"),
            o("IL10", "IL10", "pg/mL", "cytokines", "plasma interleukin-10"),
            o("GMCSF", "GMCSF", "pg/mL", "cytokines", "plasma GM-CSF"),
            o("sIL6R", "sIL6R", "ng/mL", "labs", "soluble IL-6 receptor"),
            o("CRP", "CRP", "mg/L", "labs", "C-reactive protein"),
            o("Ferritin", "ferritin", "ng/mL", "labs", "serum ferritin"),
            o("Temp", "temperature", "degC", "vitals", "core temperature"),
            o("HR", "HR", "1/min", "vitals", "heart rate"),
            o("MAP", "MAP", "mmHg", "vitals", "mean arterial pressure"),
            o("SpO2", "SpO2", "%", "vitals", "oxygen saturation on the current support"),
            o("PF_ratio", "PF_ratio", "mmHg", "labs", "PaO2/FiO2 on the current support"),
            o("Creat", "creatinine", "mg/dL", "labs", "serum creatinine"),
            o("Bili", "bilirubin", "mg/dL", "labs", "total bilirubin"),
            o("Plt", "platelets", "1e3/uL", "labs", "platelet count"),
            o("Fib", "fibrinogen", "g/L", "labs", "fibrinogen"),
            o("IL18", "IL18", "pg/mL", "cytokines", "plasma interleukin-18"),
            o("AST", "AST", "U/L", "labs", "aspartate aminotransferase"),
            o("Ddimer", "D_dimer", "mg/L FEU", "labs", "D-dimer"),
            o("Hb", "hemoglobin", "g/dL", "labs", "haemoglobin"),
            o("serum_iron", "serum_iron", "ug/dL", "labs", "serum iron"),
            o("epo", "EPO", "fold of healthy", "labs", "erythropoietin as the drive of red-cell production (set on recovery after blood loss)"),
            o("red_cells", "red_cell_mass", "fold of healthy", "organs", "red-cell mass"),
            o("PVx", "blood_volume_rise", "fold of healthy", "organs", "rise of blood volume by plasma expansion"),
            o("Hepc", "hepcidin_induction", "normalised", "signals", "hepatic hepcidin induction (fraction of its maximum)"),
            o("WBC", "WBC", "1e9/L", "labs", "white cell count"),
            o("TG", "triglycerides", "mmol/L", "labs", "fasting triglycerides"),
            o("lactate", "lactate", "mmol/L", "labs", "lactate"),
            o("sCD25", "sCD25", "U/mL", "labs", "soluble IL-2 receptor (proxy from activated T cells)"),
            o("urine", "urine_output", "mL/kg/h", "vitals", "urine output"),
            o("GCS", "GCS", "points", "vitals", "Glasgow coma scale (proxy from shock and hypoxaemia)"),
            o("Ma", "macrophages_activated", "resting pool = 1", "cells", "activated macrophages/monocytes (sensing and killing)"),
            o("Mcyt", "macrophages_cytokine", "resting pool = 1", "cells", "activated macrophages/monocytes making cytokines (fewer than the activated when tolerant)"),
            o("Tol", "endotoxin_tolerance", "0-1", "cells", "endotoxin tolerance of macrophages (1: a bacterial stimulus answered as if tol_shift times weaker)"),
            o("Mpool", "monocyte_pool", "resting pool = 1", "cells", "macrophage/monocyte pool incl. recruited cells"),
            o("Te", "T_effector", "normalised", "cells", "effector T cells"),
            o("CAR", "CAR_T", "1e6 cells/kg", "cells", "expanded CAR-T cells"),
            o("Tum", "tumour", "1e9 cells", "cells", "antigen-bearing tumour cells"),
            o("P", "pathogen", "1e6 CFU", "cells", "bacterial load"),
            o("Vir", "virus", "normalised titre", "cells", "virus"),
            o("D", "DAMP", "normalised", "cells", "damage-associated molecular patterns / tissue damage"),
            o("Eact", "endothelial_activation", "0-1", "cells", "endothelial activation"),
            o("Lung", "lung_injury", "0-1", "cells", "alveolar-capillary injury"),
            o("Vp", "plasma_volume", "L", "vitals", "plasma volume"),
            o("o2", "o2_support_level", "level 0-4", "support", "0 room air, 1 low-flow, 2 high-flow, 3 non-invasive, 4 invasive"),
            o("FiO2", "FiO2", "1", "support", "inspired oxygen fraction"),
            o("NE", "norepinephrine", "ug/kg/min", "support", "norepinephrine infusion"),
            o("vaso", "vasopressin", "on/off", "support", "vasopressin 0.03 U/min"),
            o("epi", "epinephrine", "on/off", "support", "epinephrine 0.1 ug/kg/min"),
            o("dialysis", "dialysis", "on/off", "support", "renal replacement therapy"),
            o("transfusions", "red_cell_units", "units", "support", "red-cell units transfused (cumulative)"),
            o("fluids", "fluids_given", "L", "support", "cumulative fluid boluses"),
            o("TCE", "TCE_conc", "mg/L", "drugs", "T-cell engager plasma concentration"),
            o("C_dex", "dexamethasone_conc", "mg/L", "drugs", "dexamethasone plasma concentration"),
            o("C_mpred", "methylprednisolone_conc", "mg/L", "drugs", "methylprednisolone plasma concentration"),
            o("GR", "glucocorticoid_effect", "0-1", "drugs", "glucocorticoid-receptor effect (outlasts the plasma drug)"),
            o("C_toci", "tocilizumab_conc", "mg/L", "drugs", "tocilizumab plasma concentration"),
            o("mil6r_free", "IL6R_free_fraction", "0-1", "drugs", "fraction of IL-6 receptor not held by tocilizumab"),
            o("C_silt", "siltuximab_conc", "mg/L", "drugs", "siltuximab plasma concentration"),
            o("C_anak", "anakinra_conc", "mg/L", "drugs", "anakinra plasma concentration"),
            o("C_rux", "ruxolitinib_conc", "mg/L", "drugs", "ruxolitinib plasma concentration"),
            o("C_bari", "baricitinib_conc", "mg/L", "drugs", "baricitinib plasma concentration"),
            o("jak_block", "JAK_block", "0-1", "drugs", "fraction of IL-6, IFN-g and GM-CSF receptor signalling blocked by JAK inhibitors"),
            o("C_emap", "emapalumab_conc", "mg/L", "drugs", "emapalumab plasma concentration"),
            o("C_atnf", "anti_TNF_conc", "mg/L", "drugs", "anti-TNF antibody plasma concentration"),
            o("abx_on", "antibiotics", "on/off", "drugs", "antibiotic course running"),
            o("antiviral_block", "antiviral_block", "0-1", "drugs", "fraction of viral replication blocked"),
            o("il6_classic", "IL6_signalling", "normalised", "signals", "IL-6 classic signalling through free membrane IL-6R"),
            o("il1_sig", "IL1_signalling", "pg/mL", "signals", "IL-1b excess signalling through unblocked receptors"),
            o("ifng_sig", "IFNG_signalling", "pg/mL", "signals", "free IFN-g excess signalling through JAK"),
            o("tnf_sig", "TNF_signalling", "pg/mL", "signals", "free TNF-a excess"),
            o("CO", "cardiac_output", "L/min", "vitals", "cardiac output"),
            o("SVR", "SVR", "mmHg min/L", "vitals", "systemic vascular resistance (x 80 for dyn s/cm5)"),
            o("Trop", "troponin_T", "ng/L", "labs", "high-sensitivity troponin T"),
            o("PaO2", "PaO2", "mmHg", "labs", "arterial PO2"),
            o("PaCO2", "PaCO2", "mmHg", "labs", "arterial PCO2"),
            o("pH", "pH", "1", "labs", "arterial pH"),
            o("HCO3", "bicarbonate", "mmol/L", "labs", "plasma bicarbonate"),
            o("shunt", "shunt_fraction", "0-1", "support", "intrapulmonary shunt fraction"),
            o("dead_space", "dead_space_fraction", "0-1", "support", "dead space / tidal volume"),
            o("BUN", "BUN", "mg/dL", "labs", "blood urea nitrogen"),
            o("FB", "fluid_balance", "L", "support", "cumulative fluid balance since the trigger"),
            o("ALT", "ALT", "U/L", "labs", "alanine aminotransferase"),
            o("PT", "PT", "s", "labs", "prothrombin time"),
            o("INR", "INR", "1", "labs", "international normalised ratio (ISI 1)"),
            o("BBB", "BBB_opening", "0-1", "brain", "blood-brain barrier opening"),
            o("CSF_IL6", "CSF_IL6", "pg/mL", "brain", "cerebrospinal fluid interleukin-6"),
            o("CSF_IFNG", "CSF_IFNG", "pg/mL", "brain", "cerebrospinal fluid interferon-gamma"),
            o("Neuro", "neuroinflammation", "0-1", "brain", "neuroinflammation driving ICANS"),
            o("CXCL9", "CXCL9", "pg/mL", "cytokines", "plasma CXCL9 (MIG), the IFN-g-induced chemokine that reads IFN-g activity in HLH and MAS"),
            o("mHLA_DR", "monocyte_HLA_DR", "%", "labs", "monocyte HLA-DR expression, % of normal (immunoparalysis when low)"));

    private ModelOutputs() {
    }
}

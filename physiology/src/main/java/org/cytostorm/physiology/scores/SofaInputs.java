package org.cytostorm.physiology.scores;

/**
 * Inputs of the SOFA score (Vincent JL et al., Intensive Care Med 1996;22:707; table as reproduced
 * in Singer M et al., Sepsis-3, JAMA 2016;315:801, doi:10.1001/jama.2016.0287).
 *
 * <p>In the simulator, the PaO₂/FiO₂ ratio, bilirubin, GCS and urine output are model proxies
 * (derived from the lung, liver, brain and kidney states), not measurements.
 *
 * @param pfRatio PaO₂/FiO₂, mmHg
 * @param respiratorySupport on respiratory (ventilatory) support; needed for respiration 3 and 4
 * @param plateletsK platelets, ×10³/µL
 * @param bilirubinMgDl bilirubin, mg/dL
 * @param mapMmHg mean arterial pressure, mmHg
 * @param dopamine dopamine dose, µg/kg/min (0 = none)
 * @param dobutamine dobutamine dose, µg/kg/min (0 = none)
 * @param epinephrine epinephrine dose, µg/kg/min (0 = none)
 * @param norepinephrine norepinephrine dose, µg/kg/min (0 = none)
 * @param gcs Glasgow Coma Scale 3..15
 * @param creatinineMgDl creatinine, mg/dL
 * @param urineMlPerDay urine output, mL/day; NaN when unknown
 */
public record SofaInputs(double pfRatio, boolean respiratorySupport, double plateletsK,
        double bilirubinMgDl, double mapMmHg, double dopamine, double dobutamine,
        double epinephrine, double norepinephrine, int gcs, double creatinineMgDl,
        double urineMlPerDay) {

    /** @throws IllegalArgumentException if an input is NaN, infinite or out of range */
    public SofaInputs {
        Checks.positive("pfRatio", pfRatio);
        Checks.nonNegative("plateletsK", plateletsK);
        Checks.nonNegative("bilirubinMgDl", bilirubinMgDl);
        Checks.nonNegative("mapMmHg", mapMmHg);
        Checks.nonNegative("dopamine", dopamine);
        Checks.nonNegative("dobutamine", dobutamine);
        Checks.nonNegative("epinephrine", epinephrine);
        Checks.nonNegative("norepinephrine", norepinephrine);
        Checks.inRange("gcs", gcs, 3, 15);
        Checks.nonNegative("creatinineMgDl", creatinineMgDl);
        if (!Double.isNaN(urineMlPerDay)) {
            Checks.nonNegative("urineMlPerDay", urineMlPerDay);
        }
    }
}

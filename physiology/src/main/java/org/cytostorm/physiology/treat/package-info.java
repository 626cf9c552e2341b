/**
 * Treatments: the drugs the patient model knows ({@link org.cytostorm.physiology.treat.Drugs}),
 * doses as pharmacometric records ({@link org.cytostorm.physiology.treat.Dosing}: time, amount in
 * mg or mg/kg, route, infusion duration, interval, additional doses; also read from a NONMEM-style
 * file by {@link org.cytostorm.physiology.treat.NonmemDoses}), protocol rules
 * ({@link org.cytostorm.physiology.treat.Rule}: a condition on the patient, an action, a check
 * interval and limits) and the record of what was given
 * ({@link org.cytostorm.physiology.treat.TreatmentEvent}).
 *
 * <p>A dose becomes engine {@link org.cytostorm.engine.solve.Intervention}s on the drug's
 * compartments in the patient model; the drugs' pharmacokinetics and effects are model text
 * ({@code patient.ant}, section 16), so they export to SBML with the rest of the model.
 */
package org.cytostorm.physiology.treat;

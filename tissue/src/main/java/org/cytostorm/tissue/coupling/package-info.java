/**
 * The one place the tissue meets the patient model: a patient's plasma cytokines as the tissue's
 * vessel boundary ({@link org.cytostorm.tissue.coupling.PatientPlasma}).
 */
package org.cytostorm.tissue.coupling;

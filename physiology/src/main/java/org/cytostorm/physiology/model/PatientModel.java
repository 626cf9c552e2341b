package org.cytostorm.physiology.model;

/** The patient model: {@code patient.ant} (equations) joined with {@code parameters.tsv} (values). */
public final class PatientModel {
    private PatientModel() {
    }
}

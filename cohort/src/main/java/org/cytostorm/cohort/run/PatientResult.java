package org.cytostorm.cohort.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cytostorm.cohort.trial.Endpoints;

/**
 * One row of a trial's results: one patient under one arm (an enrolled patient has a row per
 * arm), or one row for a patient who was not enrolled (arm index -1).
 *
 * @param patient          the patient index
 * @param armIndex         the arm, in spec order; -1 for a patient not enrolled
 * @param disposition      what became of the patient
 * @param returnCode       the solver's return code of this arm's run ({@code SUCCESS}, ...), or empty
 *                         when nothing was run
 * @param detail           why a run failed, in words (variable and time); empty otherwise
 * @param enrolledH        the enrolment time, hours since the trigger; NaN if not enrolled
 * @param subgroups        membership of each subgroup at enrolment, in spec order
 * @param weightKg         the drawn weight
 * @param ageYears         the drawn age
 * @param sex              the drawn sex
 * @param rejectedDraws    draws of this patient the plausibility filter rejected
 * @param parameters       the drawn model parameters
 * @param endpoints        this arm's endpoints; empty if not enrolled or failed
 */
public record PatientResult(long patient, int armIndex, Disposition disposition, String returnCode, String detail,
        double enrolledH, Map<String, Boolean> subgroups, double weightKg, double ageYears, String sex,
        int rejectedDraws, Map<String, Double> parameters, Optional<Endpoints> endpoints) {

    public PatientResult {
        Objects.requireNonNull(disposition, "disposition");
        returnCode = returnCode == null ? "" : returnCode;
        detail = detail == null ? "" : detail;
        subgroups = Collections.unmodifiableMap(new LinkedHashMap<>(subgroups));
        sex = sex == null ? "" : sex;
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(endpoints, "endpoints");
    }

    /** True for the row of an enrolled patient under an arm whose run succeeded. */
    public boolean analysable() {
        return disposition == Disposition.ENROLLED && endpoints.isPresent();
    }
}

package org.cytostorm.cohort.population;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cytostorm.physiology.scenario.Patient;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * One drawn patient of a population: a value that depends only on (seed, index) and the population
 * ({@link Population#draw}), holding what a run needs and what a report shows.
 *
 * @param index            the patient's index (the entity of its random streams)
 * @param covariates       weight, age, sex and comorbidities
 * @param parameters       the model parameters drawn for this patient, by name, in parameter-table
 *                         order: every parameter the population varies (not those it leaves at the
 *                         scenario's value)
 * @param rejectedAttempts draws of this patient the plausibility filter rejected before this one
 * @param rejections       for each reason (a filter column, or {@value PlausibilityFilter#BASELINE_FAILED}),
 *                         how many rejected draws it was a reason for; a draw may have several
 */
public record VirtualPatient(long index, Covariates covariates, Map<String, Double> parameters, int rejectedAttempts,
        Map<String, Integer> rejections) {

    public VirtualPatient {
        Objects.requireNonNull(covariates, "covariates");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        rejections = Collections.unmodifiableMap(new LinkedHashMap<>(rejections));
        if (index < 0 || rejectedAttempts < 0) {
            throw new IllegalArgumentException("index and rejected attempts are 0 or more");
        }
    }

    /** The draws made for this patient, the accepted one included. */
    public int attempts() {
        return rejectedAttempts + 1;
    }

    /**
     * The template scenario with this patient in it, ready to run: the covariates become the
     * scenario patient's weight, age, sex and immunosuppression (and the model parameters
     * {@code weight} and {@code age} where the template sets them, as a scenario file's patient
     * section does), and the drawn parameters become patient overrides, which apply after the
     * trigger's values. The template's user settings ({@code --set}) still apply last, so a setting
     * holds a parameter at one value for the whole population.
     *
     * <p>Trigger quantities keep the template's values in their canonical units: a CAR-T dose in
     * 1e6 cells/kg stays per kg (a dose the template wrote in cells was converted with the
     * template's weight). Doses in mg/kg follow the drawn weight, as the simulator reads the
     * {@code weight} parameter when it gives them.
     */
    public Scenario applyTo(Scenario template) {
        Patient p = template.patient();
        boolean immunosuppressed = covariates.comorbidities().containsKey(Population.IMMUNOSUPPRESSED)
                ? covariates.has(Population.IMMUNOSUPPRESSED) : p.immunosuppressed();
        Map<String, Double> overrides = new LinkedHashMap<>(p.overrides());
        parameters.forEach((k, v) -> {
            overrides.remove(k);
            overrides.put(k, v);
        });
        Patient drawn = new Patient(covariates.weightKg(), covariates.ageYears(), covariates.sex(), immunosuppressed,
                overrides);
        Map<String, Double> values = new LinkedHashMap<>(template.parameters());
        values.replace("weight", covariates.weightKg());
        values.replace("age", covariates.ageYears());
        parameters.forEach((k, v) -> {
            values.remove(k);
            values.put(k, v);
        });
        String description = template.description() + (template.description().isEmpty() ? "" : "; ")
                + "virtual patient " + index;
        return new Scenario(template.name(), description, template.source(), drawn, template.trigger(),
                template.protocol(), template.durationH(), template.outputIntervalH(), values, template.treatments(),
                template.settings());
    }
}

package org.cytostorm.sbml;

import java.util.ArrayList;
import java.util.List;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLError;
import org.sbml.jsbml.validator.SBMLValidator;

/** JSBML's offline consistency check (no network), as lists of readable problems. */
public final class SbmlConsistency {

    /**
     * The outcome of a check.
     *
     * @param errors   errors and fatal errors, each {@code "code severity (category): message"}
     * @param warnings warnings and information, in the same form
     */
    public record Report(List<String> errors, List<String> warnings) {
        public Report {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The start of the warning given when JSBML's unit checker failed and units were not checked. */
    public static final String UNITS_NOT_CHECKED = "units not checked: JSBML's unit checker failed: ";

    private SbmlConsistency() {
    }

    /**
     * Runs {@code checkConsistencyOffline()} on the document with every check category on (units
     * and modelling practice included, which JSBML leaves off by default) and sorts what it finds.
     */
    public static Report check(SBMLDocument doc) {
        JsbmlLogging.configure();
        for (SBMLValidator.CHECK_CATEGORY c : SBMLValidator.CHECK_CATEGORY.values()) {
            doc.setConsistencyChecks(c, true);
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            doc.checkConsistencyOffline();
        } catch (RuntimeException e) {
            // JSBML's unit checker fails on some valid math (min and max, for one): check the rest
            doc.getErrorLog().clearLog();
            doc.setConsistencyChecks(SBMLValidator.CHECK_CATEGORY.UNITS_CONSISTENCY, false);
            doc.checkConsistencyOffline();
            warnings.add(UNITS_NOT_CHECKED + e);
        }
        for (int i = 0; i < doc.getErrorCount(); i++) {
            SBMLError e = doc.getError(i);
            String text = e.getCode() + " " + e.getSeverity() + " (" + e.getCategory() + "): "
                    + String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ")
                    + (e.getSource() == null ? "" : " [at " + e.getSource() + "]");
            if (e.isError() || e.isFatal()) {
                errors.add(text);
            } else {
                warnings.add(text);
            }
        }
        return new Report(errors, warnings);
    }
}

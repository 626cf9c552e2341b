package org.cytostorm.sbml.testsuite;

import java.util.List;

/**
 * The verdict on one case.
 *
 * @param id            the five-digit case number
 * @param tier          the case's tier
 * @param componentTags the case's component tags
 * @param testTags      the case's test tags
 * @param outcome       how it ended
 * @param reason        for a failure, {@code "<outcome label>: <detail>"}, e.g.
 *                      {@code "wrong values: S1 at t=2.5: expected 0.5, got 0.51 (allowed 5e-05); 12 of 102 points fail"};
 *                      empty when passed. Never depends on the thread count or the machine.
 * @param elapsedNanos  wall time spent on the case (varies between runs; not part of reports)
 */
public record CaseResult(String id, String tier, List<String> componentTags, List<String> testTags, Outcome outcome,
                         String reason, long elapsedNanos) {

    public CaseResult {
        componentTags = List.copyOf(componentTags);
        testTags = List.copyOf(testTags);
    }

    static CaseResult passed(SuiteCase c, long elapsedNanos) {
        return new CaseResult(c.id(), c.tier(), c.componentTags(), c.testTags(), Outcome.PASSED, "", elapsedNanos);
    }

    static CaseResult failed(SuiteCase c, Outcome outcome, String detail, long elapsedNanos) {
        return new CaseResult(c.id(), c.tier(), c.componentTags(), c.testTags(), outcome,
                outcome.label() + ": " + detail, elapsedNanos);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** The reason without its outcome prefix. */
    public String detail() {
        String prefix = outcome.label() + ": ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    /** The verdict without the timing: equal for equal verdicts, whatever the thread count. */
    public CaseResult withoutTiming() {
        return new CaseResult(id, tier, componentTags, testTags, outcome, reason, 0);
    }
}

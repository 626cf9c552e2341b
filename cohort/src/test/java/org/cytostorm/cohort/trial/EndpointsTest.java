package org.cytostorm.cohort.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.physiology.outcome.SampledOutcome;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoints of real runs of built-in scenarios, each figure worked out again here from the
 * run's own output columns by its definition (docs/cohorts.md, Trials): survival given alive at
 * enrolment from the {@code survival} column, the tumour fraction from {@code tumour}, CRS onset
 * from {@code crs_grade}, ventilator-free days from {@code o2_support_level}. A few runs of two
 * weeks or less on the hourly grid: a second or so in all.
 */
class EndpointsTest {

    static final long SEED = 1;
    static final double DAY = 24;

    private static PatientSimulator simulator;
    /** axi-cel under the CAR-T CRS algorithm, enrolled at the infusion, followed 14 days. */
    private static PatientRun carT;
    /** Severe COVID-19 enrolled on day 7 (as in RECOVERY, a week into the illness), followed 21 days. */
    private static PatientRun covid;
    /** Primary HLH: ventilated from about day 8 to the end of its 14 days. */
    private static PatientRun hlh;

    @BeforeAll
    static void run() {
        simulator = PatientSimulator.standard();
        carT = simulator.run(sized(BuiltInScenarios.load("car-t-axi-cel"), 14 * DAY, "car-t-crs"));
        covid = simulator.run(sized(BuiltInScenarios.load("covid-19-severe"), 28 * DAY, null));
        hlh = simulator.run(sized(BuiltInScenarios.load("hlh-primary"), 14 * DAY, null));
        for (PatientRun r : new PatientRun[] {carT, covid, hlh}) {
            assertTrue(r.isSuccess(), r.status().toString());
        }
    }

    /** A scenario on the trial's hourly grid, {@code hours} long, under {@code care} (null: its own). */
    private static Scenario sized(Scenario s, double hours, String care) {
        Scenario out = s.withDuration(hours).withOutputInterval(1);
        return care == null ? out : out.withProtocol(ScenarioReader.standard().protocols().named(care));
    }

    /** The row at time {@code tH} of the run's grid (the grid is hourly from 0). */
    private static int row(PatientRun run, double tH) {
        for (int i = 0; i < run.rows(); i++) {
            if (Math.abs(run.timeH(i) - tH) < 1e-9) {
                return i;
            }
        }
        throw new AssertionError("no row at " + tH + " h");
    }

    /** A patient index whose sampled fate under {@code run} is survival to {@code endH} (or death before it). */
    private static long patient(PatientRun run, boolean dies, double endH) {
        for (long p = 0; p < 1000; p++) {
            SampledOutcome fate = run.sampledOutcome(SEED, p);
            boolean died = fate instanceof SampledOutcome.Died d && d.timeH() <= endH;
            if (died == dies) {
                return p;
            }
        }
        throw new AssertionError("no patient of 1000 " + (dies ? "dies" : "survives"));
    }

    @Test
    void survivalGivenAliveAtEnrolmentIsTheRatioOfTheSurvivalColumn() {
        // enrolled on day 7 (168 h), followed to day 28 (672 h): S(672) / S(168), read off the column
        double[] s = covid.column("survival");
        double expected = s[row(covid, 672)] / s[row(covid, 168)];
        assertTrue(s[row(covid, 168)] < 1, "some risk of death before enrolment, so the ratio is not S(672) itself");
        Endpoints e = Endpoints.of(covid, 168, 21 * DAY, SEED, 0);
        assertEquals(expected, e.survival(), 1e-12);
        // at the trigger S = 1: the ratio is the column's last value
        Endpoints c = Endpoints.of(carT, 0, 14 * DAY, SEED, 0);
        assertEquals(carT.column("survival")[row(carT, 336)], c.survival(), 1e-12);
    }

    @Test
    void aSurvivorNeverVentilatedHasEveryFollowUpDayFree() {
        double[] o2 = carT.column("o2_support_level");
        for (double v : o2) {
            assertTrue(v < 4, "the axi-cel template is never ventilated");
        }
        Endpoints e = Endpoints.of(carT, 0, 14 * DAY, SEED, patient(carT, false, 336));
        assertFalse(e.died());
        assertEquals(14, e.ventilatorFreeDays(), 1e-12);
        assertEquals(14, e.eventDay(), 1e-12, "censored at the end of follow-up");
    }

    @Test
    void aDeathHasNoVentilatorFreeDaysAndEndsAtItsDay() {
        long p = patient(carT, true, 336);
        SampledOutcome.Died d = (SampledOutcome.Died) carT.sampledOutcome(SEED, p);
        Endpoints e = Endpoints.of(carT, 0, 14 * DAY, SEED, p);
        assertTrue(e.died());
        assertEquals(0, e.ventilatorFreeDays());
        assertEquals(d.timeH() / DAY, e.eventDay(), 1e-12);
        assertTrue(Double.isNaN(e.resolutionDay()), "a death does not resolve");
    }

    @Test
    void ventilatorFreeDaysOfAVentilatedSurvivor() {
        // hours on invasive ventilation (level 4) within 0..336 h, each hourly row held for its hour
        double[] o2 = hlh.column("o2_support_level");
        double ventilated = 0;
        for (int i = 0; i + 1 < hlh.rows() && hlh.timeH(i) < 336 - 1e-9; i++) {
            if (o2[i] >= 4) {
                ventilated += hlh.timeH(i + 1) - hlh.timeH(i);
            }
        }
        assertTrue(ventilated > 24, "HLH is ventilated for days: " + ventilated + " h");
        Endpoints e = Endpoints.of(hlh, 0, 14 * DAY, SEED, patient(hlh, false, 336));
        assertEquals(14 - ventilated / DAY, e.ventilatorFreeDays(), 1e-9);
        assertTrue(Double.isNaN(e.resolutionDay()), "still ventilated at the end: not resolved");
    }

    @Test
    void tumourFractionIsTheColumnsRatio() {
        double[] tumour = carT.column("tumour");
        Endpoints e = Endpoints.of(carT, 0, 14 * DAY, SEED, 0);
        assertEquals(tumour[row(carT, 336)] / tumour[row(carT, 0)], e.tumourFraction(), 1e-12);
        // from a later enrolment, the burden at enrolment is the denominator
        Endpoints later = Endpoints.of(carT, 48, 7 * DAY, SEED, 0);
        assertEquals(tumour[row(carT, 48 + 168)] / tumour[row(carT, 48)], later.tumourFraction(), 1e-12);
        assertEquals(e.tumourFraction() <= 0.343, e.response());
        // no tumour: no fraction, no response
        Endpoints none = Endpoints.of(covid, 168, 21 * DAY, SEED, 0);
        assertTrue(Double.isNaN(none.tumourFraction()));
        assertFalse(none.response());
    }

    @Test
    void crsOnsetIsTheFirstRowOfGradeOneOrMore() {
        double[] crs = carT.column("crs_grade");
        int first = -1;
        int max = 0;
        for (int i = 0; i < crs.length; i++) {
            if (first < 0 && crs[i] >= 1) {
                first = i;
            }
            max = Math.max(max, (int) crs[i]);
        }
        assertTrue(first > 0, "axi-cel gives CRS, not at the infusion itself");
        Endpoints e = Endpoints.of(carT, 0, 14 * DAY, SEED, 0);
        assertEquals(carT.timeH(first) / DAY, e.crsOnsetDay(), 1e-12);
        assertEquals(max, e.maxCrsGrade());
        // a follow-up that ends before the onset sees no CRS, though the run goes on past it
        Endpoints shortFollowUp = Endpoints.of(carT, 0, carT.timeH(first) - 2, SEED, 0);
        assertTrue(Double.isNaN(shortFollowUp.crsOnsetDay()), "onset after the follow-up: " + shortFollowUp);
        assertEquals(0, shortFollowUp.maxCrsGrade());
    }

    @Test
    void resolutionIsTheEndOfTheLastSickHour() {
        // sick: CRS grade >= 1, oxygen (level >= 1), norepinephrine > 0.001 or dialysis; a sick row
        // counts until the next row
        double[] crs = carT.column("crs_grade");
        double[] o2 = carT.column("o2_support_level");
        double[] ne = carT.column("norepinephrine");
        double[] rrt = carT.column("dialysis");
        double lastSick = 0;
        for (int i = 0; i + 1 < carT.rows() && carT.timeH(i) < 336 - 1e-9; i++) {
            if (crs[i] >= 1 || o2[i] >= 1 || ne[i] > 1e-3 || rrt[i] > 0.5) {
                lastSick = carT.timeH(i + 1);
            }
        }
        assertTrue(lastSick > 0 && lastSick < 336, "axi-cel CRS resolves within two weeks: " + lastSick);
        Endpoints e = Endpoints.of(carT, 0, 14 * DAY, SEED, patient(carT, false, 336));
        assertEquals(lastSick / DAY, e.resolutionDay(), 1e-12);
    }
}

package org.cytostorm.physiology.treat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** The --treat grammar DRUG[:DOSE][:ROUTE][:DURATION]@TIME[,TIME...] and its messages. */
class TreatOptionTest {

    private static final Drug TOCILIZUMAB = Drugs.find("tocilizumab").orElseThrow();
    private static final Drug DEXAMETHASONE = Drugs.find("dexamethasone").orElseThrow();
    private static final Drug ANAKINRA = Drugs.find("anakinra").orElseThrow();
    private static final Drug ANTIBIOTICS = Drugs.find("antibiotics").orElseThrow();

    private static Dosing one(String spec) {
        List<Dosing> doses = TreatOption.parse(spec);
        assertEquals(1, doses.size(), spec);
        return doses.get(0);
    }

    /** Asserts the option, field and message fragments of a refused spec. */
    private static InputException refused(String spec, String field, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> TreatOption.parse(spec));
        String m = e.getMessage();
        assertEquals("--treat", e.file(), m);
        assertEquals(0, e.line(), m);
        assertEquals(field, e.key(), m);
        assertTrue(m.startsWith("--treat: " + field + ": '" + spec + "': "), m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "'" + f + "' missing from: " + m);
        }
        return e;
    }

    @Test
    void aPerKgDoseTakesTheDrugsUsualRouteAndInfusionTime() {
        Dosing d = one("tocilizumab:8mg/kg@72h");
        assertEquals(TOCILIZUMAB, d.drug());
        assertEquals(DoseAmount.mgPerKg(8), d.amount());
        assertEquals(TOCILIZUMAB.defaultRoute(), d.route());
        assertEquals(TOCILIZUMAB.defaultDurationH(), d.durationH());
        assertEquals(72.0, d.timeH());
        assertEquals(0, d.additional());
        assertEquals(Dosing.once(TOCILIZUMAB, DoseAmount.mgPerKg(8), 72), d);
    }

    @Test
    void severalTimesGiveOneDoseEach() {
        List<Dosing> doses = TreatOption.parse("dexamethasone:10mg@0h,24h, 2d");
        assertEquals(List.of(0.0, 24.0, 48.0), doses.stream().map(Dosing::timeH).toList());
        doses.forEach(d -> {
            assertEquals(DEXAMETHASONE, d.drug());
            assertEquals(DoseAmount.mg(10), d.amount());
        });
    }

    @Test
    void gramsMinutesDaysAliasesAndCaseAreRead() {
        Dosing d = one("MPRED:1g@90min");
        assertEquals(Drugs.find("methylprednisolone").orElseThrow(), d.drug());
        assertEquals(DoseAmount.mg(1000), d.amount());
        assertEquals(1.5, d.timeH(), 1e-12);
        assertEquals(36.0, one("toci:4 mg/kg@1.5d").timeH(), 1e-12);
    }

    @Test
    void routeAndDurationMayBeWritten() {
        Dosing sc = one("anakinra:100mg:sc@24h");
        assertEquals(Route.SC, sc.route());
        assertEquals(0.0, sc.durationH());
        Dosing iv = one("anakinra:100mg:iv@24h");
        assertEquals(ANAKINRA, iv.drug());
        assertEquals(Route.IV, iv.route());
        Dosing infusion = one("tocilizumab:8mg/kg:iv:2h@72h");
        assertEquals(Route.IV, infusion.route());
        assertEquals(2.0, infusion.durationH());
        assertEquals(0.5, one("dexamethasone:20mg:30min@12h").durationH(), 1e-12);
    }

    @Test
    void aCourseTakesNoDoseAndOptionallyItsLength() {
        Dosing usual = one("antibiotics@6h");
        assertEquals(ANTIBIOTICS, usual.drug());
        assertEquals(DoseAmount.NONE, usual.amount());
        assertEquals(Route.COURSE, usual.route());
        assertEquals(ANTIBIOTICS.defaultDurationH(), usual.durationH());
        assertEquals(6.0, usual.timeH());
        assertEquals(120.0, one("antibiotics:5d@6h").durationH());
        assertEquals(48.0, one("antivirals:course:2d@0h").durationH());
    }

    @Test
    void theDosesBecomeAdministrationsInMilligrams() {
        List<Administration> given = one("tocilizumab:8mg/kg@72h").administrations(70);
        assertEquals(1, given.size());
        assertEquals(560.0, given.get(0).amountMg(), 1e-9);
        // mg/kg is capped to the drug's largest single dose rather than refused
        assertEquals(TOCILIZUMAB.maxDoseMg(), one("tocilizumab:8mg/kg@72h").administrations(150).get(0).amountMg());
    }

    @Test
    void theOptionNameIsUsedInMessages() {
        InputException e = assertThrows(InputException.class,
                () -> TreatOption.parse("nosuchdrug:1mg@1h", "--treat-b"));
        assertEquals("--treat-b", e.file());
        assertTrue(e.getMessage().startsWith("--treat-b: drug: "), e.getMessage());
    }

    @Test
    void anUnknownDrugListsTheKnownDrugs() {
        InputException e = refused("tocilizumob:8mg/kg@72h", "drug", "unknown drug 'tocilizumob'");
        Drugs.all().forEach(d -> assertTrue(e.getMessage().contains(d.name()), d.name()));
        refused("@72h", "drug", "no drug", TreatOption.GRAMMAR);
    }

    @Test
    void doseErrorsSayWhatIsAllowed() {
        refused("tocilizumab:-8mg/kg@72h", "dose", "a dose cannot be negative");
        refused("dexamethasone:0mg@1h", "dose", "more than 0");
        refused("dexamethasone:10@1h", "dose", "'10' is not a dose", "mg, g or mg/kg");
        refused("dexamethasone:10ml@1h", "dose", "'10ml' is not a dose");
        refused("dexamethasone@1h", "dose", "needs an amount", "mg, g or mg/kg");
        refused("antibiotics:1g@6h", "dose", "course without a dose", "antibiotics:5d@6h");
        refused("dexamethasone:10mg:20mg@1h", "dose", "two values");
    }

    @Test
    void aMilligramDoseAboveTheLargestSingleDoseIsRefused() {
        String largest = Format.number(TOCILIZUMAB.maxDoseMg());
        refused("tocilizumab:" + (TOCILIZUMAB.maxDoseMg() + 1) + "mg@72h", "dose",
                "largest single dose of tocilizumab (" + largest + " mg)");
        refused("tocilizumab:1g@72h", "dose", "largest single dose");
        assertEquals(DoseAmount.mg(TOCILIZUMAB.maxDoseMg()), one("tocilizumab:" + largest + "mg@72h").amount());
    }

    @Test
    void anUnknownOrUnavailableRouteListsTheDrugsRoutes() {
        refused("anakinra:100mg:im@24h", "route", "unknown route 'im'", "anakinra's routes: iv, sc");
        refused("tocilizumab:8mg/kg:po@72h", "route", "tocilizumab is not given by route po", "tocilizumab's routes: iv");
        refused("antibiotics:iv@6h", "route", "routes: course");
    }

    @Test
    void durationErrors() {
        refused("tocilizumab:8mg/kg:-1h@72h", "duration", "cannot be negative");
        refused("anakinra:100mg:sc:1h@24h", "duration", "not given over a duration");
        refused("antibiotics:0h@6h", "duration", "more than 0 h");
    }

    @Test
    void timeErrorsSayHowToWriteATime() {
        refused("tocilizumab:8mg/kg", "time", "no time", TreatOption.GRAMMAR);
        refused("tocilizumab:8mg/kg@", "time", "no time after '@'");
        refused("tocilizumab:8mg/kg@72", "time", "'72' is not a time", "h, d or min");
        refused("tocilizumab:8mg/kg@72h,", "time", "'' is not a time");
        refused("tocilizumab:8mg/kg@-1h", "time", "a time cannot be negative");
        refused("tocilizumab:8mg/kg@72h@80h", "time", "one '@'");
    }
}

package org.cytostorm.report.docs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.DrugBiomarkers;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Rule;

/**
 * {@code docs/treatments.md}, generated from the drug catalogue and the built-in protocols, so the
 * page cannot drift from what the simulator gives. The drugs' equations and parameters (with their
 * sources) are on the model page, section 16.
 */
public final class TreatmentDocs {

    /** Where the page lives, relative to the repository root. */
    public static final String PATH = "docs/treatments.md";
    /** The command that regenerates the page, from the repository root. */
    public static final String REGENERATE = "./cytostorm docs treatments";

    private TreatmentDocs() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Treatments: drugs, dosing and protocols\n\n")
                .append("Generated from the drug catalogue and the built-in protocols by `").append(REGENERATE)
                .append("`; do not edit by hand. The drugs' pharmacokinetic and effect equations, and every\n")
                .append("parameter with its source and evidence grade, are in [model.md](model.md) (section 16, Drugs).\n\n");
        sb.append(USAGE);
        sb.append("## Drugs\n\n");
        sb.append(Markdown.header(List.of("Drug", "Also", "Routes (model target)", "Usual", "Largest dose",
                "Accepted up to", "Concentration", "Effect"), "llllllll"));
        for (Drug d : Drugs.all()) {
            String routes = d.routes().stream().map(r -> r.label() + " (" + Markdown.code(d.bolusTargets().get(r)) + ")")
                    .collect(Collectors.joining(", "));
            if (d.infusionTarget() != null) {
                routes += ", iv infusion (" + Markdown.code(d.infusionTarget()) + ")";
            }
            String usual = d.defaultRoute().label() + (d.defaultDurationH() > 0 ? " over " + hours(d.defaultDurationH()) : "");
            sb.append(Markdown.row(List.of(Markdown.code(d.name()), String.join(", ", d.aliases()), routes, usual,
                    Double.isInfinite(d.maxDoseMg()) ? "" : hours(d.maxDoseMg()).replace(" h", " mg"),
                    Double.isInfinite(d.ceilingMg()) ? "" : hours(d.ceilingMg()).replace(" h", " mg"),
                    d.concentration() == null ? "" : Markdown.code(d.concentration()), Markdown.cell(d.description()))));
        }
        List<String> notAntiCytokine = Drugs.all().stream().filter(d -> !d.antiCytokine()).map(Drug::name).toList();
        sb.append("\nASTCT grading no longer requires fever once a patient with CRS has had a dose of a drug of\n")
                .append("this table other than ").append(listed(notAntiCytokine))
                .append(" (anti-cytokine therapy or a corticosteroid).\n\n");
        biomarkers(sb);
        sb.append("## Built-in protocols\n\n");
        ProtocolLibrary protocols = ProtocolLibrary.standard();
        for (String name : protocols.names()) {
            Protocol p = protocols.named(name);
            sb.append("### `").append(name).append("`\n\n").append(p.description()).append("\n\n")
                    .append("Supportive care: ").append(p.supportiveCare() ? "on" : "off")
                    .append(p.withholdsRules() ? "; no rule applies under it, the scenario's own included" : "")
                    .append(".\n\n");
            if (!p.treatments().rules().isEmpty()) {
                sb.append(Markdown.header(List.of("Rule", "When", "Action", "Checked every", "At most", "Spacing"), "llllrl"));
                for (Rule r : p.treatments().rules()) {
                    sb.append(Markdown.row(List.of(Markdown.code(r.name()), Markdown.code(r.when().text()), action(r.action()),
                            hours(r.everyH()), r.maxCount() == Integer.MAX_VALUE ? "" : Integer.toString(r.maxCount()),
                            r.minSpacingH() > 0 ? hours(r.minSpacingH()) : "")));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The biomarker table (physiology's biomarkers.tsv, which DrugBiomarkersTest reproduces). */
    private static void biomarkers(StringBuilder sb) {
        sb.append("## Each drug at its target: biomarker changes\n\n")
                .append("Each change a drug's label or pivotal papers report, with its source; `DrugBiomarkersTest` (physiology)\n")
                .append("reproduces every row marked reproduced in the setting given, treated against the same patient untreated,\n")
                .append("with the published figure where there is one. Rows not reproduced are known gaps, with what the model gives.\n\n");
        List<DrugBiomarkers.Entry> rows = DrugBiomarkers.standard();
        sb.append("Reproduced: ").append(rows.stream().filter(DrugBiomarkers.Entry::reproduced).count()).append(" of ")
                .append(rows.size()).append(" rows.\n\n");
        sb.append(Markdown.header(List.of("Drug", "Biomarker", "Change", "Published", "Source", "Simulated patient",
                "Model readout and criterion", "Status"), "llllllll"));
        for (DrugBiomarkers.Entry e : rows) {
            sb.append(Markdown.row(List.of(Markdown.code(e.drug()), Markdown.cell(e.biomarker()), e.direction(),
                    Markdown.cell(e.published()), Markdown.cell(e.source()), Markdown.cell(e.setting()),
                    Markdown.cell(e.readout()), Markdown.cell(e.status()))));
        }
        sb.append('\n');
    }

    private static String action(Action a) {
        if (a instanceof Action.Give g) {
            String dose = g.route() == Route.COURSE ? "course" : g.amount().toString() + " " + g.route().label();
            return "give " + g.drug().name() + " " + dose + (g.durationH() > 0 ? " over " + hours(g.durationH()) : "");
        }
        Action.Set s = (Action.Set) a;
        return "set " + Markdown.code(s.variable() + " = " + s.value());
    }

    private static String hours(double h) {
        return (h == Math.rint(h) ? Long.toString((long) h) : String.format(Locale.ROOT, "%s", h)) + " h";
    }

    private static final String USAGE = """
            ## Giving treatments

            A scenario file lists its own treatments under `treatments:`; its care protocol (`care.protocol`,
            one of the built-in protocols below) adds the protocol's rules. Three kinds of item:

            ```yaml
            care:
              protocol: car-t-crs          # standard (default), none, car-t-crs, covid-19, sepsis
            treatments:
              # a dosing record (NONMEM/mrgsolve habit): first dose, then `additional` more every `interval`
              - {drug: dexamethasone, dose: 10 mg, route: iv, time: 72 h, interval: 6 h, additional: 7}
              - {drug: tocilizumab, dose: 8 mg/kg, time: 3 d}        # iv over 1 h, the drug's usual
              - {drug: antibiotics, time: 6 h, duration: 7 d}          # a course: no dose
              # a NONMEM-style dosing file in the scenario's folder (or below it); others: run --doses FILE
              - file: doses.csv
              # a rule: checked every `every` from time 0; fires when `when` holds, at most `max`
              # times, at least `spacing` apart; gives a dose or sets a model variable
              - rule: anakinra-if-fever-persists
                when: Temp >= 39 && hours_since_tocilizumab >= 24 && hours_since_tocilizumab < 1e8
                give: {drug: anakinra, dose: 100 mg, route: iv}
                every: 1 h
                max: 8
                spacing: 6 h
              - rule: comfort-care
                when: time >= 240 && crs_grade >= 4
                set: {care_on: 0}
            ```

            - **Doses**: `mg`, `g` or `mg/kg` (converted with the patient's weight; a mg/kg dose is capped at the
              drug's largest single dose, a larger mg dose is refused; a dose above the "accepted up to" ceiling,
              about ten times the largest given in practice, is refused as a slip of units). Routes `iv`, `po`, `sc`, `course`; a
              duration makes an intravenous dose an infusion at a constant rate.
            - **Conditions** are expressions in model-text syntax (`&&`, `||`, `!`, comparisons, `min`, `max`,
              arithmetic) over the model's variables (columns and names of [outputs.md](outputs.md) and
              [model.md](model.md), such as `MAP`, `SpO2`, `Temp`, `CRP`, `IL6`, `o2`, `NE`), `time` (hours),
              the grades `crs_grade` (ASTCT) and `sofa`, `doses_<drug>` (doses started so far, scheduled ones
              included) and `hours_since_<drug>` (1e9 when never given); drug names with `-` use `_`
              (`doses_anti_tnf`).
            - **The dosing file** is comma-separated with a header: `TIME` (h) and `DRUG` required; `AMT`
              (mg, or mg/kg with `UNIT` = `mg/kg`), `ROUTE`, `RATE` (mg/h) or `DUR` (h), `II` (h), `ADDL`,
              `EVID` (rows other than 1 or 4 are skipped), `ID`, `CMT`, `DV`, `MDV`, `SS` (must be 0). `.` is
              an empty value; `#` starts a comment line. At most 10,000 additional doses per record, repeats at
              least a minute apart, 100,000 doses per run (docs/reliability.md); messages name the line and
              column, never the file's content.
            - **On the command line**: `cytostorm run SCENARIO --treat tocilizumab:8mg/kg@72h
              --treat dexamethasone:10mg@0h,24h,48h --protocol car-t-crs --doses ~/doses.csv`; `--protocol none`
              turns every rule off (and supportive care with it).

            Every dose and variable set is recorded: `summary.json` lists them, the report draws them on the
            timeline with the drug concentrations.

            """;

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

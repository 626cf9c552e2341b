package org.cytostorm.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/architecture.md, checked on the compiled main code of every module (the
 * cli's test class path holds them all): dependencies point one way, science holds no presentation,
 * tissue meets physiology only where it couples to a patient.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cytostorm");
    }

    @Test
    void tissueImportsPhysiologyOnlyFromItsCouplingPackage() {
        noClasses().that().resideInAPackage("org.cytostorm.tissue..")
                .and().resideOutsideOfPackage("org.cytostorm.tissue.coupling..")
                .should().dependOnClassesThat().resideInAPackage("org.cytostorm.physiology..")
                .check(classes);
    }

    @Test
    void scienceImportsNoChartOrHtmlClass() {
        noClasses().that().resideInAnyPackage("org.cytostorm.physiology..", "org.cytostorm.tissue..",
                "org.cytostorm.cohort..")
                .should().dependOnClassesThat().resideInAnyPackage("org.knowm.xchart..", "org.cytostorm.report..",
                        "java.awt..", "javax.imageio..", "javax.swing..")
                .check(classes);
    }

    @Test
    void noModelPackageImportsAReportOrRenderPackage() {
        noClasses().that().resideInAnyPackage("org.cytostorm.common..", "org.cytostorm.engine..",
                "org.cytostorm.sbml..", "org.cytostorm.physiology..", "org.cytostorm.tissue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cytostorm.report..", "..render..")
                .check(classes);
    }

    @Test
    void dependenciesPointOneWay() {
        // common <- engine <- sbml <- physiology (its export writes SBML) <- tissue, cohort <- report <- cli
        noClasses().that().resideInAPackage("org.cytostorm.common..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.engine..", "org.cytostorm.sbml..", "org.cytostorm.physiology..",
                        "org.cytostorm.tissue..", "org.cytostorm.report..", "org.cytostorm.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.sbml..", "org.cytostorm.physiology..", "org.cytostorm.tissue..",
                        "org.cytostorm.report..", "org.cytostorm.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.sbml..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.physiology..", "org.cytostorm.tissue..", "org.cytostorm.report..",
                        "org.cytostorm.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.tissue..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.report..", "org.cytostorm.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.physiology..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.tissue..", "org.cytostorm.cohort..", "org.cytostorm.report..",
                        "org.cytostorm.cli..")
                .check(classes);
        // cohort stands on physiology: populations, trials and their statistics, no presentation
        noClasses().that().resideInAPackage("org.cytostorm.cohort..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.tissue..", "org.cytostorm.report..", "org.cytostorm.cli..")
                .check(classes);
        // sensitivity stands on the engine and physiology: designs, estimators, runs, no presentation
        noClasses().that().resideInAPackage("org.cytostorm.sensitivity..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cytostorm.tissue..", "org.cytostorm.cohort..", "org.cytostorm.report..",
                        "org.cytostorm.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.physiology..").should().dependOnClassesThat()
                .resideInAPackage("org.cytostorm.sensitivity..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.report..").should().dependOnClassesThat()
                .resideInAPackage("org.cytostorm.cli..")
                .check(classes);
        // the dashboard sits on top like the command line: nothing below reads it, and it reads no cli
        noClasses().that().resideInAnyPackage("org.cytostorm.common..", "org.cytostorm.engine..",
                "org.cytostorm.sbml..", "org.cytostorm.physiology..", "org.cytostorm.tissue..", "org.cytostorm.cohort..",
                "org.cytostorm.sensitivity..", "org.cytostorm.report..").should().dependOnClassesThat()
                .resideInAPackage("org.cytostorm.web..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cytostorm.web..").should().dependOnClassesThat()
                .resideInAPackage("org.cytostorm.cli..")
                .check(classes);
    }

    @Test
    void theModulesHaveNoCycles() {
        slices().matching("org.cytostorm.(*)..").should().beFreeOfCycles().check(classes);
    }
}

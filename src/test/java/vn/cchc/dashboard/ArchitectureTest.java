package vn.cchc.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture: domain inward, store below the app, the UI never on the database. */
@AnalyzeClasses(packages = "vn.cchc.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainImportsNothingOutward = classes().that().resideInAPackage("..dashboard.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..dashboard.domain..", "java..")
            .because("the domain is pure records and calculations over snapshots");

    @ArchTest
    static final ArchRule domainTouchesNoJdbcNoFxNoAwt = noClasses().that().resideInAPackage("..dashboard.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "java.awt..");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheDomain = noClasses().that().resideInAPackage("..dashboard.store..")
            .should().dependOnClassesThat().resideInAnyPackage("..dashboard.app..", "..dashboard.ui..",
                    "..dashboard.cli..", "..dashboard.i18n..", "javafx..");

    @ArchTest
    static final ArchRule filesIsALeaf = classes().that().resideInAPackage("..dashboard.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..dashboard.files..", "java..")
            .because("every layer writes its files through it, so it may depend on none of them");

    @ArchTest
    static final ArchRule workIsALeaf = classes().that().resideInAPackage("..dashboard.work..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..dashboard.work..", "java..")
            .because("every layer reports progress and honours cancel through it");

    @ArchTest
    static final ArchRule uiNeverTouchesTheStore = noClasses().that().resideInAPackage("..dashboard.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..dashboard.store..", "java.sql..")
            .because("screens read and write through app services, off the FX thread");

    @ArchTest
    static final ArchRule viewModelsDoNotBuildNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested with plain JUnit");

    @ArchTest
    static final ArchRule onlyOneClassHandsResultsToTheFxThread = noClasses()
            .that().doNotHaveSimpleName("FxBackground")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);

    @ArchTest
    static final ArchRule onlyChartsAndReportsDraw = noClasses().that().resideOutsideOfPackages(
                    "..dashboard.chart..", "..dashboard.report..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "org.jfree..");

    @ArchTest
    static final ArchRule cliAndUiAreSeparate = noClasses().that().resideInAPackage("..dashboard.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..dashboard.ui..", "javafx..");

    @ArchTest
    static final ArchRule cliWorksThroughTheApp = noClasses().that().resideInAPackage("..dashboard.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..dashboard.store..", "java.sql..")
            .because("commands open and change the data through app services (DataAddress names where it is), "
                    + "so that a command and the window obey the same rules");

    @ArchTest
    static final ArchRule cliNeverLoadsJavaFx = noClasses().that().resideInAPackage("..dashboard.cli..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
            .because("the command line runs where no display is, and exports charts without the window's toolkit");

    @ArchTest
    static final ArchRule oneWayToWriteAndReadADay = noClasses().that().doNotHaveSimpleName("DayFormat")
            .and().doNotHaveSimpleName("Database")
            .should().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
            .because("days are written dd/MM/yyyy and read in the same forms everywhere (domain.DayFormat); "
                    + "only the backup files' names have a stamp of their own (Database.backupStamp)");

    @ArchTest
    static final ArchRule appDoesNotDependOnTheFrontEnds = noClasses().that().resideInAPackage("..dashboard.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..dashboard.ui..", "..dashboard.cli..", "javafx..");
}

package vn.cchc.dashboard.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Charts draw domain figures with JFreeChart; they never reach into the application, the store or a front end. */
@AnalyzeClasses(packages = "vn.cchc.dashboard.chart", importOptions = ImportOption.DoNotIncludeTests.class)
class ChartLayerTest {

    @ArchTest
    static final ArchRule chartsUseOnlyTheDomainTheBundlesAndDrawingLibraries = classes()
            .that().resideInAPackage("..dashboard.chart..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..dashboard.chart..", "..dashboard.domain..", "..dashboard.files..",
                    "..dashboard.i18n..", "..dashboard.work..", "java..", "javax.imageio..", "javafx..", "org.jfree..",
                    "org.w3c.dom..")
            // work/ is the leaf that carries progress and cancel (Progress), so an export can stop without the UI.
            .because("the UI and the command line both export charts; the chart package must not depend on either");
}

package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.dashboard.domain.imports.ImportAreas.NQ76;
import static vn.cchc.dashboard.domain.imports.ImportAreas.UNITS;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanImportCheckTest {

    static final List<ImportRow> ROWS = List.of(
            row(3, "1", "TC", "Sở Tư pháp"),
            row(4, "2", "TC", "Ban Dân tộc tỉnh"),
            row(5, "3", "TTHC", "Sở Ngoại vụ"),
            row(6, "4", "TTHC", "so ngoai vu"),
            row(7, "5", "CPS", "Sở TT&TT"),
            row(8, "6", "CPS", "Các sở, ban, ngành"));

    @Test
    void everyLeadNameIsListedOnceWithTheTasksItLeadsAndWhatItWasMatchedTo() {
        ImportPreview preview = new PlanImportCheck(2023, NQ76, UNITS, List.of()).check(ROWS, List.of());

        assertThat(preview.names()).extracting(ImportPreview.NameMatch::written, ImportPreview.NameMatch::tasks,
                        n -> n.unit() == null ? null : n.unit().name(), ImportPreview.NameMatch::chosen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sở Tư pháp", 1, "Sở Tư pháp", false),
                        org.assertj.core.groups.Tuple.tuple("Ban Dân tộc tỉnh", 1, "Ban Dân tộc tỉnh", false),
                        org.assertj.core.groups.Tuple.tuple("Sở Ngoại vụ", 2, "Sở Ngoại vụ", false),
                        org.assertj.core.groups.Tuple.tuple("Sở TT&TT", 1, "Sở Thông tin và Truyền thông", false),
                        org.assertj.core.groups.Tuple.tuple("Các sở, ban, ngành", 1, null, false));
        assertThat(preview.newUnits()).extracting(ImportPreview.NewUnit::name).containsExactly("Ban Dân tộc tỉnh", "Sở Ngoại vụ");
        assertThat(preview.byUnit()).containsEntry("Sở Ngoại vụ", 2).containsEntry("Sở Tư pháp", 1);
    }

    @Test
    void theUsersWordMatchesANameToAnExistingUnitForEverySpellingOfIt() {
        List<UnitChoice> choices = List.of(UnitChoice.existing("Ban Dân tộc tỉnh", 3), UnitChoice.existing("SỞ NGOẠI VỤ", 2));

        ImportPreview preview = new PlanImportCheck(2023, NQ76, UNITS, List.of(), choices).check(ROWS, List.of());

        assertThat(preview.newUnits()).isEmpty();
        assertThat(preview.byUnit()).containsEntry("Sở Tư pháp", 2).containsEntry("Sở Nội vụ", 2);
        assertThat(preview.names()).filteredOn(ImportPreview.NameMatch::chosen)
                .extracting(ImportPreview.NameMatch::written).containsExactly("Ban Dân tộc tỉnh", "Sở Ngoại vụ");
        assertThat(preview.problems()).noneMatch(p -> p.messageKey().equals("import.problem.newUnit"));
    }

    @Test
    void theUsersWordCanMakeANewUnitOfANameButNotOneNamedLikeAnExistingUnitEvenByItsAbbreviation() {
        ImportPreview unknown = new PlanImportCheck(2023, NQ76, UNITS, List.of(),
                List.of(UnitChoice.newUnit("Sở Ngoại vụ"))).check(ROWS, List.of());
        assertThat(unknown.newUnits()).extracting(ImportPreview.NewUnit::name).contains("Sở Ngoại vụ");
        assertThat(unknown.problems()).filteredOn(ImportProblem::isError).extracting(ImportProblem::messageKey)
                .containsExactly("import.problem.leadCollective");

        // "Sở TT&TT" is Sở Thông tin và Truyền thông, which exists: a new unit would be created under that full name.
        ImportPreview acronym = new PlanImportCheck(2023, NQ76, UNITS, List.of(),
                List.of(UnitChoice.newUnit("Sở TT&TT"))).check(ROWS, List.of());
        assertThat(acronym.problems()).anyMatch(p -> p.isError() && p.messageKey().equals("import.problem.newUnitTaken")
                && p.args().contains("Sở Thông tin và Truyền thông"));

        ImportPreview sameName = new PlanImportCheck(2023, NQ76, UNITS, List.of(),
                List.of(UnitChoice.newUnit("Sở Tư pháp"))).check(ROWS, List.of());
        assertThat(sameName.problems()).anyMatch(p -> p.isError() && p.messageKey().equals("import.problem.newUnitTaken"));
        assertThat(sameName.problems()).filteredOn(ImportProblem::isError).extracting(ImportProblem::value)
                .containsExactly("Sở Tư pháp", "Các sở, ban, ngành");
    }

    @Test
    void aCollectiveNameCanLeadOnceTheUserSaysWhichUnitItMeans() {
        ImportPreview preview = new PlanImportCheck(2023, NQ76, UNITS, List.of(),
                List.of(UnitChoice.existing("Các sở, ban, ngành", 2))).check(ROWS, List.of());

        assertThat(preview.problems()).noneMatch(ImportProblem::isError);
        assertThat(preview.byUnit()).containsEntry("Sở Nội vụ", 1);
    }

    private static ImportRow row(int row, String code, String area, String lead) {
        return new ImportRow("KH", row, code, area, "Nhiệm vụ " + code, lead, null, null, "Quý IV", "Quý IV", null, null, "D");
    }
}

package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.cchc.dashboard.domain.imports.ImportAreas.NQ76;
import static vn.cchc.dashboard.domain.imports.ImportAreas.UNITS;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A merged department's name in a plan of 2025 or later is offered its successor, which the user must confirm. */
class MergerOfferTest {

    static final List<ImportRow> ROWS = List.of(
            row(3, "1", "Sở KH&ĐT", null),
            row(4, "2", "Sở LĐ-TB&XH", "Sở GTVT"),
            row(5, "3", "Sở LĐTBXH", null),
            row(6, "4", "Sở Tư pháp", null));

    static ImportPreview check(int year, List<vn.cchc.dashboard.domain.Unit> units, UnitChoice... choices) {
        return new PlanImportCheck(year, NQ76, units, List.of(), List.of(choices)).check(ROWS, List.of());
    }

    @Test
    void inA2025PlanMergedNamesAreOfferedTheirSuccessorsAndTheImportWaitsForConfirmation() {
        ImportPreview preview = check(2025, List.of());

        assertThat(preview.importable()).isFalse();
        assertThat(preview.names()).extracting(ImportPreview.NameMatch::written, n -> n.unit().name(),
                        ImportPreview.NameMatch::mergerOffer)
                .containsExactly(tuple("Sở KH&ĐT", "Sở Tài chính", true),
                        tuple("Sở LĐ-TB&XH", "Sở Nội vụ", true),
                        tuple("Sở Tư pháp", "Sở Tư pháp", false));
        assertThat(preview.problems()).filteredOn(ImportProblem::isError)
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(
                        tuple("import.problem.mergerOffer", List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính")),
                        tuple("import.problem.mergerOffer", List.of("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ")));
        assertThat(preview.newUnits()).extracting(ImportPreview.NewUnit::name)
                .containsExactly("Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp");
    }

    @Test
    void confirmedByAnySpellingTheMergedNamesLeadThroughTheirSuccessors() {
        ImportPreview preview = check(2025, List.of(), UnitChoice.named("Sở KHĐT", "Sở Tài chính"),
                UnitChoice.named("Sở Lao động – TB và XH", "Sở Nội vụ"));

        assertThat(preview.problems()).noneMatch(ImportProblem::isError);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.byUnit()).containsEntry("Sở Tài chính", 1).containsEntry("Sở Nội vụ", 2);
        assertThat(preview.names()).noneMatch(ImportPreview.NameMatch::mergerOffer);
    }

    @Test
    void theUserMayCreateTheOldNameAsANewUnitOrChooseAnotherUnitButNotNameAnUnknownOne() {
        ImportPreview preview = check(2025, List.of(), UnitChoice.newUnit("Sở KH&ĐT"),
                UnitChoice.named("Sở LĐ-TB&XH", "Sở Tư pháp"));
        assertThat(preview.importable()).isTrue();
        assertThat(preview.byUnit()).containsEntry("Sở Kế hoạch và Đầu tư", 1).containsEntry("Sở Tư pháp", 3);

        ImportPreview unknown = check(2025, List.of(), UnitChoice.named("Sở KH&ĐT", "Sở Không Có"),
                UnitChoice.named("Sở LĐ-TB&XH", "Sở Nội vụ"));
        assertThat(unknown.problems()).filteredOn(ImportProblem::isError).extracting(ImportProblem::messageKey)
                .containsExactly("import.problem.chosenUnknown");
    }

    @Test
    void aDatabaseThatKnowsTheOldDepartmentGivesTheOfferItsRecordedSuccessorAlsoIn2025() {
        // Sở Thông tin và Truyền thông ended 28/02/2025 with Sở Khoa học và Công nghệ as successor; the labour department
        // has no successor recorded, so the decree's one (Sở Nội vụ, in the database) is offered.
        List<ImportRow> rows = List.of(row(3, "1", "Sở TT&TT", null), row(4, "2", "Sở LĐ-TB&XH", null));
        for (int year : new int[] {2025, 2026}) {
            ImportPreview preview = new PlanImportCheck(year, NQ76, UNITS, List.of()).check(rows, List.of());
            assertThat(preview.names()).extracting(n -> n.unit().id(), ImportPreview.NameMatch::mergerOffer)
                    .containsExactly(tuple(4L, true), tuple(2L, true));
            assertThat(preview.newUnits()).isEmpty();
            assertThat(preview.importable()).isFalse();
        }
    }

    @Test
    void inA2024PlanTheOldNamesAreValidAndNamedInFull() {
        ImportPreview preview = check(2024, List.of());

        assertThat(preview.problems()).noneMatch(ImportProblem::isError);
        assertThat(preview.names()).noneMatch(ImportPreview.NameMatch::mergerOffer);
        assertThat(preview.newUnits()).extracting(ImportPreview.NewUnit::name)
                .containsExactly("Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp");
        assertThat(new PlanImportCheck(2024, NQ76, UNITS, List.of()).check(ROWS, List.of()).byUnit())
                .containsEntry("Sở Lao động - Thương binh và Xã hội", 2);
    }

    @Test
    void aMergedCooperatingDepartmentGoesToTheSuccessorTheDatabaseHas() {
        List<vn.cchc.dashboard.domain.Unit> units = new java.util.ArrayList<>(UNITS);
        units.add(new vn.cchc.dashboard.domain.Unit(9, "Sở Xây dựng", null, vn.cchc.dashboard.domain.UnitKind.DEPARTMENT,
                null, null, null));
        ImportPreview preview = check(2025, units, UnitChoice.newUnit("Sở KH&ĐT"),
                UnitChoice.existing("Sở LĐ-TB&XH", 2));
        assertThat(preview.tasks()).filteredOn(t -> t.row().code().equals("2"))
                .flatExtracting(ImportedTask::cooperating).extracting(UnitRef::name).containsExactly("Sở Xây dựng");
    }

    private static ImportRow row(int row, String code, String lead, String cooperation) {
        return new ImportRow("KH", row, code, "TC", "Nhiệm vụ " + code, lead, cooperation, null, "Quý IV", "Quý IV", null, null, "D");
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.excel.fixtures.MergedUnitsPlan;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/** A plan naming departments merged in 2025, imported into the sample province, whose units record the mergers. */
@Tag(TestDatabase.TAG)
class MergedUnitsImportTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    static ImportRequest request(UnitChoice... choices) {
        return new ImportRequest(null, null, null, year -> "Kế hoạch cải cách hành chính năm " + year, List.of(choices));
    }

    @Test
    void a2025PlanNamingMergedDepartmentsIsRefusedUntilConfirmedThenItsTasksGoToTheSuccessors() throws Exception {
        Path file = MergedUnitsPlan.write(folder.resolve("ke-hoach-2025.xlsx"), 2025);
        String before = DatabaseFingerprint.of(context);

        assertThatThrownBy(() -> context.planImport().commit(file, request()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.preview().problems()).filteredOn(ImportProblem::isError)
                            .extracting(ImportProblem::value).containsExactly("Sở KH&ĐT", "Sở LĐ-TB&XH");
                    assertThat(e.preview().names()).filteredOn(ImportPreview.NameMatch::mergerOffer)
                            .extracting(n -> n.unit().name()).containsExactly("Sở Tài chính", "Sở Nội vụ");
                });
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);

        // One confirmation of the two, and still nothing is written.
        assertThatThrownBy(() -> context.planImport().commit(file, request(UnitChoice.named("Sở KH&ĐT", "Sở Tài chính"))))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);

        PlanImport done = context.planImport().commit(file, request(UnitChoice.named("Sở KH&ĐT", "Sở Tài chính"),
                UnitChoice.named("Sở LĐTBXH", "Sở Nội vụ")));
        assertThat(done.plan().year()).isEqualTo(2025);
        assertThat(done.preview().newUnits()).isEmpty();
        assertThat(leads(done)).containsEntry("I.1", "Sở Tài chính").containsEntry("I.2", "Sở Nội vụ")
                .containsEntry("II.1", "Sở Nội vụ").containsEntry("I.3", "Sở Nội vụ");
    }

    @Test
    void theSameNamesInA2024PlanLeadThroughTheOldDepartmentsByTheirFullNames() throws Exception {
        Path file = MergedUnitsPlan.write(folder.resolve("ke-hoach-2024.xlsx"), 2024);

        PlanImport done = context.planImport().commit(file, request());

        assertThat(done.preview().names()).noneMatch(ImportPreview.NameMatch::mergerOffer);
        assertThat(done.preview().newUnits()).isEmpty();
        assertThat(leads(done)).containsEntry("I.1", "Sở Kế hoạch và Đầu tư")
                .containsEntry("I.2", "Sở Lao động - Thương binh và Xã hội")
                .containsEntry("II.1", "Sở Lao động - Thương binh và Xã hội");
    }

    private Map<String, String> leads(PlanImport done) {
        Map<Long, String> names = context.units().units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        return context.plans().snapshot(done.plan()).tasks().stream()
                .collect(Collectors.toMap(Task::code, t -> names.get(t.leadUnitId())));
    }
}

package vn.cchc.dashboard.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.excel.fixtures.ProvincePlan2025;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/** The wizard's deadline questions, and a wizard that starts afresh when another file is chosen. */
class ImportDeadlineQuestionsTest {

    @TempDir
    Path folder;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final List<Plan> imported = new ArrayList<>();
    ImportPlanViewModel model;
    Path unreadable;

    @BeforeEach
    void open() throws Exception {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        model = new ImportPlanViewModel(context.planImport(), background, Messages.of(Language.VI), (plan, notice) -> imported.add(plan));
        unreadable = ProvincePlan2025.xlsx(folder.resolve("ke-hoach-2025.xlsx"),
                ProvincePlan2025.rows("Khi có yêu cầu", "Theo KH của tỉnh"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    void read(Path file) {
        model.file().set(file.toString());
        model.read();
        background.runAll();
    }

    @Test
    void anUnreadableDeadlineIsAskedOnceAndItsMeaningAppliesToEveryCell() {
        read(unreadable);
        assertThat(model.importable().get()).isFalse();
        assertThat(model.message().get()).isEqualTo("Còn 1 cách ghi thời hạn chưa rõ nghĩa: hãy cho biết ở thẻ «Thời hạn».");
        assertThat(model.deadlines().suggestions()).containsExactly("31/12/2025", "30/6/2025", "Thường xuyên",
                "Không có thời hạn cố định");
        DeadlineQuestions.Line line = model.deadlines().lines().get(0);
        assertThat(model.deadlines().lines()).hasSize(1);
        assertThat(line.written()).isEqualTo("Theo KH của tỉnh");
        assertThat(line.cells()).isEqualTo("4");
        assertThat(line.read()).isEqualTo("chưa rõ – cần cho biết");

        line.meaning().set("Quý III");
        background.runAll();
        assertThat(model.importable().get()).isTrue();
        assertThat(model.deadlines().lines()).singleElement().satisfies(answered -> {
            assertThat(answered.meaning().get()).isEqualTo("Quý III");
            assertThat(answered.read()).isEqualTo("hạn 30/09/2025");
        });
        assertThat(model.tasks()).filteredOn(t -> t.deadline().equals("Theo KH của tỉnh"))
                .hasSize(4).allSatisfy(t -> assertThat(t.due()).isEqualTo("hạn 30/09/2025"));

        model.importNow();
        background.runAll();
        List<Task> tasks = context.plans().snapshot(imported.get(0)).tasks();
        assertThat(tasks).filteredOn(t -> t.deadlineText().equals("Theo KH của tỉnh (Quý III)"))
                .hasSize(4).allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void anotherFileStartsAfreshAndARefusedOneOffersNoImport() throws Exception {
        read(ProvincePlan2025.xlsx(folder.resolve("tot.xlsx"), ProvincePlan2025.rows()));
        assertThat(model.tasks()).hasSize(60);
        assertThat(model.importable().get()).isTrue();

        Path broken = Files.writeString(folder.resolve("hong.xlsx"), "không phải bảng tính");
        model.file().set(broken.toString());
        assertThat(model.tasks()).isEmpty();
        assertThat(model.importable().get()).isFalse();
        model.read();
        background.runAll();
        assertThat(model.tasks()).isEmpty();
        assertThat(model.columns()).isEmpty();
        assertThat(model.summary().get()).isEmpty();
        assertThat(model.importable().get()).isFalse();
        assertThat(model.message().get()).contains("hong.xlsx");
    }

    @Test
    void aReadingThatComesBackAfterAnotherFileWasChosenIsNotShown() throws Exception {
        model.file().set(ProvincePlan2025.xlsx(folder.resolve("tot.xlsx"), ProvincePlan2025.rows()).toString());
        model.read();
        model.file().set(unreadable.toString());
        background.runAll();
        assertThat(model.tasks()).isEmpty();
        assertThat(model.importable().get()).isFalse();
    }
}

package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

class TaskFormViewModelTest {

    static final Plan PLAN = new Plan(1, 2026, "KH 2026", null, null, PlanScope.PROVINCE, "NQ76", false, false);
    static final List<ReformArea> AREAS = List.of(new ReformArea("NQ76", "TC", "Cải cách thể chế", "Institutions", 2));
    static final List<Unit> UNITS = List.of(
            new Unit(1, "Sở Tư pháp", null, UnitKind.DEPARTMENT, null, null, null),
            new Unit(2, "Sở Thông tin và Truyền thông", null, UnitKind.DEPARTMENT, null, LocalDate.of(2025, 2, 28), 3L),
            new Unit(3, "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null, null));

    @Test
    void theDeadlineIsReadAsItIsTyped() {
        TaskFormViewModel form = new TaskFormViewModel(PLAN, null, AREAS, UNITS, Messages.of(Language.VI));
        form.deadline().set("Quý III");
        assertThat(form.dueDate().get()).isEqualTo("→ hạn 30/09/2026");
        form.deadline().set("Thường xuyên");
        assertThat(form.dueDate().get()).isEqualTo("→ nhiệm vụ thường xuyên, tính đến 31/12/2026");
        form.deadline().set("khi nào xong");
        assertThat(form.dueDate().get()).isEqualTo("→ chưa đọc được thời hạn");
    }

    @Test
    void onlyUnitsOfThePlansYearAreOfferedInVietnameseOrder() {
        TaskFormViewModel form = new TaskFormViewModel(PLAN, null, AREAS, UNITS, Messages.of(Language.VI));
        assertThat(form.units()).extracting(Unit::name).containsExactly("Sở Khoa học và Công nghệ", "Sở Tư pháp");
    }

    @Test
    void anExistingTaskFillsTheFormAndProblemsComeBackToTheirFields() {
        Task task = new Task(9, 1, "II.4", "TC", "Rà soát văn bản", 1, List.of(), null, "Báo cáo", "Tháng 6/2026",
                LocalDate.of(2026, 6, 30), false, 4);
        TaskFormViewModel form = new TaskFormViewModel(PLAN, task, AREAS, UNITS, Messages.of(Language.VI));
        assertThat(form.draft().code()).isEqualTo("II.4");
        assertThat(form.area().get().code()).isEqualTo("TC");
        assertThat(form.lead().get().name()).isEqualTo("Sở Tư pháp");
        form.show(List.of(FieldProblem.of("code", "task.problem.duplicateCode", "II.4")));
        assertThat(form.problems()).containsEntry("code", "Kế hoạch đã có nhiệm vụ mã II.4.");
    }
}

package vn.cchc.dashboard.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

class PlanFormViewModelTest {

    @Test
    void theStandardTitleFollowsTheKindAndYearUntilTheUserWritesTheirOwn() {
        PlanFormViewModel form = new PlanFormViewModel(2024, Messages.of(Language.VI));
        assertThat(form.draft().kind()).isEqualTo(PlanKind.LOCAL);
        form.kind().set(PlanKind.MINISTRIES);
        form.year().set(2023);
        assertThat(form.title().get()).isEqualTo("Nhiệm vụ cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ");
        assertThat(form.draft().kind()).isEqualTo(PlanKind.MINISTRIES);
        form.title().set("Theo dõi nhiệm vụ của các bộ năm 2023");
        form.kind().set(PlanKind.PROVINCES);
        assertThat(form.title().get()).isEqualTo("Theo dõi nhiệm vụ của các bộ năm 2023");
    }
}

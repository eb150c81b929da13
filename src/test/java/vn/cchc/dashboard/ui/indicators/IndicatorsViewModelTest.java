package vn.cchc.dashboard.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class IndicatorsViewModelTest {

    @TempDir
    Path folder;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final SimpleObjectProperty<Long> unitRequest = new SimpleObjectProperty<>();
    IndicatorsViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        Plan plan = context.plans().planFor(2026);
        model = new IndicatorsViewModel(context.indicators(), context.units(), background, Messages.of(Language.VI),
                new SimpleObjectProperty<>(plan), new SimpleObjectProperty<>(TestClock.TODAY), unitRequest);
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    IndicatorsViewModel.Row row(String name) {
        return model.rows().stream().filter(r -> r.unit() != null && r.unit().name().equals(name)).findFirst().orElseThrow();
    }

    int column(String code) {
        return model.columns().stream().map(Indicator::code).toList().indexOf(code);
    }

    @Test
    void theGridShowsTheLatestClosedPeriodWithTrafficLightsTrendsAndTheProvinceFirst() {
        assertThat(model.period().get()).isEqualTo(new ReportPeriod(2026, ReportPeriod.Kind.M9));
        assertThat(model.rows().get(0).unit()).isNull();
        assertThat(model.rows().get(0).name()).isEqualTo("Toàn tỉnh");
        IndicatorsViewModel.Cell online = row("Sở Xây dựng").cells().get(column("HS_TRUC_TUYEN"));
        assertThat(online.text()).isEqualTo("41,20%");
        assertThat(online.verdict()).as("nine months' figures are not judged against the year's target")
                .isEqualTo(IndicatorReading.Verdict.NOT_YET_ASSESSED);
        assertThat(online.explanation()).startsWith("Chưa đến kỳ đánh giá: chỉ tiêu năm ≥ 85%")
                .contains("hiện còn thiếu 43,80").contains("Tổng số hồ sơ tiếp nhận: ");
        assertThat(online.trend()).hasSize(IndicatorsViewModel.TREND_PERIODS).last().isNotNull();
        assertThat(row("Sở Xây dựng").cells().get(column("SO_HOA")).verdict()).isEqualTo(IndicatorReading.Verdict.NO_TARGET);
        assertThat(model.rows()).extracting(IndicatorsViewModel.Row::name).as("merged units did not exist in 2026")
                .doesNotContain("Sở Giao thông vận tải", "Sở GTVT");
        assertThat(model.chartInput().get().bars()).isNotEmpty();
        assertThat(model.chartInput().get().average()).isNotNull();
    }

    @Test
    void aPeriodWithNoFiguresSaysSoRatherThanShowingZeros() {
        model.period().set(new ReportPeriod(2026, ReportPeriod.Kind.YEAR));
        assertThat(model.status().get()).isEqualTo("Chưa có số liệu chỉ số năm 2026.");
        assertThat(row("Sở Xây dựng").cells()).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(IndicatorReading.Verdict.NO_DATA);
            assertThat(c.text()).isEqualTo("Chưa có số liệu");
        });
        assertThat(model.chartInput().get().bars()).isEmpty();
    }

    @Test
    void aFigureTypedTheVietnameseWayIsSavedAndAnImpossibleOneStaysInTheForm() {
        Unit justice = row("Sở Tư pháp").unit();
        EntryForm form = model.newEntry(justice);
        form.indicator.set(context.indicators().book().indicator("HS_TRUC_TUYEN").orElseThrow());
        form.period.set(new ReportPeriod(2026, ReportPeriod.Kind.M9));
        form.numerator.set("1.500");
        form.denominator.set("1.200");
        int[] shownAgain = {0};
        model.save(form, () -> shownAgain[0]++);
        background.runAll();
        assertThat(shownAgain[0]).isEqualTo(1);
        assertThat(form.problems).containsEntry("numerator", "Tử số không được lớn hơn mẫu số.");

        form.numerator.set("1.080");
        assertThat(form.preview().get()).isEqualTo("= 90,00%");
        model.save(form, () -> shownAgain[0]++);
        background.runAll();
        assertThat(shownAgain[0]).isEqualTo(1);
        assertThat(model.feedback().get()).startsWith("Đã lưu Tỷ lệ hồ sơ trực tuyến của Sở Tư pháp");
        assertThat(row("Sở Tư pháp").cells().get(column("HS_TRUC_TUYEN")).text()).isEqualTo("90,00%");

        form.numerator.set("abc");
        model.save(form, () -> shownAgain[0]++);
        assertThat(form.problems).containsEntry("numerator", "Không phải là số: abc");
    }

    @Test
    void theLaggingListOpensAUnitsFigures() {
        Unit construction = row("Sở Xây dựng").unit();
        unitRequest.set(construction.id());
        assertThat(model.search().get()).isEqualTo("Sở Xây dựng");
        assertThat(unitRequest.get()).isNull();
        assertThat(model.rows()).extracting(IndicatorsViewModel.Row::name).containsExactly("Toàn tỉnh", "Sở Xây dựng");
        List<IndicatorsViewModel.IndexRow> indices = model.indexRows();
        assertThat(indices).extracting(IndicatorsViewModel.IndexRow::name).first().isEqualTo("Chỉ số cải cách hành chính (PAR INDEX)");
        assertThat(model.indexYears()).containsExactly(2023, 2024, 2025);
        assertThat(LocalDate.of(2026, 9, 14)).isEqualTo(model.period().get().end());
    }
}

package vn.cchc.dashboard.ui.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.NationalFiles;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/** The Vị trí so với cả nước tab's state, driven as the view drives it, without a window. */
class NationalViewModelTest {

    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    NationalViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), false);
        context.settings().setReportSettings(context.settings().reportSettings().withProvince("Hưng Yên"));
        model = new NationalViewModel(context.nationalResults(), background, Messages.of(Language.VI), context.clock());
        model.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void beforeAnyImportTheTabSaysWhatToImport() {
        assertThat(model.shown().get()).isNull();
        assertThat(model.headline().get()).startsWith("Chưa nhập kết quả PAR INDEX của cả nước.");
        assertThat(model.years()).isEmpty();
        assertThat(model.suggestedYear()).isEqualTo(2025);
    }

    @Test
    void anImportIsToldAndShownWithTheRankTheGapsAndEachComponent() {
        model.importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, "2023");
        background.runAll();
        model.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, "2024");
        assertThat(model.feedback().get()).isEqualTo("Đang nhập tệp par-index-2024-minh-hoa.csv…");
        background.runAll();

        assertThat(model.feedback().get()).isEqualTo("Đã nhập kết quả PAR INDEX năm 2024 của 63 tỉnh, thành phố"
                + " (8 chỉ số thành phần) từ tệp par-index-2024-minh-hoa.csv.");
        assertThat(model.years()).containsExactly(2024, 2023);
        assertThat(model.year().get()).isEqualTo(2024);
        assertThat(model.headline().get()).isEqualTo("PAR INDEX năm 2024 – Hưng Yên: xếp hạng 12/63, 89,46%;"
                + " bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng).");
        assertThat(model.details().get()).isEqualTo("Chênh lệch +1,09 điểm so với bình quân cả nước, -3,52 điểm so với"
                + " cao nhất. So với năm trước (năm 2023 xếp hạng 15/63, 88,02%): tăng 3 bậc, +1,44 điểm.");
        assertThat(model.components()).hasSize(8).allSatisfy(row -> {
            assertThat(row.score()).matches("\\d+,\\d\\d%");
            assertThat(row.change()).matches("[+-]?\\d+,\\d\\d điểm");
        });
        assertThat(model.shown().get().standing().rank()).isEqualTo(12);
        assertThat(model.source().get()).startsWith("Nguồn: tệp par-index-2024-minh-hoa.csv, nhập ngày 23/11/2026 10:00");

        model.year().set(2023);
        background.runAll();
        assertThat(model.headline().get()).contains("xếp hạng 15/63, 88,02%");
        assertThat(model.details().get()).endsWith("Chưa có kết quả năm 2022 của tỉnh để so sánh.");
    }

    @Test
    void anotherIndexShowsItsOwnYearsOrWhatToImport() {
        model.importFile(NationalFiles.SIPAS_2023, IndexKind.SIPAS, "2023");
        background.runAll();
        assertThat(model.kind().get()).isEqualTo(IndexKind.SIPAS);
        assertThat(model.headline().get()).startsWith("SIPAS năm 2023 – Hưng Yên: xếp hạng 20/63, 84,20%;");

        model.kind().set(IndexKind.PAR_INDEX);
        background.runAll();
        assertThat(model.shown().get()).isNull();
        assertThat(model.years()).isEmpty();
        assertThat(model.components()).isEmpty();
        assertThat(model.headline().get()).startsWith("Chưa nhập kết quả PAR INDEX của cả nước.");
    }

    @Test
    void aRefusedFileIsToldInOneSentenceAndWhatWasShownStays() throws IOException {
        model.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, "2024");
        background.runAll();
        Path bad = files.resolve("loi.csv");
        Files.writeString(bad, "Tỉnh;Tổng điểm\nHưng Yên;88,41\nHưng Yên;88,41\n");

        model.importFile(bad, IndexKind.PAR_INDEX, "2024");
        background.runAll();

        assertThat(model.feedback().get()).isEqualTo("Tệp \"loi.csv\" có hai dòng cho cùng một tỉnh, thành phố"
                + " (\"Hưng Yên\" ở dòng 2 và \"Hưng Yên\" ở dòng 3), nên chưa nhập gì.");
        assertThat(model.shown().get().results().count()).isEqualTo(63);
        model.importFile(bad, IndexKind.PAR_INDEX, "năm ngoái");
        assertThat(model.feedback().get()).isEqualTo("\"năm ngoái\" không phải một năm: hãy ghi năm của kết quả, ví dụ 2024.");
    }

    @Test
    void withoutTheProvinceAmongTheResultsTheAverageIsShownAndTheChartHasNoHighlight() {
        context.settings().setReportSettings(context.settings().reportSettings().withProvince("Minh Giang"));
        model.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, "2024");
        background.runAll();

        assertThat(model.headline().get()).isEqualTo("Kết quả PAR INDEX năm 2024 không có dòng nào của tỉnh, thành phố"
                + " \"Minh Giang\": hãy kiểm tra tên tỉnh ở màn hình Báo cáo (mục Tên tỉnh).");
        assertThat(model.details().get()).isEqualTo("Bình quân cả nước 88,37% (63 tỉnh, thành phố).");
        assertThat(model.shown().get().standing()).isNull();
        assertThat(model.components()).isEmpty();
    }
}

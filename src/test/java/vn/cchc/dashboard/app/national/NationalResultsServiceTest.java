package vn.cchc.dashboard.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.NationalFiles;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/** Importing the provinces' published results, all or nothing, on H2 and (in the "postgresql" run) PostgreSQL. */
@Tag(TestDatabase.TAG)
class NationalResultsServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppContext context;
    NationalResultsService service;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), false);
        context.settings().setReportSettings(context.settings().reportSettings().withProvince("Hưng Yên"));
        service = context.nationalResults();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aPublishedTableIsImportedWithItsComponentsAsTheFileNamesThem() {
        NationalResultsService.Imported imported = service.importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);

        NationalResults stored = service.results(IndexKind.PAR_INDEX, 2023).orElseThrow();
        assertThat(stored.count()).isEqualTo(63);
        assertThat(stored.components()).hasSize(8).startsWith("Công tác chỉ đạo, điều hành CCHC")
                .endsWith("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH");
        assertThat(stored.average()).isEqualByComparingTo("86.98");
        assertThat(stored.find("Hải Phòng")).get().satisfies(r -> {
            assertThat(r.rank()).isEqualTo(2);
            assertThat(r.score().total()).isEqualByComparingTo("91.81");
        });
        assertThat(stored.leaders()).extracting(NationalResults.Ranked::province).containsExactly("Quảng Ninh");
        assertThat(stored.sourceFile()).isEqualTo("par-index-2023-minh-hoa.csv");
        assertThat(stored.importedAt()).isEqualTo(context.clock().instant());
        assertThat(imported.replaced()).isNull();
        assertThat(imported.standing().rank()).isEqualTo(15);
    }

    @Test
    void theProvinceIsRankedAgainstTheYearBefore() {
        service.importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);
        NationalResultsService.Imported imported = service.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);

        Standing s = imported.standing();
        assertThat(s.rank()).isEqualTo(12);
        assertThat(s.count()).isEqualTo(63);
        assertThat(s.total()).isEqualByComparingTo("89.46");
        assertThat(s.average()).isEqualByComparingTo("88.37");
        assertThat(s.best()).isEqualByComparingTo("92.98");
        assertThat(s.leaders()).extracting(NationalResults.Ranked::province).containsExactly("Hải Phòng");
        assertThat(s.placesGained()).contains(3);
        assertThat(s.pointsGained()).get().satisfies(p -> assertThat(p).isEqualByComparingTo("1.44"));
        // "Tỉnh Hưng Yên" written in decomposed Unicode in 2024, "Hưng Yên" in 2023: one province.
        assertThat(s.province().province()).isEqualTo("Tỉnh Hưng Yên");
        assertThat(s.components()).allSatisfy(c -> assertThat(c.previousScore()).isNotNull());
    }

    @Test
    void importingTheSameIndexAndYearAgainReplacesItsResultsNeverDoublingThem() throws IOException {
        service.importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);
        NationalResultsService.Imported first = service.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);
        Path corrected = files.resolve("par-index-2024-dinh-chinh.csv");
        Files.writeString(corrected, "Tỉnh;Tổng điểm\nHải Phòng;93,00\nHưng Yên;90,00\nBắc Ninh;85,00\n");

        NationalResultsService.Imported again = service.importFile(corrected, IndexKind.PAR_INDEX, 2024);

        assertThat(again.replaced().sourceFile()).isEqualTo(first.results().sourceFile());
        assertThat(again.replaced().count()).isEqualTo(63);
        NationalResults stored = service.results(IndexKind.PAR_INDEX, 2024).orElseThrow();
        assertThat(stored.count()).isEqualTo(3);
        assertThat(stored.components()).isEmpty();
        assertThat(stored.sourceFile()).isEqualTo("par-index-2024-dinh-chinh.csv");
        assertThat(service.years()).containsExactly(Map.entry(IndexKind.PAR_INDEX, List.of(2023, 2024)));
        assertThat(service.results(IndexKind.PAR_INDEX, 2023).orElseThrow().count()).isEqualTo(63);
    }

    @Test
    void anExcelWorkbookWithAMergedHeadingPercentCellsAndFractionsIsRead() throws IOException {
        Path workbook = NationalFiles.sipasWorkbook(files.resolve("sipas-2023.xlsx"), List.of(
                "Quảng Ninh:0.902:0.95:0.9012", "Hải Phòng:0.8809:0.9:0.87", "Hưng Yên:0.842:0.85:0.8333"));

        NationalResultsService.Imported imported = service.importFile(workbook, IndexKind.SIPAS, 2023);

        NationalResults stored = service.results(IndexKind.SIPAS, 2023).orElseThrow();
        assertThat(stored.components()).containsExactly("Tiếp cận dịch vụ", "Thủ tục hành chính");
        assertThat(stored.provinces()).extracting(p -> p.province()).containsExactly("Quảng Ninh", "Hải Phòng", "Hưng Yên");
        assertThat(stored.find("Hải Phòng").orElseThrow().score().total()).isEqualByComparingTo("88.09");
        assertThat(stored.find("Hưng Yên").orElseThrow().score().component(1)).isEqualByComparingTo("83.33");
        assertThat(imported.standing().rank()).isEqualTo(3);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("sai-so.csv", "Tỉnh;Tổng điểm\nHải Phòng;92,98\nHưng Yên;tám mươi\n",
                        "Tệp \"sai-so.csv\", ô B3 (Hưng Yên) ghi \"tám mươi\", không phải một tỷ lệ phần trăm như 86,98"
                                + " hoặc 86,98%, nên chưa nhập gì."),
                Arguments.of("trung.csv", "Tỉnh;Tổng điểm\nHưng Yên;88,41\nHải Phòng;92,98\nTỉnh Hưng Yên;88,41\n",
                        "Tệp \"trung.csv\" có hai dòng cho cùng một tỉnh, thành phố (\"Hưng Yên\" ở dòng 2 và"
                                + " \"Tỉnh Hưng Yên\" ở dòng 4), nên chưa nhập gì."),
                Arguments.of("khong-tong.csv", "Tỉnh/thành phố;Cải cách thể chế\nHải Phòng;92,98\nHưng Yên;88,41\n",
                        "Tệp \"khong-tong.csv\" có cột tỉnh, thành phố nhưng không có cột tổng điểm: hãy đặt tiêu đề"
                                + " \"Tổng điểm\" hoặc \"Chỉ số\" cho cột kết quả chung rồi nhập lại; chưa nhập gì."),
                Arguments.of("vuot.csv", "Tỉnh;Tổng điểm\nHải Phòng;102,5\nHưng Yên;88,41\n",
                        "Tệp \"vuot.csv\", ô B2 (Hải Phòng) có giá trị 102,5%, vượt quá 100%, nên chưa nhập gì."),
                Arguments.of("mot-tinh.csv", "Tỉnh;Tổng điểm\nHưng Yên;88,41\n",
                        "Tệp \"mot-tinh.csv\" chỉ có 1 tỉnh, thành phố, trong khi bảng kết quả cả nước cần ít nhất 2 tỉnh,"
                                + " thành phố để xếp hạng; chưa nhập gì."),
                Arguments.of("danh-sach.csv", "Hải Phòng;92,98\nHưng Yên;88,41\n",
                        "Không tìm thấy bảng kết quả trong tệp \"danh-sach.csv\": cần một hàng tiêu đề có cột"
                                + " \"Tỉnh/thành phố\" và cột \"Tổng điểm\" (hoặc \"Chỉ số\"), rồi mỗi tỉnh, thành phố một"
                                + " dòng; chưa nhập gì."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedInOneSentenceAndTheResultsImportedBeforeStayAsTheyWere(String name, String content,
                                                                                 String sentence) throws IOException {
        service.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);
        Path file = files.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.importFile(file, IndexKind.PAR_INDEX, 2024))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.isInvalidInput()).isTrue();
                    assertThat(e.localized(Messages.of(Language.VI))).isEqualTo(sentence);
                    assertThat(e.localized(Messages.of(Language.EN))).contains(name);
                });
        NationalResults kept = service.results(IndexKind.PAR_INDEX, 2024).orElseThrow();
        assertThat(kept.count()).isEqualTo(63);
        assertThat(kept.sourceFile()).isEqualTo("par-index-2024-minh-hoa.csv");
        assertThat(service.results(IndexKind.SIPAS, 2024)).isEmpty();
    }

    @Test
    void aFileThatIsNoTableIsRefusedByWhatItIs() throws IOException {
        Path picture = files.resolve("ket-qua.xlsx");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> service.importFile(picture, IndexKind.PAR_INDEX, 2024))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.localized(Messages.of(Language.VI)))
                        .startsWith("Tệp \"ket-qua.xlsx\" không phải bảng tính").endsWith("của các tỉnh, thành phố."));
        assertThatThrownBy(() -> service.importFile(files.resolve("khong-co.csv"), IndexKind.PAR_INDEX, 2024))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.MISSING"));
        assertThat(service.years()).isEmpty();
    }

    @Test
    void aYearWithoutPublishedResultsIsRefused() {
        assertThatThrownBy(() -> service.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2027))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.localized(Messages.of(Language.VI)))
                        .isEqualTo("Năm 2027 không có kết quả để nhập: kết quả PAR INDEX, SIPAS của các tỉnh, thành phố"
                                + " có từ năm 2012 đến năm 2026."));
        assertThat(service.years()).isEmpty();
    }

    @Test
    void withoutTheProvinceNamedTheResultsAreStillImportedButNoStandingIsGiven() {
        context.settings().setReportSettings(context.settings().reportSettings().withProvince(""));

        NationalResultsService.Imported imported = service.importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);

        assertThat(imported.standing()).isNull();
        assertThat(imported.province()).isEmpty();
        assertThat(service.standings(2024).entry(IndexKind.PAR_INDEX).orElseThrow().results().count()).isEqualTo(63);
        assertThat(service.standings(2024).entry(IndexKind.SIPAS).orElseThrow().results()).isNull();
    }

    @Test
    void theStandingsOfAYearCarryEachIndexImported() {
        service.importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);
        service.importFile(NationalFiles.SIPAS_2023, IndexKind.SIPAS, 2023);

        var standings = service.standings(2023);
        assertThat(standings.province()).isEqualTo("Hưng Yên");
        assertThat(standings.entry(IndexKind.PAR_INDEX).orElseThrow().standing().rank()).isEqualTo(15);
        assertThat(standings.entry(IndexKind.SIPAS).orElseThrow().standing().rank()).isEqualTo(20);
        assertThat(standings.entry(IndexKind.SIPAS).orElseThrow().standing().average())
                .isEqualByComparingTo(new BigDecimal("82.66"));
    }
}

package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** A figure that shows only part of the units says which part, on the deck's slide as well. */
class PartialFigureTest {

    @TempDir
    Path folder;

    private static ReportFigure units(int count) {
        Report report = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(200, count, true, "Sở Nội vụ")),
                Messages.of(Language.VI));
        return report.figures().stream().filter(f -> f.kind() == ReportFigure.Kind.UNITS).findFirst().orElseThrow();
    }

    @Test
    void theUnitFigureOfManyUnitsSaysItShowsTheLowestTwentyOfAll() {
        ReportFigure figure = units(63);
        assertThat(figure.categories()).hasSize(Figures.UNITS_SHOWN);
        assertThat(figure.note()).isEqualTo("20 đơn vị có tỷ lệ hoàn thành thấp nhất (trong số 63)");
    }

    @Test
    void aUnitFigureThatShowsEveryUnitHasNoNote() {
        assertThat(units(3).note()).isNull();
        List<ReportFigure> others = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(200, 63, true, "Sở Nội vụ")),
                Messages.of(Language.VI)).figures().stream().filter(f -> f.kind() != ReportFigure.Kind.UNITS).toList();
        assertThat(others).isNotEmpty().allSatisfy(f -> assertThat(f.note()).isNull());
    }

    @Test
    void theDecksUnitSlideCarriesTheNote() throws IOException {
        Report report = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(200, 63, true, "Sở Nội vụ")),
                Messages.of(Language.VI));
        Path file = folder.resolve("r.pptx");
        ReportWriters.write(report, ReportFormat.PPTX, file);
        assertThat(ReadBack.slides(file)).anySatisfy(slide -> assertThat(slide)
                .contains("Tỷ lệ hoàn thành nhiệm vụ của các đơn vị chủ trì")
                .contains("20 đơn vị có tỷ lệ hoàn thành thấp nhất (trong số 63)"));
    }
}

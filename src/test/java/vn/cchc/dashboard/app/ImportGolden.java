package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.ImportRow;
import vn.cchc.dashboard.domain.imports.ImportedTask;
import vn.cchc.dashboard.domain.imports.UnitRef;
import vn.cchc.dashboard.i18n.Formats;

/**
 * The parsed result of an import as plain text, compared with a golden file kept beside the test files: every task
 * with its area, units and the deadline read next to the text written. Run with -Dgolden.update=true to rewrite the
 * golden files after a deliberate change, then read the diff.
 */
final class ImportGolden {

    static final Path FOLDER = Path.of("src/test/resources/import/golden");

    private ImportGolden() {
    }

    static String dump(ImportPreview preview) {
        StringBuilder out = new StringBuilder();
        for (ImportedTask task : preview.tasks()) {
            ImportRow r = task.row();
            out.append(r.code()).append(" | ").append(r.areaCode()).append(" | ").append(r.title()).append('\n')
                    .append("    chủ trì: ").append(unit(task.lead()))
                    .append(" | phối hợp: ").append(task.cooperating().stream().map(ImportGolden::unit)
                            .collect(Collectors.joining("; ")))
                    .append(" | văn bản: ").append(r.cooperationText()).append('\n')
                    .append("    sản phẩm: ").append(r.output())
                    .append(" | thời hạn: ").append(r.deadlineText()).append(" → ")
                    .append(r.due() == null ? "?" : Formats.vietnamese().date(r.due().date()) + (r.due().recurring() ? " (thường xuyên)" : ""))
                    .append('\n');
            if (r.progress() != null) {
                out.append("    tiến độ: ").append(r.progress()).append('\n');
            }
        }
        out.append("Đơn vị mới: ").append(preview.newUnits()).append('\n');
        out.append("Theo lĩnh vực: ").append(preview.byArea()).append('\n');
        out.append("Theo đơn vị: ").append(preview.byUnit()).append('\n');
        out.append("Cập nhật tiến độ: ").append(preview.progress()).append('\n');
        for (ImportProblem p : preview.problems()) {
            out.append(p.severity()).append(' ').append(p.messageKey()).append(" @").append(p.row())
                    .append(p.column() == null ? "" : p.column()).append(" «").append(p.value()).append("» ")
                    .append(p.args()).append('\n');
        }
        return out.toString();
    }

    private static String unit(UnitRef unit) {
        return unit.isNew() ? "+" + unit.name() : unit.name();
    }

    static void assertMatches(String name, ImportPreview preview) throws IOException {
        Path golden = FOLDER.resolve(name);
        String actual = dump(preview);
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

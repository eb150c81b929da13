package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.CancelAt;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.testing.Workbooks;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/**
 * Progress forms sent and taken back, cancelled at each safe point: a cancelled send leaves no form (and earlier
 * forms of the same names as they were), a cancelled check or recording writes nothing.
 */
@Tag(TestDatabase.TAG)
class CancelledProgressExchangeTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    static final Messages VI = Messages.of(Language.VI);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;
    List<Unit> units;
    Path out;

    @BeforeEach
    void open() throws Exception {
        context = db.openContext(folder.resolve("data"), TestClock.today(), true);
        plan = context.plans().planFor(2026);
        units = context.progressExchange().formUnits(plan).stream().map(ProgressExchangeService.FormUnit::unit)
                .limit(4).toList();
        out = Files.createDirectory(folder.resolve("phieu"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSendCancelledBeforeItsThirdFormLeavesNoFormAndAnEarlierOneAsItWas() throws Exception {
        Path earlier = out.resolve(ProgressExchangeService.formFileName(units.get(0), plan.year()));
        Files.writeString(earlier, "phiếu gửi tuần trước");
        CancelAt cancel = new CancelAt("work.step.forms", 3);

        assertThatThrownBy(() -> context.progressExchange().exportForms(plan, units, out, VI, cancel))
                .isInstanceOf(CancelledException.class);

        assertThat(cancel.steps()).isEqualTo(3);
        try (var left = Files.list(out)) {
            assertThat(left).as("no new form, nothing staged or temporary").containsExactly(earlier);
        }
        assertThat(Files.readString(earlier)).isEqualTo("phiếu gửi tuần trước");
    }

    @Test
    void aCancelPressedOnceEveryFormIsWrittenComesTooLateAndAllFormsAppear() throws Exception {
        CancelAt late = new CancelAt("work.step.formsPlacing", units.size());

        List<Path> written = context.progressExchange().exportForms(plan, units, out, VI, late);

        assertThat(written).hasSize(units.size()).allMatch(Files::isRegularFile);
        try (var left = Files.list(out)) {
            assertThat(left).as("nothing staged left behind").hasSize(units.size());
        }
    }

    @Test
    void aCheckCancelledWhileReadingFormsStopsThere() throws Exception {
        List<Path> forms = context.progressExchange().exportForms(plan, units, out, VI);
        CancelAt cancel = new CancelAt("work.step.returns", 2);

        assertThatThrownBy(() -> context.progressExchange().check(forms, AS_OF, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(cancel.steps()).isEqualTo(2);
    }

    @Test
    void aRecordingCancelledWhileReadingOrRecordingWritesNothing() throws Exception {
        List<Path> forms = completedFirstLines();
        String before = DatabaseFingerprint.of(context);

        for (Progress cancel : List.of(new CancelAt("work.step.returns", 3), new CancelAt("work.step.recording", 2))) {
            assertThatThrownBy(() -> context.progressExchange().apply(forms, AS_OF, r -> true, cancel))
                    .isInstanceOf(CancelledException.class);
            assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
        }
    }

    @Test
    void aCancelAfterTheLastUpdateIsWrittenButBeforeTheCommitRollsThemAllBack() throws Exception {
        List<Path> forms = completedFirstLines();
        String before = DatabaseFingerprint.of(context);
        // Pressed while the last update is written: seen at the safe point just before the commit.
        CancelAt cancelAfterLast = CancelAt.after("work.step.recording", units.size());

        assertThatThrownBy(() -> context.progressExchange().apply(forms, AS_OF, r -> true, cancelAfterLast))
                .isInstanceOf(CancelledException.class);

        assertThat(cancelAfterLast.latest()).isEqualTo(new Tracker.Step("work.step.recording", units.size(), units.size()));
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
        List<ReturnRow> recorded = context.progressExchange().apply(forms, AS_OF, r -> true);
        assertThat(recorded).filteredOn(r -> r.kind() == ReturnRow.Kind.APPLY).hasSize(units.size());
        assertThat(DatabaseFingerprint.of(context)).as("recorded when not cancelled").isNotEqualTo(before);
    }

    /** Each unit's form handed back with its first task reported done: one clean update per form. */
    private List<Path> completedFirstLines() throws Exception {
        List<Path> forms = context.progressExchange().exportForms(plan, units, out, VI);
        for (Path form : forms) {
            Workbooks.edit(form, ProgressForm.SHEET, sheet -> {
                XSSFRow first = sheet.getRow(ProgressForm.HEADER_ROW + 1);
                first.getCell(ProgressForm.STATUS).setCellValue("Đã hoàn thành");
                first.getCell(ProgressForm.COMPLETED_ON).setCellValue("18/11/2026");
            });
        }
        return forms;
    }
}

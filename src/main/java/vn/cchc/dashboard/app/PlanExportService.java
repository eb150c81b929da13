package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Store;

/**
 * A plan's tasks (as they stand on a day) and its whole progress history, as .xlsx (formatted) or .csv (UTF-8 with
 * a byte-order mark), chosen by the file's extension, in the user's language. Blocking: call it off the FX thread.
 */
public final class PlanExportService {

    private final Store store;
    private final ZoneId zone;

    public PlanExportService(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /** Every task with its state on {@code asOf}: the plan's columns, then status, percent and deadline category. */
    public void exportTasks(Plan plan, LocalDate asOf, Path file, Messages messages) {
        PlanSnapshot snapshot = snapshot(plan);
        Map<Long, Unit> units = units();
        Map<String, ReformArea> areas = snapshot.areas().stream().collect(Collectors.toMap(ReformArea::code, Function.identity()));
        boolean english = messages.language() == Language.EN;
        List<XlsxTable.Column> columns = TableExport.columns(messages, "field.code:10", "field.area:28", "field.title:60",
                "field.lead:30", "field.cooperation:36", "field.output:28", "field.deadline:20", "field.dueDate:14",
                "tasks.column.status:18", "tasks.column.percent:8", "export.column.completedOn:14",
                "export.column.category:26", "tasks.column.lastUpdate:14");
        List<List<Object>> rows = new ArrayList<>();
        for (TaskState state : snapshot.states(asOf)) {
            Task t = state.task();
            ReformArea area = areas.get(t.areaCode());
            rows.add(Arrays.asList(t.code(), area == null ? t.areaCode() : area.name(english), t.title(),
                    name(units, t.leadUnitId()), t.cooperationText(), t.expectedOutput(), t.deadlineText(), t.dueDate(),
                    messages.get("status." + state.status().name()), state.percent(), state.completedOn(),
                    messages.get("category." + state.category().name()), state.lastUpdate()));
        }
        TableExport.write(file, messages.get("export.sheet.tasks"), columns, rows);
    }

    /** Every update ever recorded, corrections and withdrawals included, in the order they were entered. */
    public void exportProgress(Plan plan, Path file, Messages messages) {
        PlanSnapshot snapshot = snapshot(plan);
        Map<Long, Task> tasks = snapshot.tasks().stream().collect(Collectors.toMap(Task::id, Function.identity()));
        List<XlsxTable.Column> columns = TableExport.columns(messages, "field.code:10", "field.title:50", "export.column.date:14",
                "tasks.column.status:18", "tasks.column.percent:8", "export.column.note:40", "export.column.evidence:24",
                "export.column.enteredBy:24", "export.column.enteredAt:18", "export.column.correction:22");
        Map<Long, ProgressUpdate> withTexts = store.updatesWithTexts(plan.id());
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressUpdate u : snapshot.updates().stream().map(u -> withTexts.getOrDefault(u.id(), u))
                .sorted(Comparator.comparing(ProgressUpdate::enteredAt).thenComparingLong(ProgressUpdate::id)).toList()) {
            Task t = tasks.get(u.taskId());
            String correction = u.withdrawal() ? messages.get("history.withdrawn")
                    : u.supersedesId() != null ? messages.get("export.correction") : null;
            rows.add(Arrays.asList(t == null ? null : t.code(), t == null ? null : t.title(), u.asOf(),
                    messages.get("status." + u.status().name()), u.percent(), u.note(), u.evidence(), u.enteredBy(),
                    LocalDateTime.ofInstant(u.enteredAt(), zone), correction));
        }
        TableExport.write(file, messages.get("export.sheet.progress"), columns, rows);
    }

    private PlanSnapshot snapshot(Plan plan) {
        return store.snapshot(plan.id()).orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title()));
    }

    private Map<Long, Unit> units() {
        return store.database().inTransaction(store.units()::findAll).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    private static String name(Map<Long, Unit> units, long id) {
        Unit unit = units.get(id);
        return unit == null ? String.valueOf(id) : unit.name();
    }
}

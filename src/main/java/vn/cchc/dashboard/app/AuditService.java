package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.cchc.dashboard.domain.AuditLine;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ProgressWording;
import vn.cchc.dashboard.store.Store;
import java.util.Arrays;

/** The audit log: who changed what in a plan, to read in the window or to hand over as a spreadsheet. */
public final class AuditService {

    /** More than a year of a busy office's changes; beyond that the log is read in parts. */
    public static final int LIMIT = 10_000;

    private final Store store;
    private final ZoneId zone;

    public AuditService(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /** The plan's trail, newest first. Blocking: call it off the FX thread. */
    public List<AuditLine> log(Plan plan) {
        return store.database().inTransaction(c -> store.audit().findByPlan(c, plan.id(), LIMIT));
    }

    /** Writes {@code lines} to an .xlsx file in the user's language; all of it or no file. */
    public void export(List<AuditLine> lines, Path file, Messages messages) {
        List<XlsxTable.Column> columns = List.of(
                new XlsxTable.Column(messages.get("audit.column.time"), 18),
                new XlsxTable.Column(messages.get("audit.column.user"), 24),
                new XlsxTable.Column(messages.get("audit.column.action"), 24),
                new XlsxTable.Column(messages.get("audit.column.task"), 10),
                new XlsxTable.Column(messages.get("audit.column.title"), 50),
                new XlsxTable.Column(messages.get("audit.column.field"), 20),
                new XlsxTable.Column(messages.get("audit.column.before"), 40),
                new XlsxTable.Column(messages.get("audit.column.after"), 40));
        List<List<Object>> rows = lines.stream().map(l -> Arrays.<Object>asList(
                LocalDateTime.ofInstant(l.entry().occurredAt(), zone), l.who(),
                messages.get("audit." + l.entry().action().name()), l.taskCode(), l.taskTitle(),
                fieldName(l.entry().field(), messages), before(l, messages), after(l, messages))).toList();
        TableExport.write(file, messages.get("audit.sheet"), columns, rows);
    }

    /** The value before the change, worded: for a progress correction, the update it took back. */
    public static String before(AuditLine line, Messages messages) {
        if (line.superseded() != null) {
            return ProgressWording.full(line.superseded(), messages);
        }
        return line.entry().oldValue();
    }

    /** The value after the change, worded: for progress, the update recorded (or "rút lại"). */
    public static String after(AuditLine line, Messages messages) {
        if (line.update() != null) {
            return line.update().withdrawal() ? messages.get("history.withdrawn")
                    : ProgressWording.full(line.update(), messages);
        }
        return line.entry().newValue();
    }

    /** "Thời hạn" for "deadline": the task form's own words for the field. */
    public static String fieldName(String field, Messages messages) {
        return field == null ? null : messages.get("field." + field);
    }
}

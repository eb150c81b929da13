package vn.cchc.dashboard.ui.tasks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchc.dashboard.app.AuditService;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskHistory;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ProgressWording;
import vn.cchc.dashboard.ui.tasks.TaskDetailViewModel.HistoryItem;

/**
 * A task's history as its timeline reads, newest first: each progress update (a withdrawal said as such; one later
 * corrected no longer offered for correction) and each change made to the task, with who entered it and when.
 * Updates and changes are kept apart by the store and meet only here.
 */
final class TaskTimeline {

    private TaskTimeline() {
    }

    static List<HistoryItem> of(TaskHistory loaded, ZoneId zone, Messages messages) {
        Formats f = messages.formats();
        record Dated(Instant at, HistoryItem item) {
        }
        List<Dated> items = new ArrayList<>();
        Set<Long> superseded = loaded.updates().stream().map(ProgressUpdate::supersedesId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        for (ProgressUpdate u : loaded.updates()) {
            String state = ProgressWording.state(u, messages);
            String what = u.withdrawal() ? messages.get("history.withdrawn") + " (" + state + ")" : state;
            String detail = String.join(" · ", Stream.of(u.evidence(), u.note())
                    .filter(Objects::nonNull).toList());
            items.add(new Dated(u.enteredAt(), new HistoryItem(f.date(u.asOf()), what, detail,
                    messages.format("history.entered", u.enteredBy(), Formats.DATE_TIME.format(u.enteredAt().atZone(zone))),
                    superseded.contains(u.id()) ? null : u)));
        }
        for (AuditEntry e : loaded.entries()) {
            if (e.updateId() == null) {
                String what = messages.get("audit." + e.action().name());
                String detail = e.field() == null ? "" : messages.format("history.fieldChange",
                        AuditService.fieldName(e.field(), messages),
                        e.oldValue() == null ? "" : e.oldValue(), e.newValue() == null ? "" : e.newValue());
                items.add(new Dated(e.occurredAt(), new HistoryItem(f.date(e.occurredAt().atZone(zone).toLocalDate()),
                        what, detail, messages.format("history.entered", e.user(), Formats.DATE_TIME.format(e.occurredAt().atZone(zone))),
                        null)));
            }
        }
        return items.stream().sorted(Comparator.comparing(Dated::at).reversed()).map(Dated::item).toList();
    }
}

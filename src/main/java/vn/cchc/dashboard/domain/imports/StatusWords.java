package vn.cchc.dashboard.domain.imports;

import java.util.Optional;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Text;

/**
 * Reads the status words of tracking workbooks: "Đã hoàn thành", "Hoàn thành (quá hạn)" → completed;
 * "Đang thực hiện", "Chưa hoàn thành", "Quá hạn" → in progress (not done; past its due date the summary counts it
 * overdue); "Chưa thực hiện", "Chưa triển khai" → not started.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /** The status {@code text} names, empty when it names none that is known. */
    public static Optional<TaskStatus> read(String text) {
        String t = Text.fold(text);
        if (t.matches(".*\\bchua (thuc hien|trien khai|bat dau|lam)\\b.*")) {
            return Optional.of(TaskStatus.NOT_STARTED);
        }
        if (t.matches(".*\\b(chua hoan thanh|dang (thuc hien|trien khai|lam|xay dung|hoan thien))\\b.*")) {
            return Optional.of(TaskStatus.IN_PROGRESS);
        }
        // "Hoàn thành quá hạn" is done, late; "Quá hạn" alone is not done.
        if (t.matches(".*\\bhoan thanh\\b.*") || t.equals("xong") || t.equals("da xong")) {
            return Optional.of(TaskStatus.COMPLETED);
        }
        if (t.matches(".*\\bqua han\\b.*")) {
            return Optional.of(TaskStatus.IN_PROGRESS);
        }
        return Optional.empty();
    }
}

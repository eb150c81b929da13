package vn.cchc.dashboard.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskStatus;

/**
 * A believable history for one generated task: most tasks done by their deadline, some late, some overdue or
 * silent, a few never started; in-progress reports spread over the task's active span, then the completion.
 */
final class BenchHistory {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String[] CLERKS = {"Nguyễn Thị Hạnh", "Trần Văn Nam", "Lê Thu Trang", "Phạm Minh Đức"};
    private static final String[] NOTES = {"Đang xây dựng dự thảo", "Đang lấy ý kiến các sở, ban, ngành",
            "Đã trình UBND tỉnh xem xét", "Đang tổng hợp, hoàn thiện hồ sơ", "Đang triển khai tại các đơn vị"};

    private final Random random;
    private final LocalDate horizon;
    /** Updates over the active span; 0: one a week. */
    private final int updatesPerTask;

    BenchHistory(Random random, LocalDate horizon, int updatesPerTask) {
        this.random = random;
        this.horizon = horizon;
        this.updatesPerTask = updatesPerTask;
    }

    List<ProgressUpdate> invent(long taskId, LocalDate due, boolean recurring) {
        LocalDate start = LocalDate.of(due.getYear(), 1, 5).plusDays(random.nextInt(20));
        double roll = random.nextDouble();
        if (roll < 0.04 || start.isAfter(horizon)) {
            return List.of();
        }
        LocalDate completed = null;
        LocalDate lastReport = horizon;
        if (!recurring && roll < 0.62) {
            completed = between(due.minusDays(60), due);
        } else if (!recurring && roll < 0.80) {
            completed = between(due.plusDays(1), due.plusDays(90));
        } else if (roll < 0.88) {
            lastReport = horizon.minusDays(70 + random.nextInt(80));
        }
        LocalDate end = completed != null && completed.isBefore(lastReport) ? completed : lastReport;
        if (end.isBefore(start)) {
            end = start;
        }
        long span = ChronoUnit.DAYS.between(start, end);
        int reports = updatesPerTask > 0 ? updatesPerTask - (completed != null && !completed.isAfter(horizon) ? 1 : 0)
                : (int) Math.max(1, span / 7);
        List<ProgressUpdate> result = new ArrayList<>(reports + 1);
        int percent = 0;
        for (int i = 0; i < reports; i++) {
            LocalDate day = start.plusDays(span * i / Math.max(1, reports));
            percent = Math.min(95, percent + 1 + random.nextInt(9));
            result.add(update(taskId, day, TaskStatus.IN_PROGRESS, percent, NOTES[random.nextInt(NOTES.length)], null));
        }
        if (completed != null && !completed.isAfter(horizon)) {
            result.add(update(taskId, completed, TaskStatus.COMPLETED, 100, "Đã hoàn thành",
                    (10 + random.nextInt(480)) + "/QĐ-UBND"));
        }
        return result;
    }

    private ProgressUpdate update(long taskId, LocalDate day, TaskStatus status, int percent, String note, String evidence) {
        Instant enteredAt = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(540))).toInstant(VIETNAM);
        return new ProgressUpdate(0, taskId, day, status, percent, note, evidence, CLERKS[random.nextInt(CLERKS.length)],
                enteredAt, null);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }
}

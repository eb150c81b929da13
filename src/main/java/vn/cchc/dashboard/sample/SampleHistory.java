package vn.cchc.dashboard.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;

/**
 * Invents a believable progress history for one sample task up to a horizon day: most tasks due by then
 * were done on time, some late, some are overdue; some not yet due are under way, some untouched, and a
 * few have had no update for months. Deterministic for a given {@link Random}.
 */
final class SampleHistory {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final List<String> CLERKS = List.of(
            "Nguyễn Thị Hạnh", "Trần Văn Nam", "Lê Thu Trang", "Phạm Minh Đức", "Hoàng Thị Mai");
    private static final List<String> WORKING_NOTES = List.of(
            "Đang xây dựng dự thảo", "Đang lấy ý kiến các sở, ban, ngành", "Đã trình UBND tỉnh xem xét",
            "Đang tổng hợp, hoàn thiện hồ sơ", "Chờ hướng dẫn của bộ, ngành Trung ương",
            "Đang triển khai tại các đơn vị", "Đã tổ chức hội nghị triển khai", "Đang thẩm định dự thảo");
    private static final List<String> DONE_NOTES = List.of(
            "Đã hoàn thành", "Đã ban hành văn bản", "Đã báo cáo UBND tỉnh", "Đã triển khai xong");
    private static final String CARRIED_OUT = "Đã thực hiện trong kỳ";
    private static final List<String> EVIDENCE_KINDS = List.of("QĐ-UBND", "KH-UBND", "BC-UBND", "CV-SNV", "TB-UBND");

    private final Random random;
    private final Instant now;

    SampleHistory(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    /** Updates for {@code task} from {@code start} up to {@code horizon} (ids left as 0). */
    List<ProgressUpdate> invent(Task task, LocalDate start, LocalDate horizon) {
        if (horizon.isBefore(start)) {
            return List.of();
        }
        // A task without a fixed deadline is invented a history as if due at its year's end.
        LocalDate due = task.hasNoFixedDeadline() ? LocalDate.of(start.getYear(), 12, 31) : task.dueDate();
        double roll = random.nextDouble();
        if (task.recurring()) {
            List<ProgressUpdate> run = updates(task, start, horizon, null,
                    horizon.isAfter(due) && roll < 0.6 ? due.minusDays(10) : null);
            return roll < 0.6 ? carriedOutEachHalf(task, run, horizon) : run;
        }
        if (!due.isAfter(horizon)) {
            if (roll < 0.58) {
                return updates(task, start, horizon, null, between(later(start, due.minusDays(75)), due));
            }
            if (roll < 0.78) {
                return updates(task, start, horizon, null, between(due.plusDays(1), earlier(horizon, due.plusDays(100))));
            }
            if (roll < 0.9) {
                return updates(task, start, horizon, staleFrom(horizon), null);
            }
            return roll < 0.95 ? updates(task, start, horizon, null, null) : List.of();
        }
        if (roll < 0.18) {
            return updates(task, start, horizon, null, between(start, horizon));
        }
        if (roll < 0.68) {
            return updates(task, start, horizon, roll < 0.26 ? staleFrom(horizon) : null, null);
        }
        return List.of();
    }

    /**
     * A run of in-progress reports every few weeks, then a completion on {@code completedOn} (if any),
     * stopping early at {@code silentFrom} for a task that nobody has updated for a long time.
     */
    private List<ProgressUpdate> updates(Task task, LocalDate start, LocalDate horizon, LocalDate silentFrom,
                                         LocalDate completedOn) {
        List<ProgressUpdate> result = new ArrayList<>();
        LocalDate end = completedOn != null ? earlier(completedOn, horizon) : horizon;
        LocalDate stop = silentFrom != null ? earlier(silentFrom, end) : end;
        LocalDate day = start.plusDays(random.nextInt(40));
        int percent = 0;
        while (day.isBefore(stop)) {
            percent = Math.min(90, percent + 10 + random.nextInt(25));
            result.add(update(task, day, TaskStatus.IN_PROGRESS, percent, pick(WORKING_NOTES), null));
            day = day.plusDays(21 + random.nextInt(35));
        }
        if (completedOn != null && !completedOn.isAfter(horizon)) {
            String evidence = (10 + random.nextInt(480)) + "/" + pick(EVIDENCE_KINDS);
            result.add(update(task, completedOn, TaskStatus.COMPLETED, 100, pick(DONE_NOTES), evidence));
        }
        return result;
    }

    /**
     * A recurring task is reported carried out in each half of its year, before the cut-offs of 14/6 and 14/12 — the
     * rule that counts it done for the period. Drawn without the random source, so that every other sample figure
     * stays as it was.
     */
    private List<ProgressUpdate> carriedOutEachHalf(Task task, List<ProgressUpdate> run, LocalDate horizon) {
        List<ProgressUpdate> all = new ArrayList<>(run);
        int year = task.dueDate().getYear();
        for (LocalDate day : List.of(LocalDate.of(year, 6, 10), LocalDate.of(year, 12, 5))) {
            if (!day.isAfter(horizon)) {
                Instant enteredAt = day.atTime(LocalTime.of(9, 30)).toInstant(VIETNAM);
                all.add(new ProgressUpdate(0, task.id(), day, TaskStatus.COMPLETED, 100, CARRIED_OUT, null,
                        CLERKS.get(0), enteredAt.isAfter(now) ? now : enteredAt, null));
            }
        }
        all.sort(Comparator.comparing(ProgressUpdate::asOf));
        return all;
    }

    private ProgressUpdate update(Task task, LocalDate day, TaskStatus status, int percent, String note,
                                  String evidence) {
        Instant enteredAt = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(540))).toInstant(VIETNAM);
        if (enteredAt.isAfter(now)) {
            enteredAt = now;
        }
        return new ProgressUpdate(0, task.id(), day, status, percent, note, evidence, pick(CLERKS), enteredAt, null);
    }

    private LocalDate staleFrom(LocalDate horizon) {
        return horizon.minusDays(75 + random.nextInt(90));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}

package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSnapshotTest {

    static final Plan PLAN = new Plan(1, 2023, "Kế hoạch CCHC năm 2023", "12/KH-UBND", LocalDate.of(2022, 12, 19),
            PlanScope.PROVINCE, "NQ76", false, false);
    static final ReformArea CDDH = new ReformArea("NQ76", "CDDH", "Công tác chỉ đạo, điều hành", "Direction", 1);
    static final ReformArea TTHC = new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Procedures", 3);
    static final ReformArea TC = new ReformArea("NQ76", "TC", "Cải cách thể chế", "Institutions", 2);
    static final Unit NOI_VU = new Unit(10, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit DAN_TOC = new Unit(11, "Ban Dân tộc", null, UnitKind.BOARD, null, LocalDate.of(2025, 2, 28), null);
    static final Unit XA = new Unit(12, "UBND xã Ứng Hòa", null, UnitKind.COMMUNE, null, null, null);

    static Task task(long id, String area, long lead, String due, boolean recurring) {
        return new Task(id, 1, "X." + id, area, "Nhiệm vụ " + id, lead, List.of(), null, null, due,
                LocalDate.parse(due), recurring, (int) id);
    }

    static ProgressUpdate done(long taskId, String date) {
        return new ProgressUpdate(taskId * 10, taskId, LocalDate.parse(date), TaskStatus.COMPLETED, 100, null,
                "1/QĐ-UBND", "Chuyên viên", Instant.parse(date + "T02:00:00Z"), null);
    }

    static ProgressUpdate working(long taskId, String date) {
        return new ProgressUpdate(taskId * 10 + 1, taskId, LocalDate.parse(date), TaskStatus.IN_PROGRESS, 40, null,
                null, "Chuyên viên", Instant.parse(date + "T02:00:00Z"), null);
    }

    final PlanSnapshot snapshot = new PlanSnapshot(PLAN, List.of(TTHC, CDDH, TC), List.of(NOI_VU, DAN_TOC, XA),
            List.of(task(1, "CDDH", 10, "2023-03-31", false),
                    task(2, "CDDH", 10, "2023-06-30", false),
                    task(3, "TTHC", 11, "2023-06-30", false),
                    task(4, "TTHC", 12, "2023-09-30", false),
                    task(5, "CDDH", 10, "2023-12-31", true),
                    task(6, "TTHC", 12, "2023-05-31", false)),
            List.of(done(1, "2023-03-20"), done(2, "2023-07-10"), working(3, "2023-04-01"), working(4, "2023-05-01"),
                    done(6, "2023-06-20")));

    @Test
    void summaryCountsEveryTaskInExactlyOneCategory() {
        ProgressCount overall = snapshot.summarize(LocalDate.of(2023, 7, 15)).overall();
        assertThat(overall.planned()).isEqualTo(6);
        assertThat(overall.completed()).isEqualTo(3);
        assertThat(overall.percent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(overall.count(DeadlineCategory.COMPLETED_ON_TIME)).isEqualTo(1);
        assertThat(overall.count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(2);
        assertThat(overall.count(DeadlineCategory.OVERDUE)).isEqualTo(1);
        assertThat(overall.count(DeadlineCategory.IN_PROGRESS)).isEqualTo(1);
        assertThat(overall.count(DeadlineCategory.NOT_STARTED)).isZero();
        assertThat(overall.count(DeadlineCategory.RECURRING)).isEqualTo(1);
        assertThat(overall.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(overall.planned());
    }

    @Test
    void theSameSnapshotAnswersForAnyDay() {
        PlanSummary early = snapshot.summarize(LocalDate.of(2023, 3, 1));
        assertThat(early.overall().completed()).isZero();
        assertThat(early.overall().count(DeadlineCategory.NOT_STARTED)).isEqualTo(5);
        assertThat(early.dataDate()).isNull();
        assertThat(snapshot.summarize(LocalDate.of(2023, 6, 25)).dataDate()).isEqualTo(LocalDate.of(2023, 6, 20));
    }

    /** The count a curve asks about a day is the summary's, worked out once and handed out again. */
    @Test
    void aDaysCountIsTheSummarysAndIsKept() {
        for (LocalDate day : List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 25), LocalDate.of(2023, 12, 31))) {
            assertThat(snapshot.count(day)).isEqualTo(snapshot.summarize(day).overall())
                    .isSameAs(snapshot.count(day));
        }
    }

    @Test
    void areasFollowTheProgrammeOrderAndIncludeAreasWithoutTasks() {
        PlanSummary summary = snapshot.summarize(LocalDate.of(2023, 7, 15));
        assertThat(summary.byArea()).extracting(a -> a.area().code()).containsExactly("CDDH", "TC", "TTHC");
        assertThat(summary.byArea().get(1).count().planned()).isZero();
        assertThat(summary.byArea().get(0).count().completed()).isEqualTo(2);
        assertThat(summary.byArea().get(0).count().planned()).isEqualTo(3);
    }

    @Test
    void unitsAreListedInVietnameseAlphabeticalOrderWithTheirOwnFigures() {
        PlanSummary summary = snapshot.summarize(LocalDate.of(2023, 7, 15));
        assertThat(summary.byUnit()).extracting(u -> u.unit().name())
                .containsExactly("Ban Dân tộc", "Sở Nội vụ", "UBND xã Ứng Hòa");
        UnitProgress xa = summary.byUnit().get(2);
        assertThat(xa.count().planned()).isEqualTo(2);
        assertThat(xa.count().percent()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void anEmptyPlanHasZeroPercentNotAnError() {
        PlanSnapshot empty = new PlanSnapshot(PLAN, List.of(CDDH), List.of(), List.of(), List.of());
        PlanSummary summary = empty.summarize(LocalDate.of(2023, 7, 15));
        assertThat(summary.overall().planned()).isZero();
        assertThat(summary.overall().percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(summary.byUnit()).isEmpty();
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * Two users recording progress on the same task from the same starting point: the second is told, never
 * silently overruled. On PostgreSQL the two users are two application contexts (two computers) on one server;
 * on H2 two windows of one application.
 */
@Tag(TestDatabase.TAG)
class ConcurrentProgressTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    AppContext first;
    AppContext second;
    Plan plan;
    Task task;

    @BeforeEach
    void open() {
        first = db.openContext(folder.resolve("may-1"), TestClock.today(), true);
        first.settings().setUserName("Nguyễn Thị Hạnh");
        second = db.server().isPresent() ? db.openContext(folder.resolve("may-2"), TestClock.today(), false) : first;
        plan = first.plans().planFor(2026);
        task = first.plans().snapshot(plan).tasks().get(0);
    }

    @AfterEach
    void close() {
        if (second != first) {
            second.close();
        }
        first.close();
    }

    Map<Long, Long> seenBy(AppContext client) {
        return client.plans().snapshot(client.plans().planFor(2026)).latestUpdateIds(List.of(task.id()));
    }

    static ProgressDraft draft(int percent) {
        return new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, percent, "cập nhật " + percent, null);
    }

    @Test
    void theSecondOfTwoUpdatesFromTheSameStartIsRefusedWithASentenceAndTheFirstStays() {
        Map<Long, Long> seenByFirst = seenBy(first);
        Map<Long, Long> seenBySecond = seenBy(second);
        int before = first.tasks().history(task.id()).updates().size();

        ProgressUpdate saved = first.tasks().recordProgress(List.of(task.id()), draft(40), seenByFirst).get(0);

        assertThatThrownBy(() -> second.tasks().recordProgress(List.of(task.id()), draft(70), seenBySecond))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.progress.changedElsewhere");
                    assertThat(e.localized(Messages.of(Language.VI))).startsWith("Nhiệm vụ " + task.code()
                            + " vừa được người khác cập nhật tiến độ; cập nhật của bạn chưa được lưu.");
                });
        List<ProgressUpdate> history = second.tasks().history(task.id()).updates();
        assertThat(history).hasSize(before + 1).last().isEqualTo(saved);

        ProgressUpdate afterLooking = second.tasks().recordProgress(List.of(task.id()), draft(70), seenBy(second)).get(0);
        assertThat(second.tasks().history(task.id()).updates()).last().isEqualTo(afterLooking);
    }

    @Test
    void twoUpdatesRacingFromTheSameStartNeverBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Map<Long, Long> seen = seenBy(first);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (AppContext client : List.of(first, second)) {
                    int percent = 10 + round;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            client.tasks().recordProgress(List.of(task.id()), draft(percent), seen);
                            return "saved";
                        } catch (AppException e) {
                            return e.messageKey();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as("round " + round).containsExactlyInAnyOrder("saved", "error.progress.changedElsewhere");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.tasks().history(task.id()).updates()).filteredOn(u -> u.enteredAt() != null)
                .filteredOn(u -> u.note() != null && u.note().startsWith("cập nhật")).hasSize(10);
    }

    @Test
    void twoCorrectionsOfTheSameUpdateNeverBothSucceed() {
        ProgressUpdate recorded = first.tasks().recordProgress(List.of(task.id()), draft(30), seenBy(first)).get(0);
        first.tasks().correctProgress(recorded.id(), draft(35));
        assertThatThrownBy(() -> second.tasks().correctProgress(recorded.id(), draft(36)))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.progress.alreadyWithdrawn"));
    }
}

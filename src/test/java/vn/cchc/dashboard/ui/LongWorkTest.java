package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Tracker;

/** Long work through the background doorway: its tracker while it runs, and a cancel that really stops it. */
class LongWorkTest {

    final QueuedBackground background = new QueuedBackground();
    final LongWork longWork = new LongWork(background);
    final List<Object> results = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();

    @Test
    void theTrackerIsHeldFromTheStartUntilTheResultArrives() {
        longWork.start(progress -> {
            progress.step("work.step.writingTasks", 1, 1);
            return "done";
        }, results::add, failures::add);
        Tracker running = longWork.running().get();
        assertThat(running).isNotNull();

        background.runAll();

        assertThat(results).containsExactly("done");
        assertThat(longWork.running().get()).isNull();
        assertThat(running.latest()).isEqualTo(new Tracker.Step("work.step.writingTasks", 1, 1));
    }

    @Test
    void workCancelledBeforeItStartsNeverRuns() {
        AtomicInteger ran = new AtomicInteger();
        longWork.start(progress -> ran.incrementAndGet(), results::add, failures::add);

        longWork.cancel();
        background.runAll();

        assertThat(ran).hasValue(0);
        assertThat(failures).singleElement().isInstanceOf(CancelledException.class)
                .matches(LongWork::cancelled);
        assertThat(longWork.running().get()).isNull();
    }

    @Test
    void workCancelledMidwayStopsAtItsNextStep() {
        AtomicInteger rows = new AtomicInteger();
        longWork.start(progress -> {
            for (int row = 1; row <= 100; row++) {
                progress.step("work.step.readingRows", row, 0);
                rows.incrementAndGet();
                if (row == 10) {
                    longWork.cancel(); // as the cancel button would, from the other thread
                }
            }
            return "read";
        }, results::add, failures::add);

        background.runAll();

        assertThat(rows).hasValue(10);
        assertThat(results).isEmpty();
        assertThat(failures).singleElement().isInstanceOf(CancelledException.class);
    }

    @Test
    void aCancelIsToldCalmlyNotAsAnError() {
        assertThat(ErrorText.of(new CancelledException(), vn.cchc.dashboard.i18n.Messages.of(vn.cchc.dashboard.i18n.Language.VI)))
                .isEqualTo("Đã huỷ – không có thay đổi nào được lưu.");
    }
}

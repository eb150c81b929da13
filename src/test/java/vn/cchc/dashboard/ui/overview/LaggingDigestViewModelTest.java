package vn.cchc.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.units.LaggingViewModel;
import vn.cchc.dashboard.ui.QueuedBackground;

/**
 * Who is behind, up front: the overview names the units the Đơn vị list ranks, in its order and with its reasons, for
 * the plan and day the overview shows; where nobody is behind, or nothing was due yet, it says so plainly.
 */
class LaggingDigestViewModelTest {

    static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path folder;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final SimpleObjectProperty<LaggingPolicy> policy = new SimpleObjectProperty<>(LaggingPolicy.DEFAULT);
    final SimpleObjectProperty<Overview> overview = new SimpleObjectProperty<>();
    final AtomicInteger listsOpened = new AtomicInteger();
    final List<Long> unitsOpened = new ArrayList<>();
    LaggingDigestViewModel digest;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        digest = new LaggingDigestViewModel(context.plans(), context.settings()::laggingRolledUp, policy, overview,
                background, VI, listsOpened::incrementAndGet, unitsOpened::add);
    }

    @AfterEach
    void close() {
        digest.dispose();
        context.close();
    }

    private void show(int year, LocalDate day) {
        Plan plan = context.plans().planFor(year);
        overview.set(context.plans().overview(plan, day, null, 60, policy.get()));
    }

    @Test
    void namesTheUnitsTheLaggingListRanksInItsOrderWithItsReasons() {
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.LOADING);
        show(2026, TestClock.TODAY);
        background.runAll();

        Plan plan = context.plans().planFor(2026);
        LaggingViewModel list = new LaggingViewModel(context.plans(), context.settings(), background, VI,
                new LaggingViewModel.Inputs(new SimpleObjectProperty<>(plan), new SimpleObjectProperty<>(TestClock.TODAY),
                        new SimpleObjectProperty<>(), policy, new SimpleIntegerProperty(60)), id -> { }, id -> { });
        background.runAll();
        List<LaggingViewModel.Row> lagging = list.rows().stream().filter(LaggingViewModel.Row::lagging).toList();

        assertThat(lagging).hasSizeGreaterThan(5);
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.LAGGING);
        assertThat(digest.lines()).extracting(LaggingDigestViewModel.Line::unit)
                .containsExactlyElementsOf(lagging.stream().map(LaggingViewModel.Row::unit).toList());
        assertThat(digest.lines()).extracting(LaggingDigestViewModel.Line::rank)
                .containsExactlyElementsOf(lagging.stream().map(LaggingViewModel.Row::rank).toList());
        for (int i = 0; i < lagging.size(); i++) {
            String predicate = digest.lines().get(i).predicate();
            assertThat(lagging.get(i).reasons()).as("the list's reasons, the same words")
                    .startsWith(predicate.substring(0, 1).toUpperCase(Locale.ROOT) + predicate.substring(1));
        }
        assertThat(digest.lines().get(0).sentence()).startsWith(lagging.get(0).unit() + " còn ")
                .endsWith(".");
        assertThat(digest.status().get()).isEqualTo(lagging.size() + " trong số " + list.rows().size()
                + " đơn vị chậm tiến độ, tính đến ngày 23/11/2026");
        assertThat(digest.more(5)).isEqualTo("và " + (lagging.size() - 5) + " đơn vị khác chậm tiến độ");
        assertThat(digest.more(lagging.size())).isEmpty();

        digest.openList();
        digest.open(digest.lines().get(0));
        assertThat(listsOpened).hasValue(1);
        assertThat(unitsOpened).containsExactly(lagging.get(0).unitId());
        list.dispose();
    }

    @Test
    void whenNothingWasDueYetNobodyIsCalledLate() {
        show(2025, LocalDate.of(2025, 1, 3));
        background.runAll();
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.NOTHING_DUE);
        assertThat(digest.lines()).isEmpty();
        assertThat(digest.status().get()).isEqualTo("Tính đến ngày 03/01/2025 chưa có nhiệm vụ nào đến hạn, nên chưa"
                + " đơn vị nào bị đánh giá chậm tiến độ.");
    }

    @Test
    void whenNobodyIsBehindItSaysSoPlainly() {
        policy.set(new LaggingPolicy(100, 101, 100, 101, 3, 1, 1, 2, 2));
        show(2026, TestClock.TODAY);
        background.runAll();
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.NONE_LAGGING);
        assertThat(digest.lines()).isEmpty();
        assertThat(digest.status().get()).isEqualTo("Chưa có đơn vị chậm tiến độ tính đến ngày 23/11/2026.");
    }

    @Test
    void followsThePlanAndDayTheOverviewShowsAndASlowAnswerNeverOverwritesANewerOne() {
        show(2026, TestClock.TODAY);
        show(2025, LocalDate.of(2025, 1, 3));
        background.runLast();
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.NOTHING_DUE);
        background.runAll(); // the older request for 2026 answers late
        assertThat(digest.state().get()).isEqualTo(LaggingDigestViewModel.State.NOTHING_DUE);

        digest.dispose();
        show(2026, TestClock.TODAY);
        background.runAll();
        assertThat(digest.state().get()).as("a disposed digest no longer follows").isEqualTo(
                LaggingDigestViewModel.State.NOTHING_DUE);
    }
}

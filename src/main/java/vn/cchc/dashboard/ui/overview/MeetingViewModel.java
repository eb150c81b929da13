package vn.cchc.dashboard.ui.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * The meeting, page by page: the headline with its tiles and the cumulative chart; who is behind; one page per reform
 * area with its figures and the tasks holding it back; the charts comparing areas and years. Every figure comes from
 * the shell's overview (the lagging page from the lagging digest), so the pages say what Tổng quan says. The arrow
 * keys move through the pages.
 */
public final class MeetingViewModel {

    /** One page of the meeting. */
    public sealed interface Page permits HeadlinePage, BehindPage, AreaPage, ChartPage {
        String title();
    }

    /** The headline, the tiles and the cumulative chart: the overview's own view model says them. */
    public record HeadlinePage(String title, ChartKind chart) implements Page {
    }

    /** Who is behind: the lagging digest says it. */
    public record BehindPage(String title) implements Page {
    }

    /**
     * One reform area.
     *
     * @param kicker   "Lĩnh vực 3/7"
     * @param headline "12/18 nhiệm vụ, đạt 66,67% so với kế hoạch năm", as the plan's headline is said
     * @param segments the area's tasks by deadline category, in the categories' order, the empty ones left out
     * @param note     what there is not ("Không có nhiệm vụ quá hạn chưa hoàn thành."), or empty
     * @param lists    the overdue tasks, longest overdue first, then those falling due within 30 days, soonest
     *                 first; a list only where it has tasks
     */
    public record AreaPage(String title, String code, String kicker, String percent, String headline, double fraction,
                           List<Segment> segments, String note, List<TaskList> lists) implements Page {

        public AreaPage {
            segments = List.copyOf(segments);
            lists = List.copyOf(lists);
        }
    }

    /** Tasks under a heading: "Nhiệm vụ quá hạn chưa hoàn thành (3)". */
    public record TaskList(String title, List<TaskLine> tasks) {

        public TaskList {
            tasks = List.copyOf(tasks);
        }
    }

    /** One chart, as large as the page. */
    public record ChartPage(String title, ChartKind chart) implements Page {
    }

    /**
     * A share of an area's tasks in one deadline category.
     *
     * @param style the category's style suffix (its colour): "overdue", "completed-on-time", …
     */
    public record Segment(DeadlineCategory category, String style, String label, String count, double fraction) {
    }

    /**
     * A task as a meeting reads it.
     *
     * @param heading "Sở Tư pháp · hạn 30/06/2026 · quá hạn 160 ngày"
     * @param title   "II.3 Rà soát, đánh giá …"
     * @param overdue past its due date and not done (else falling due soon)
     */
    public record TaskLine(long taskId, String heading, String title, boolean overdue) {
    }

    private final Messages messages;
    private final ObservableValue<Overview> overview;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", 0);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    public MeetingViewModel(ObservableValue<Overview> overview, Messages messages) {
        this.overview = overview;
        this.messages = messages;
        subscriptions.follow(overview, this::show);
        current.addListener((obs, old, now) -> showPosition());
    }

    private void show(Overview shown) {
        List<Page> next = new ArrayList<>();
        next.add(new HeadlinePage(messages.get("meeting.page.headline"), ChartKind.PROGRESS_OVER_TIME));
        next.add(new BehindPage(messages.get("behind.title")));
        if (shown != null) {
            List<AreaProgress> areas = shown.summary().byArea().stream().filter(a -> a.count().planned() > 0).toList();
            Map<Long, String> units = shown.snapshot().units().stream()
                    .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
            for (int i = 0; i < areas.size(); i++) {
                next.add(area(areas.get(i), i + 1, areas.size(), shown, units));
            }
            // The areas side by side, and this year against the last (the status of all tasks without a last year).
            next.add(new ChartPage(messages.get(ChartKind.AREA_PROGRESS.titleKey()), ChartKind.AREA_PROGRESS));
            ChartKind then = shown.previous() == null ? ChartKind.STATUS_DONUT : ChartKind.YEAR_OVER_YEAR;
            next.add(new ChartPage(messages.get(then.titleKey()), then));
        }
        // The page stays where the meeting was when the figures change (another day chosen, a progress update).
        String before = pages.isEmpty() ? null : pageKey(pages.get(current.get()));
        pages.setAll(next);
        int same = before == null ? -1 : indexOf(before);
        current.set(same >= 0 ? same : Math.min(current.get(), pages.size() - 1));
        showPosition();
    }

    private AreaPage area(AreaProgress progress, int number, int count, Overview shown, Map<Long, String> units) {
        Formats f = messages.formats();
        ProgressCount c = progress.count();
        String code = progress.area().code();
        String name = progress.area().name(messages.language() == Language.EN);
        List<Segment> segments = new ArrayList<>();
        for (DeadlineCategory category : DeadlineCategory.values()) {
            int n = c.count(category);
            if (n > 0) {
                // Recurring tasks count as done once carried out: say how many were, so that the ratio adds up.
                String label = category == DeadlineCategory.RECURRING
                        ? messages.format("meeting.area.recurring", f.count(c.recurringDone()))
                        : messages.get("category." + category.name());
                segments.add(new Segment(category, category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        label, f.count(n), (double) n / c.planned()));
            }
        }
        List<TaskState> inArea = shown.states().stream().filter(s -> s.task().areaCode().equals(code)).toList();
        List<TaskState> overdue = inArea.stream().filter(s -> s.category() == DeadlineCategory.OVERDUE)
                .sorted(Comparator.comparingLong(TaskState::daysOverdue).reversed()
                        .thenComparing(s -> s.task().sortOrder())).toList();
        List<TaskState> dueSoon = inArea.stream().filter(s -> TaskSelection.DUE_SOON.includes(s, shown.staleDays()))
                .sorted(Comparator.comparing((TaskState s) -> s.task().dueDate())
                        .thenComparing(s -> s.task().sortOrder())).toList();
        Function<TaskState, TaskLine> line = s -> taskLine(s, units, f);
        List<TaskList> lists = new ArrayList<>();
        if (!overdue.isEmpty()) {
            lists.add(new TaskList(messages.format("meeting.area.overdue", f.count(overdue.size())),
                    overdue.stream().map(line).toList()));
        }
        if (!dueSoon.isEmpty()) {
            lists.add(new TaskList(messages.format("meeting.area.dueSoon", f.count(TaskSelection.DUE_SOON_DAYS),
                    f.count(dueSoon.size())), dueSoon.stream().map(line).toList()));
        }
        String note = !overdue.isEmpty() ? "" : messages.get(dueSoon.isEmpty() ? "meeting.area.nothingPressing"
                : "meeting.area.noOverdue");
        return new AreaPage(name, code, messages.format("meeting.area.kicker", f.count(number), f.count(count)),
                f.percent(c.percent()), messages.format("summary.headline", f.ratio(c.completed(), c.planned()),
                f.percent(c.percent())), c.planned() == 0 ? 0 : (double) c.completed() / c.planned(), segments, note,
                lists);
    }

    private TaskLine taskLine(TaskState state, Map<Long, String> units, Formats f) {
        String lead = units.getOrDefault(state.task().leadUnitId(), "");
        LocalDate due = state.task().dueDate();
        String heading = state.category() == DeadlineCategory.OVERDUE
                ? messages.format("meeting.task.overdue", lead, f.date(due), f.count(state.daysOverdue()))
                : messages.format("meeting.task.due", lead, f.date(due));
        return new TaskLine(state.task().id(), heading, state.task().code() + " " + state.task().title(),
                state.category() == DeadlineCategory.OVERDUE);
    }

    /** What keeps a page the same page when the figures change: its kind, and an area's code. */
    private static String pageKey(Page page) {
        return page instanceof AreaPage area ? "area:" + area.code()
                : page instanceof ChartPage chart ? "chart:" + chart.chart() : page.getClass().getSimpleName();
    }

    private int indexOf(String key) {
        for (int i = 0; i < pages.size(); i++) {
            if (pageKey(pages.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void showPosition() {
        position.set(pages.isEmpty() ? "" : messages.format("meeting.position", f().count(current.get() + 1L),
                f().count(pages.size())));
    }

    private Formats f() {
        return messages.formats();
    }

    public void next() {
        go(current.get() + 1);
    }

    public void previous() {
        go(current.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(pages.size() - 1);
    }

    private void go(int page) {
        current.set(Math.max(0, Math.min(page, pages.size() - 1)));
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty current() {
        return current.getReadOnlyProperty();
    }

    /** "2/10": where the meeting is. */
    public ReadOnlyStringProperty position() {
        return position.getReadOnlyProperty();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

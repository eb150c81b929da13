package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import vn.cchc.dashboard.chart.TableImage;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;

/** The lagging list for the meeting: a spreadsheet of every ranked unit, or a picture of those behind for a slide. */
public final class LaggingExport {

    /** A slide holds this many rows legibly. */
    public static final int SLIDE_ROWS = 12;

    private LaggingExport() {
    }

    /** Every ranked unit with its figures and reasons, in the user's language; all of it or no file. */
    public static void xlsx(LaggingList list, Path file, Messages messages) {
        List<XlsxTable.Column> columns = List.of(column("rank", 8, messages), column("unit", 40, messages),
                column("completed", 12, messages), column("planned", 12, messages), column("percent", 12, messages),
                column("due", 12, messages), column("dueCompleted", 14, messages),
                column("overdue", 10, messages), column("late", 12, messages), column("stale", 14, messages),
                column("score", 10, messages), column("verdict", 16, messages), column("reasons", 90, messages));
        List<List<Object>> rows = list.units().stream().map(u -> Arrays.<Object>asList(u.lagging() ? u.rank() : null,
                u.unit().name(), u.completed(), u.planned(), u.percent(), u.due(), u.dueCompleted(), u.overdue(),
                u.late(), u.stale(), u.lagging() ? u.score() : null, LaggingWording.verdict(u, messages),
                LaggingWording.cell(u, messages))).toList();
        AppException.writing(file, () -> XlsxTable.write(file, messages.get("lagging.sheet"), columns, rows));
    }

    /**
     * The units behind schedule (at most {@link #SLIDE_ROWS}, the furthest behind first) as a PNG for a slide,
     * titled with the plan and dated; all of it or no file.
     */
    public static void png(LaggingList list, String planTitle, Path file, Messages messages) {
        Formats f = messages.formats();
        List<LaggingUnit> behind = list.units().stream().filter(LaggingUnit::lagging).limit(SLIDE_ROWS).toList();
        List<TableImage.Row> rows = behind.stream().map(u -> new TableImage.Row(List.of(
                u.rank() + (u.tied() ? "=" : ""), u.unit().name(), f.ratio(u.dueCompleted(), u.due()), f.decimal(u.score()),
                String.join("; ", LaggingWording.reasons(u, messages))), true)).toList();
        String subtitle = messages.format("lagging.image.subtitle", planTitle, f.date(list.asOf()),
                list.indicatorPeriod() == null ? messages.get("lagging.noIndicators")
                        : messages.format("lagging.indicatorPeriod", PeriodWording.name(list.indicatorPeriod(), messages)));
        long lagging = list.units().stream().filter(LaggingUnit::lagging).count();
        if (lagging > behind.size()) {
            subtitle += " · " + messages.format("lagging.image.top", f.count(behind.size()));
        }
        TableImage image = new TableImage(messages.format("lagging.image.title", f.count(lagging),
                f.count(list.units().size())), subtitle,
                List.of(messages.get("lagging.column.rank"), messages.get("lagging.column.unit"),
                        messages.get("lagging.column.dueTasks"), messages.get("lagging.column.score"),
                        messages.get("lagging.column.reasons")),
                new double[] {0.06, 0.26, 0.1, 0.08, 0.5}, rows);
        AppException.writing(file, () -> image.writePng(file));
    }

    private static XlsxTable.Column column(String name, int width, Messages messages) {
        return new XlsxTable.Column(messages.get("lagging.column." + name), width);
    }
}

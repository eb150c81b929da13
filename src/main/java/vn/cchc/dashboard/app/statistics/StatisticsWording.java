package vn.cchc.dashboard.app.statistics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;

/** The sentences about units' statistics, the same on the command line and in the window. */
public final class StatisticsWording {

    private StatisticsWording() {
    }

    /** "14/21 đơn vị đã gửi số liệu 6 tháng đầu năm 2026". */
    public static String statusLine(StatisticsStatus status, ReportPeriod period, Messages messages) {
        Formats f = messages.formats();
        return messages.format("statistics.status.line", f.count(status.sent().size()), f.count(status.expected()),
                PeriodWording.name(period, messages));
    }

    /** "trong đó 1 đơn vị gửi sau hạn 20/06/2026", or empty when none was late. */
    public static String lateLine(StatisticsStatus status, ReportPeriod period, Messages messages) {
        return status.late() == 0 ? "" : messages.format("statistics.status.late", messages.formats().count(status.late()),
                messages.formats().date(period.reportDue()));
    }

    /** One line per unit that sent figures: the file and when it was recorded, late or not. */
    public static List<String> sentLines(StatisticsStatus status, ZoneId zone, Messages messages) {
        return status.sent().stream().map(s -> messages.format("statistics.status.sentLine", s.unit().name(),
                s.current().sourceFile(), messages.formats().dateTime(LocalDateTime.ofInstant(s.current().receivedAt(), zone)),
                s.current().late() ? messages.get("statistics.status.lateMark") : "")).toList();
    }

    /** One line per unit whose current figures lack required items (items made required after they were sent). */
    public static List<String> gapLines(StatisticsStatus status, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (StatisticsStatus.Sent sent : status.sent()) {
            if (!sent.requiredMissing().isEmpty()) {
                lines.add(messages.format("statistics.status.requiredMissing", sent.unit().name(),
                        sent.requiredMissing().stream().map(StatisticItem::label).collect(Collectors.joining("; "))));
            }
        }
        return lines;
    }

    public static String outcome(StatisticsOutcome outcome, Messages messages) {
        return sentence(outcome.messageKey(), outcome, messages);
    }

    /** What recording would do, said before it is done: "Sở Tư pháp: sẽ ghi nhận số liệu … từ tệp …". */
    public static String planned(StatisticsOutcome outcome, Messages messages) {
        return sentence(outcome.messageKey().replace("statistics.outcome.", "statistics.outcome.planned."), outcome, messages);
    }

    private static String sentence(String key, StatisticsOutcome outcome, Messages messages) {
        ReportPeriod period = ReportPeriod.parse(outcome.period()).orElseThrow();
        return messages.format(key, outcome.file(), outcome.unitName(), PeriodWording.name(period, messages),
                messages.formats().date(period.reportDue()));
    }

    /** "1.584 hồ sơ", with "tỷ lệ 95,95%" after a numerator. */
    public static String total(StatisticsTotal total, Messages messages) {
        String figure = messages.formats().compact(total.sum()) + " " + total.item().measureUnit();
        return total.rate() == null ? figure
                : figure + " (" + messages.format("statistics.totals.rate", messages.formats().percent(total.rate())) + ")";
    }
}

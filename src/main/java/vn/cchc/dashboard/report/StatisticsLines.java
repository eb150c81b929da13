package vn.cchc.dashboard.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticsDigest;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.PeriodWording;

/**
 * The province's figures from the units' statistics, as the report states them: one line per item under its area's
 * section, each beside the same period of the year before and, for a rate the library sets a target for, beside that
 * target; the items nobody has sent named together for the office to fill; the coverage said once; the annex table.
 * The comparison rules (decision 0028): a rate is always compared, being a ratio of what was sent; a sum only when
 * every expected unit sent the item, since a partial sum would read as a fall.
 */
final class StatisticsLines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportFacts facts;
    private final Words words;
    private final StatisticsDigest digest;

    StatisticsLines(ReportFacts facts, Words words) {
        this.facts = facts;
        this.words = words;
        this.digest = facts.in.statistics();
    }

    boolean applies() {
        return digest != null;
    }

    /** Who the figures come from, said once before the sections: "… tổng hợp từ báo cáo của 18/21 cơ quan, đơn vị". */
    Optional<Block> coverage() {
        if (!applies()) {
            return Optional.empty();
        }
        StatisticsStatus status = digest.status();
        Formats f = words.f();
        String period = PeriodWording.name(digest.period(), words.messages());
        if (status.sent().isEmpty()) {
            return Optional.of(new Block.Placeholder(words.format("report.statistics.coverage.none", period)));
        }
        String sent = f.ratio(status.sent().size(), status.expected());
        if (status.missing().isEmpty()) {
            return Optional.of(new Block.Paragraph(words.format("report.statistics.coverage", period, sent)));
        }
        return Optional.of(new Block.Paragraph(words.format("report.statistics.coverage.partial", period, sent,
                f.count(status.missing().size()), names(status.missing()))));
    }

    private String names(List<Unit> units) {
        List<String> names = units.stream().limit(AreaSections.TASKS_NAMED).map(Words::unitName).toList();
        String listed = String.join(", ", names);
        return units.size() <= names.size() ? listed
                : words.format("report.statistics.andOthers", listed, words.f().count(units.size() - names.size()));
    }

    /** The area's figures: a lead-in, a line per item sent, and the items nobody sent; nothing without items. */
    List<Block> area(String areaCode) {
        if (!applies()) {
            return List.of();
        }
        return blocks(digest.table().items().stream().filter(i -> i.areaCode().equals(areaCode)).toList());
    }

    /** Items of areas the report has no section for, under a heading of their own; empty when there are none. */
    List<StatisticItem> outside(Set<String> areaCodes) {
        if (!applies()) {
            return List.of();
        }
        return digest.table().items().stream().filter(i -> !areaCodes.contains(i.areaCode())).toList();
    }

    List<Block> blocks(List<StatisticItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Block> lines = new ArrayList<>();
        for (StatisticItem item : items) {
            Optional<StatisticsTotal> total = digest.total(item.code()).filter(t -> t.units() > 0);
            if (total.isPresent()) {
                lines.add(new Block.Item(line(total.get())));
            } else {
                missing.add(item.label());
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(words.get("report.statistics.lead")));
            blocks.addAll(lines);
        }
        if (!missing.isEmpty() && !digest.status().sent().isEmpty()) {
            blocks.add(new Block.Placeholder(words.format("report.statistics.missing", String.join("; ", missing))));
        }
        return blocks;
    }

    /**
     * "Hồ sơ giải quyết đúng hạn: 118.000 hồ sơ, chiếm 98,09% tổng số hồ sơ đã giải quyết, tăng 0,59 điểm phần trăm
     * so với cùng kỳ năm 2025 (97,50%); chỉ tiêu năm 2026: từ 98% trở lên."
     */
    String line(StatisticsTotal total) {
        StatisticItem item = total.item();
        Formats f = words.f();
        StringBuilder text = new StringBuilder(words.format("report.statistics.figure", item.label(),
                f.compact(total.sum()), item.measureUnit()));
        if (total.units() < digest.status().sent().size()) {
            text.append(words.format("report.statistics.units", f.ratio(total.units(), digest.status().sent().size())));
        }
        Optional<StatisticsTotal> earlier = digest.earlier(item.code());
        if (total.rate() != null) {
            String whole = digest.table().denominatorOf(item).map(StatisticItem::label).orElse(item.pairCode());
            text.append(words.format("report.statistics.share", f.percent(total.rate()), lowerFirst(whole)));
            earlier.filter(e -> e.rate() != null).ifPresent(e -> text.append(rateChange(total.rate(), e.rate())));
            text.append(target(item, total.rate()));
        } else if (!item.isNumerator() && digest.complete(item.code())) {
            earlier.ifPresent(e -> text.append(sumChange(total.sum(), e.sum(), item.measureUnit())));
        }
        return text.append('.').toString();
    }

    private String year() {
        return String.valueOf(digest.earlier().year());
    }

    /** ", tăng 12 văn bản (8,45%) so với cùng kỳ năm 2025". */
    private String sumChange(BigDecimal now, BigDecimal then, String measure) {
        Formats f = words.f();
        int sign = now.compareTo(then);
        if (sign == 0) {
            return words.format("report.statistics.sum.same", year());
        }
        BigDecimal by = now.subtract(then).abs();
        if (then.signum() == 0) {
            return words.format("report.statistics.sum.upFromNone", f.compact(by), measure, year());
        }
        String percent = f.percent(percentOf(by, then));
        return words.format(sign > 0 ? "report.statistics.sum.up" : "report.statistics.sum.down", f.compact(by), measure,
                percent, year());
    }

    /** ", tăng 0,59 điểm phần trăm so với cùng kỳ năm 2025 (97,50%)". */
    private String rateChange(BigDecimal now, BigDecimal then) {
        Formats f = words.f();
        int sign = now.compareTo(then);
        if (sign == 0) {
            return words.format("report.statistics.rate.same", year(), f.percent(then));
        }
        return words.format(sign > 0 ? "report.statistics.rate.up" : "report.statistics.rate.down",
                f.decimal(now.subtract(then).abs()), year(), f.percent(then));
    }

    /** "; chỉ tiêu năm 2026: từ 98% trở lên" before the year's end, "; đạt chỉ tiêu …" on the year's figures. */
    private String target(StatisticItem item, BigDecimal rate) {
        Optional<IndicatorReading> reading = facts.statisticReading(item, rate);
        if (reading.isEmpty()) {
            return "";
        }
        String year = String.valueOf(digest.period().year());
        if (reading.get().target() == null) {
            return words.format("report.statistics.target.none", year);
        }
        String rule = IndicatorWording.targetPhrase(reading.get().indicator(), reading.get().target().value(),
                words.messages());
        return switch (reading.get().verdict()) {
            case MEETS -> words.format("report.statistics.target.meets", rule);
            case NEAR, BELOW -> words.format("report.statistics.target.below", rule);
            default -> words.format("report.statistics.target.year", year, rule);
        };
    }

    /** {@code by} as a share of {@code then}, in percent to two decimals; {@code then} is not zero. */
    static BigDecimal percentOf(BigDecimal by, BigDecimal then) {
        return by.abs().multiply(HUNDRED).divide(then.abs(), 2, RoundingMode.HALF_UP);
    }

    /** "hồ sơ đã giải quyết" inside a sentence; a label opening with an abbreviation ("UBND …") stays as written. */
    private String lowerFirst(String label) {
        if (label.length() < 2 || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        Locale locale = words.messages().language().locale();
        return label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }
}

package vn.cchc.dashboard.report.unitindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * The turns of phrase the decision and the results report share (keys {@code unitIndex.announce.*}): the groups
 * named in a sentence, lists joined, the units still without a complete result, the province.
 */
final class AnnouncementWords {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    final Messages messages;
    final Formats f;
    final String province;
    final Locale locale;

    AnnouncementWords(Messages messages, ReportSettings settings) {
        this.messages = messages;
        this.f = messages.formats();
        this.locale = messages.language().locale();
        this.province = settings.provinceName().isEmpty() ? messages.get("report.heading.province.blank")
                : settings.provinceName();
    }

    String get(String key) {
        return messages.get(key);
    }

    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** "các sở, ban, ngành" – the group inside a sentence. */
    String group(IndexGroup group) {
        return get("unitIndex.announce.group." + group.name());
    }

    /** "12 sở, ban, ngành tỉnh", "104 xã, phường". */
    String groupCounted(GroupResults g) {
        return format("unitIndex.announce.group.counted." + g.group().name(), f.count(g.members()));
    }

    /** "a, b và c". */
    String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + get("report.and") + " "
                + parts.get(parts.size() - 1);
    }

    /** "87,25%". */
    String percent(BigDecimal value) {
        return f.percent(value);
    }

    /** Points as tables print them: "86,25", "90,50". */
    String points(BigDecimal value) {
        return f.decimal(value);
    }

    String roman(int number) {
        return ROMAN[number - 1];
    }

    /**
     * The units without a complete result, in sentences: "Chưa chấm điểm: Sở A; Sở B. Sở Y tế còn 3 tiêu chí chưa có
     * điểm (1.1.1, 1.2.1, 2.1)".
     */
    String pending(List<UnitIndexResult> units) {
        List<String> parts = new java.util.ArrayList<>();
        List<String> notScored = units.stream().filter(r -> r.index() == null && r.applicableMax().signum() > 0)
                .map(UnitIndexResult::unitName).toList();
        if (!notScored.isEmpty()) {
            parts.add(format("unitIndex.announce.pending.notScored", String.join("; ", notScored)));
        }
        for (UnitIndexResult r : units) {
            if (r.applicableMax().signum() == 0) {
                parts.add(format("unitIndex.announce.pending.nothingApplies", r.unitName()));
            } else if (r.index() != null) {
                List<String> named = r.missing().stream().limit(5).toList();
                parts.add(format("unitIndex.announce.pending.missing", r.unitName(), f.count(r.missing().size()),
                        String.join(", ", named) + (r.missing().size() > named.size() ? ", …" : "")));
            }
        }
        return String.join(". ", parts);
    }

    /** One unit by name; several as "2 đơn vị (Sở A; Sở B)", since unit names hold commas and "và" themselves. */
    String units(List<UnitIndexResult> units) {
        return units.size() == 1 ? units.get(0).unitName() : format("unitIndex.announce.units", f.count(units.size()),
                String.join("; ", units.stream().map(UnitIndexResult::unitName).toList()));
    }

    String upper(String text) {
        return text.toUpperCase(locale);
    }
}

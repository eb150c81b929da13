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

    /** "Sở Y tế (còn 3 tiêu chí chưa có điểm: 1.1.1, 1.2.1, 2.1)", "Sở Tư pháp (chưa được chấm điểm)". */
    String pendingUnit(UnitIndexResult r) {
        if (r.applicableMax().signum() == 0) {
            return format("unitIndex.announce.pending.nothingApplies", r.unitName());
        }
        if (r.index() == null) {
            return format("unitIndex.announce.pending.notScored", r.unitName());
        }
        List<String> named = r.missing().stream().limit(5).toList();
        return format("unitIndex.announce.pending.missing", r.unitName(), f.count(r.missing().size()),
                String.join(", ", named) + (r.missing().size() > named.size() ? ", …" : ""));
    }

    /** The units' names, joined: "Sở A và Sở B". */
    String names(List<UnitIndexResult> units) {
        return join(units.stream().map(UnitIndexResult::unitName).toList());
    }

    String upper(String text) {
        return text.toUpperCase(locale);
    }
}

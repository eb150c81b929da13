package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/** The small turns of phrase every section shares: lists joined as sentences, lists cut short with a count. */
final class Words {


    private final Messages messages;

    Words(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    Formats f() {
        return messages.formats();
    }

    String get(String key) {
        return messages.get(key);
    }

    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** "a, b và c" / "a, b and c". */
    String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + get("report.and") + " "
                + parts.get(parts.size() - 1);
    }

    /**
     * The first {@code limit} of {@code items} as list items, then one item that counts the rest
     * ("… và 12 nhiệm vụ khác"), so that a plan with thousands of tasks still reads as a report.
     */
    <T> List<Block> items(List<T> items, int limit, Function<T, String> text, String restKey) {
        List<Block> blocks = new ArrayList<>();
        items.stream().limit(limit).map(text).map(Block.Item::new).forEach(blocks::add);
        if (items.size() > limit) {
            blocks.add(new Block.Item(format(restKey, f().count(items.size() - limit))));
        }
        return blocks;
    }

    /**
     * The plan as a report names it: "Kế hoạch số 171/KH-UBND ngày 23/12/2025 của Ủy ban nhân dân tỉnh về cải cách
     * hành chính năm 2026" when its number is known, else its title; never the app's "(Dữ liệu mẫu)" label.
     */
    String planReference(Plan plan) {
        String title = plan.titleWithoutSampleLabel();
        if (plan.documentNumber() == null) {
            return title;
        }
        String date = f().date(plan.documentDate());
        return plan.scope() == PlanScope.PROVINCE
                ? format("report.planReference.province", plan.documentNumber(), date, String.valueOf(plan.year()))
                : format("report.planReference.titled", title, plan.documentNumber(), date);
    }

    /** A unit's name as the report prints it: in full, never the short form of the screens. */
    static String unitName(Unit unit) {
        return unit == null ? "–" : unit.name();
    }

    /** "I", "II" … for the numbered sections. */
    static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return numerals[number - 1];
    }

    /** "a", "b" … for the third level. */
    static String letter(int number) {
        return String.valueOf((char) ('a' + number - 1));
    }
}

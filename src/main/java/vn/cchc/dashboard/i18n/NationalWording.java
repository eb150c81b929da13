package vn.cchc.dashboard.i18n;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;

/**
 * Where the province stands nationally, in short lines for the screen and the command line: "Xếp hạng 12/63,
 * 89,46%; bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng)." Gaps are signed points ("+1,09 điểm"), as a
 * table reads them; the report says the same in administrative prose of its own.
 */
public final class NationalWording {

    private NationalWording() {
    }

    /** "PAR INDEX", "SIPAS". */
    public static String index(IndexKind kind, Messages messages) {
        return messages.get("national.index." + kind.name());
    }

    /** "PAR INDEX năm 2024". */
    public static String title(NationalResults results, Messages messages) {
        return messages.format("national.title", index(results.kind(), messages), String.valueOf(results.year()));
    }

    /** "Xếp hạng 12/63, 89,46%; bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng)." */
    public static String rank(Standing s, Messages messages) {
        Formats f = messages.formats();
        return messages.format("national.rank", f.ratio(s.rank(), s.count()), f.percent(s.total()), f.percent(s.average()),
                f.percent(s.best()), names(s.leaders().stream().map(NationalResults.Ranked::province).toList()));
    }

    /** "Chênh lệch +1,09 điểm so với bình quân cả nước, -3,52 điểm so với cao nhất." */
    public static String gaps(Standing s, Messages messages) {
        return messages.format("national.gaps", points(s.gapToAverage(), messages), points(s.gapToBest().negate(), messages));
    }

    /**
     * "So với năm 2023 (15/63, 88,02%): tăng 3 bậc, +1,44 điểm."; without places when the two years ranked a
     * different number of provinces; "Chưa có kết quả năm 2023 của tỉnh để so sánh." without that year.
     */
    public static String yearOverYear(Standing s, Messages messages) {
        Formats f = messages.formats();
        int before = s.results().year() - 1;
        if (s.previous() == null) {
            return messages.format("national.previous.none", String.valueOf(before));
        }
        String was = messages.format("national.previous.was", String.valueOf(s.previous().year()),
                f.ratio(s.previous().rank(), s.previous().count()), f.percent(s.previous().total()));
        String points = points(s.pointsGained().orElseThrow(), messages);
        return s.placesGained().map(places -> messages.format("national.previous.places", was, places(places, messages), points))
                .orElseGet(() -> messages.format("national.previous.otherCount", was, points));
    }

    /** "tăng 3 bậc", "giảm 1 bậc", "giữ nguyên thứ hạng". */
    public static String places(int gained, Messages messages) {
        if (gained == 0) {
            return messages.get("national.places.same");
        }
        return messages.format(gained > 0 ? "national.places.up" : "national.places.down",
                messages.formats().count(Math.abs(gained)));
    }

    /** "+1,09 điểm", "-3,52 điểm", "0,00 điểm". */
    public static String points(BigDecimal value, Messages messages) {
        String sign = value.signum() > 0 ? "+" : "";
        return messages.format("national.points", sign + messages.formats().decimal(value));
    }

    /** "Hải Phòng", "Hải Phòng, Quảng Ninh": as a reader says them, without "Tỉnh" or "Thành phố". */
    public static String names(List<String> provinces) {
        return String.join(", ", provinces.stream().map(ProvinceNames::withoutPrefix).toList());
    }

    /** The rank line inside a sentence, after a province's name: "xếp hạng 12/63, …". */
    public static String rankInSentence(Standing s, Messages messages) {
        String line = rank(s, messages);
        return Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }

    /** "Nguồn: tệp par-index-2024.xlsx, nhập ngày 12/05/2025 09:00 (Nguyễn Thị Hạnh)". */
    public static String source(NationalResults results, ZoneId zone, Messages messages) {
        return messages.format("national.source", results.sourceFile(),
                messages.formats().dateTime(java.time.LocalDateTime.ofInstant(results.importedAt(), zone)),
                results.importedBy());
    }
}

package vn.cchc.dashboard.i18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.unitindex.CriteriaRefused;

/**
 * A refused criteria set file in one sentence, the file named first: "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu
 * chí: dòng 14 (1.3) có điểm tối đa 3 nhưng các tiêu chí thành phần cộng lại 2,5." Points are written as the
 * language writes decimals ("2,5", "2.5"); row numbers as the file shows them, without grouping.
 */
public final class CriteriaSetWording {

    static final String PREFIX = "unitIndex.criteria.refused";

    private CriteriaSetWording() {
    }

    /** @param fileName the file's name as the user chose it, without its folder */
    public static String refusal(String fileName, CriteriaRefused refused, Messages messages) {
        List<Object> args = new ArrayList<>();
        args.add(String.valueOf(refused.row()));
        args.add(refused.numbering());
        for (Object detail : refused.details()) {
            args.add(detail instanceof BigDecimal points ? messages.formats().compact(points) : String.valueOf(detail));
        }
        String reason = messages.format(PREFIX + "." + refused.kind().key(), args.toArray());
        return messages.format(PREFIX, fileName, reason);
    }

    /** A sheet longer than any criteria set ({@code excel.SheetRows#tooLong()}), read no further. */
    public static String tooLong(String fileName, String sheet, int maxRows, Messages messages) {
        return messages.format(PREFIX, fileName,
                messages.format(PREFIX + ".tooLong", sheet, messages.formats().count(maxRows)));
    }
}

package vn.cchc.dashboard.i18n;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchc.dashboard.domain.ProgressUpdate;

/** A progress update in a reader's words: "Đã hoàn thành · 100% · 245/QĐ-UBND · Đã ban hành". */
public final class ProgressWording {

    private ProgressWording() {
    }

    /** Status and percent: "Đang thực hiện · 90%". */
    public static String state(ProgressUpdate update, Messages messages) {
        return messages.get("status." + update.status().name()) + " · " + update.percent() + "%";
    }

    /** The whole update with its date: "23/11/2026 · Đã hoàn thành · 100% · 245/QĐ-UBND · Đã ban hành". */
    public static String full(ProgressUpdate update, Messages messages) {
        return Stream.of(messages.formats().date(update.asOf()), state(update, messages), update.evidence(), update.note())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }
}

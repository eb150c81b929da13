package vn.cchc.dashboard.i18n;

import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.DueDate;

/** What the app understood a deadline text to mean, in the user's words: "hạn 31/12/2024", "nhiệm vụ thường xuyên, hằng quý". */
public final class DeadlineWording {

    private DeadlineWording() {
    }

    public static String meaning(DueDate due, Messages messages) {
        Formats f = messages.formats();
        return switch (due.kind()) {
            case NONE -> messages.get("deadline.none");
            case RECURRING -> messages.get("deadline.read.recurring." + due.cadence().name());
            case FIXED -> due.milestones().size() > 1
                    ? messages.format("deadline.read.milestones",
                            due.milestones().stream().map(f::date).collect(Collectors.joining(", ")), f.date(due.date()))
                    : messages.format("deadline.read.fixed", f.date(due.date()));
        };
    }
}

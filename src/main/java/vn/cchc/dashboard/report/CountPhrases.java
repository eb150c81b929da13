package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.ProgressCount;

/**
 * How a group of tasks splits, in the words of the report and with the columns of annex Biểu 1: what was completed
 * (on time, late, recurring work carried out) and what is not (in progress in time, not started, overdue, recurring
 * work not yet reported). The prose and the annex read the same {@link ProgressCount}, so they cannot disagree.
 */
final class CountPhrases {

    /** The parts of the split, in the order of the prose and of the annex's columns. */
    enum Part {
        ON_TIME(true), LATE(true), RECURRING_DONE(true), IN_PROGRESS(false), NOT_STARTED(false), OVERDUE(false),
        RECURRING_OPEN(false);

        final boolean done;

        Part(boolean done) {
            this.done = done;
        }

        int of(ProgressCount count) {
            return switch (this) {
                case ON_TIME -> count.count(DeadlineCategory.COMPLETED_ON_TIME);
                case LATE -> count.count(DeadlineCategory.COMPLETED_LATE);
                case RECURRING_DONE -> count.recurringDone();
                case IN_PROGRESS -> count.count(DeadlineCategory.IN_PROGRESS);
                case NOT_STARTED -> count.count(DeadlineCategory.NOT_STARTED);
                case OVERDUE -> count.count(DeadlineCategory.OVERDUE);
                case RECURRING_OPEN -> count.recurringOpen();
            };
        }
    }

    private final Words words;

    CountPhrases(Words words) {
        this.words = words;
    }

    /** "Trong số nhiệm vụ đã hoàn thành có …. Còn 72 nhiệm vụ chưa hoàn thành, gồm …." (empty parts left out). */
    String split(ProgressCount count) {
        List<String> done = parts(count, true);
        List<String> open = parts(count, false);
        StringBuilder text = new StringBuilder();
        boolean allOnTime = count.completed() > 0 && Part.ON_TIME.of(count) == count.completed();
        if (allOnTime) {
            text.append(words.get(count.completed() == 1 ? "report.split.done.oneOnTime" : "report.split.done.allOnTime"));
        } else if (!done.isEmpty()) {
            text.append(words.format("report.split.done", words.join(done)));
        }
        int remaining = count.planned() - count.completed();
        if (remaining > 0) {
            text.append(text.length() > 0 ? " " : "").append(words.format("report.split.open",
                    words.f().count(remaining), words.join(open)));
        }
        return text.toString();
    }

    /** The column header of a part in the annex. */
    String header(Part part) {
        return words.get("report.annex.part." + part.name());
    }

    private List<String> parts(ProgressCount count, boolean done) {
        List<String> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            int n = part.of(count);
            if (part.done == done && n > 0) {
                parts.add(words.format("report.part." + part.name(), words.f().count(n)));
            }
        }
        return parts;
    }
}

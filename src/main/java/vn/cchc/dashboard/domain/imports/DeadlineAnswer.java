package vn.cchc.dashboard.domain.imports;

import java.util.Objects;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.Text;

/**
 * The user's word on what a deadline cell means, for every cell written the same way: "Sớm" means "31/12",
 * "Theo KH của tỉnh" means "Không có thời hạn cố định". The meaning is itself a wording {@link DeadlineText} reads,
 * so that the window, the command line ({@code --deadline "Sớm=31/12"}) and an answers file say it alike.
 *
 * @param written as the file writes it
 * @param meaning a readable wording: a date, "Thường xuyên", "Không có thời hạn cố định", "Quý II", …
 */
public record DeadlineAnswer(String written, String meaning) {

    public DeadlineAnswer {
        written = Objects.requireNonNull(Text.clean(written), "written");
        meaning = Objects.requireNonNull(Text.clean(meaning), "meaning");
        if (written.isEmpty() || meaning.isEmpty()) {
            throw new IllegalArgumentException("A deadline answer needs the text and its meaning");
        }
    }

    /** "Trong năm=31/12" as the command line and an answers file write it. */
    public static DeadlineAnswer parse(String answer) {
        int equals = answer.lastIndexOf('=');
        if (equals <= 0 || equals == answer.length() - 1) {
            throw new IllegalArgumentException(answer);
        }
        return new DeadlineAnswer(answer.substring(0, equals), answer.substring(equals + 1));
    }

    /** Cells with the same text, whatever their spacing, accents' encoding or case, share an answer. */
    public String key() {
        return Text.fold(written);
    }

    /** What the answer means in a plan of {@code planYear}; throws when the meaning itself cannot be read. */
    public DueDate due(int planYear) {
        return DeadlineText.parse(meaning, planYear);
    }

    /**
     * The deadline text a task whose cell reads {@code cell} keeps: the plan's own wording with the meaning given
     * beside it ("Sớm (31/12/2024)"),
     * so that it still reads the same when the task is edited later – or, where the written text would contradict
     * the answer (an impossible date, a recurring word), the meaning alone.
     */
    public String storedText(String cell, int planYear) {
        DueDate meant = due(planYear);
        String both = cell + " (" + meaning + ")";
        return DeadlineText.tryParse(both, planYear).filter(meant::equals).isPresent() && both.length() <= 200
                ? both : meaning;
    }
}

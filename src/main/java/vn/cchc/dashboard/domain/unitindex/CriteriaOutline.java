package vn.cchc.dashboard.domain.unitindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives each line its code as the lines come, and refuses numbering that skips, repeats or goes back.
 * <ul>
 *   <li>An area in Roman numerals is its arabic number: "II" is "2".</li>
 *   <li>Under a Roman area, criteria are numbered either whole ("2.1", "2.1.1" under "II") or from the area
 *   ("1", "1.1" under "II", or "5", "5.1" continuing the previous area's numbers): the first number under the area
 *   tells which, and the second way is rewritten to the first ("2.1", "2.1.1").</li>
 *   <li>A letter ("a)", "b") is the next sub-number of the last numbered line; a bullet ("-") of the last line that is
 *   no bullet; a "+" of the last "-" bullet.</li>
 * </ul>
 * Lines only go forward: a line's parent is the line before it or one of that line's ancestors, so the outline read
 * depth-first is the file's order.
 */
final class CriteriaOutline {

    /** Vietnamese documents letter their points a, b, c, d, đ, e, g…; some follow the English alphabet. */
    private static final String VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";
    private static final String ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** A Roman area and how the criteria under it are numbered, decided by the first of them. */
    private static final class Area {
        final int number;
        Boolean whole;
        int first;

        Area(int number) {
            this.number = number;
        }
    }

    private final List<DraftLine> areas = new ArrayList<>();
    private final Map<String, DraftLine> byCode = new HashMap<>();
    private DraftLine previous;
    private DraftLine lastNumbered;
    private DraftLine lastNonBullet;
    private DraftLine lastBullet;
    private Area area;

    /** The top-level lines, each with its children: the set in the file's order when read depth-first. */
    List<DraftLine> areas() {
        return areas;
    }

    /** @throws CriteriaRefused for numbering that skips, goes back, repeats, or starts the table wrongly */
    void place(DraftLine line) {
        switch (line.numbering.kind()) {
            case ROMAN -> {
                numbered(line, String.valueOf(line.numbering.path().get(0)));
                area = new Area(line.numbering.path().get(0));
            }
            case ARABIC -> numbered(line, arabicCode(line.numbering.path()));
            case LETTER -> lettered(line);
            case BULLET -> {
                under(line, lastNonBullet);
                lastBullet = line;
            }
            case SUB_BULLET -> under(line, lastBullet != null ? lastBullet : lastNonBullet);
        }
        previous = line;
    }

    private String arabicCode(List<Integer> path) {
        if (area == null) {
            return dotted(path);
        }
        if (area.whole == null) {
            area.whole = path.size() >= 2 && path.get(0) == area.number;
            area.first = path.get(0);
        }
        if (area.whole) {
            return dotted(path);
        }
        List<Integer> fromArea = new ArrayList<>(path);
        fromArea.set(0, path.get(0) - area.first + 1);
        return area.number + "." + dotted(fromArea);
    }

    private void numbered(DraftLine line, String code) {
        DraftLine earlier = byCode.get(code);
        if (earlier != null) {
            throw new CriteriaRefused(CriteriaRefused.Kind.NUMBER_REPEATED, line.row, line.written(), earlier.row);
        }
        int dot = code.lastIndexOf('.');
        DraftLine parent = dot < 0 ? null : byCode.get(code.substring(0, dot));
        if (dot >= 0 && (parent == null || !isOpen(parent))) {
            throw outOfSequence(line, previous);
        }
        List<DraftLine> siblings = parent == null ? areas : parent.children;
        if (Integer.parseInt(code.substring(dot + 1)) != siblings.size() + 1) {
            throw outOfSequence(line, siblings.isEmpty() ? parent : siblings.get(siblings.size() - 1));
        }
        attach(line, code, parent);
        lastNumbered = line;
        lastNonBullet = line;
        lastBullet = null;
    }

    private void lettered(DraftLine line) {
        DraftLine parent = lastNumbered;
        if (parent == null) {
            throw outOfSequence(line, null);
        }
        DraftLine before = parent.children.stream().filter(c -> c.numbering.kind() == Numbering.Kind.LETTER)
                .reduce((a, b) -> b).orElse(null);
        char letter = line.written().charAt(0);
        boolean inTurn = before == null ? letter == 'a' : follows(before.written().charAt(0), letter);
        if (!inTurn) {
            throw outOfSequence(line, before != null ? before : parent);
        }
        attach(line, parent.code + "." + (parent.children.size() + 1), parent);
        lastNonBullet = line;
        lastBullet = null;
    }

    private void under(DraftLine line, DraftLine parent) {
        if (parent == null) {
            throw outOfSequence(line, null);
        }
        attach(line, parent.code + "." + (parent.children.size() + 1), parent);
    }

    private void attach(DraftLine line, String code, DraftLine parent) {
        line.code = code;
        line.parentCode = parent == null ? null : parent.code;
        line.parent = parent;
        (parent == null ? areas : parent.children).add(line);
        byCode.put(code, line);
    }

    /** The line before, or one of its ancestors: a line may still get children only while the table is inside it. */
    private boolean isOpen(DraftLine line) {
        for (DraftLine open = previous; open != null; open = open.parent) {
            if (open == line) {
                return true;
            }
        }
        return false;
    }

    private static boolean follows(char before, char letter) {
        return next(VIETNAMESE_LETTERS, before) == letter || next(ENGLISH_LETTERS, before) == letter;
    }

    private static char next(String alphabet, char letter) {
        int at = alphabet.indexOf(letter);
        return at >= 0 && at + 1 < alphabet.length() ? alphabet.charAt(at + 1) : 0;
    }

    private CriteriaRefused outOfSequence(DraftLine line, DraftLine before) {
        DraftLine shown = before != null ? before : previous;
        return shown == null
                ? new CriteriaRefused(CriteriaRefused.Kind.NUMBERING_STARTS_WRONG, line.row, line.written())
                : new CriteriaRefused(CriteriaRefused.Kind.NUMBER_OUT_OF_SEQUENCE, line.row, line.written(),
                shown.written());
    }

    private static String dotted(List<Integer> path) {
        return path.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
}

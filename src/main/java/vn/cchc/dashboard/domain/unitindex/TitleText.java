package vn.cchc.dashboard.domain.unitindex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * A title as a line keeps it: on one line, without the remarks that belong to the guidance. Sets often write under a
 * sub-criterion, or in brackets after it, that it does not apply to some units ("(Không áp dụng đối với đơn vị không
 * có TTHC)"); which units are exempt is recorded per unit, and the remark stays readable in the guidance.
 *
 * @param remarks the remarks taken out, in the order written
 */
record TitleText(String title, List<String> remarks) {

    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.*\\S)\\s*(\\([^()]*\\))$", Pattern.DOTALL);

    TitleText {
        remarks = List.copyOf(remarks);
    }

    static TitleText of(String written) {
        List<String> kept = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        for (String line : written.split("\n")) {
            String text = line;
            Matcher bracket = TRAILING_BRACKET.matcher(text);
            if (bracket.matches() && CriteriaWords.isNotApplicableRemark(bracket.group(2))) {
                text = bracket.group(1);
                remarks.add(bracket.group(2));
            }
            boolean remarkLine = !kept.isEmpty() && CriteriaWords.isNotApplicableRemark(text)
                    && (text.startsWith("(") || text.startsWith("*") || Text.fold(text).startsWith("ghi chu"));
            (remarkLine ? remarks : kept).add(text);
        }
        return new TitleText(Text.clean(String.join(" ", kept)), remarks);
    }
}

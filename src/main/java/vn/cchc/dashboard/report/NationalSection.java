package vn.cchc.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.ProvinceStandings;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Formats;

/**
 * Kết quả Chỉ số CCHC (PAR INDEX) và SIPAS: a paragraph per index in the administrative wording of the reports
 * ("Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh đạt 89,46%, xếp thứ 12/63 tỉnh, thành phố, tăng 3 bậc
 * và tăng 1,44 điểm phần trăm so với năm 2023; cao hơn mức bình quân chung của cả nước (88,37%) 1,09 điểm phần
 * trăm; …"), the components below the national average named, and the ranking as a figure. An index not imported, or
 * without the province in it, gets a placeholder for the specialist: nothing is invented.
 */
final class NationalSection {

    private final ProvinceStandings national;
    private final Words words;
    private final Figures figures;

    NationalSection(ReportFacts facts, Words words, Figures figures) {
        this.national = facts.in.national();
        this.words = words;
        this.figures = figures;
    }

    /** True when the report states national results at all (six months, nine months, the year). */
    boolean applies() {
        return national != null;
    }

    String heading() {
        return words.format("report.national.heading", String.valueOf(national.year()));
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            Optional<Standing> standing = national.entry(kind).map(ProvinceStandings.Entry::standing);
            String name = words.get("national.index.long." + kind.name());
            if (standing.isEmpty()) {
                blocks.add(new Block.Placeholder(words.format("report.national.placeholder", name,
                        String.valueOf(national.year()))));
                continue;
            }
            blocks.add(new Block.Paragraph(paragraph(name, standing.get())));
            components(standing.get()).ifPresent(text -> blocks.add(new Block.Paragraph(text)));
            if (kind == IndexKind.PAR_INDEX) {
                figures.nationalRanking(standing.get()).ifPresent(f -> blocks.add(new Block.Figure(f)));
            }
        }
        return blocks;
    }

    /** The index's figure, rank, change on the year before, and its place against the average and the leaders. */
    String paragraph(String name, Standing s) {
        Formats f = words.f();
        return words.format("report.national.result", name, String.valueOf(s.results().year()), f.percent(s.total()),
                f.ratio(s.rank(), s.count()), change(s), average(s), leaders(s));
    }

    /** ", tăng 3 bậc và tăng 1,44 điểm phần trăm so với năm 2023", or nothing without the year before. */
    private String change(Standing s) {
        if (s.previous() == null) {
            return "";
        }
        String year = String.valueOf(s.previous().year());
        String points = points(s.pointsGained().orElseThrow());
        return s.placesGained()
                .map(places -> words.format("report.national.change", places(places), points, year))
                .orElseGet(() -> words.format("report.national.change.otherCount", points, year,
                        words.f().ratio(s.previous().rank(), s.previous().count())));
    }

    private String places(int gained) {
        return gained == 0 ? words.get("report.national.places.same")
                : words.format(gained > 0 ? "report.national.places.up" : "report.national.places.down",
                words.f().count(Math.abs(gained)));
    }

    private String points(BigDecimal gained) {
        return gained.signum() == 0 ? words.get("report.national.points.same")
                : words.format(gained.signum() > 0 ? "report.national.points.up" : "report.national.points.down",
                words.f().decimal(gained.abs()));
    }

    /** "cao hơn mức bình quân chung của cả nước (88,37%) 1,09 điểm phần trăm". */
    private String average(Standing s) {
        String average = words.f().percent(s.average());
        int sign = s.gapToAverage().signum();
        return sign == 0 ? words.format("report.national.average.equal", average)
                : words.format(sign > 0 ? "report.national.average.above" : "report.national.average.below", average,
                words.f().decimal(s.gapToAverage().abs()));
    }

    /** "dẫn đầu cả nước là Hải Phòng (92,98%)", or the province's own lead. */
    private String leaders(Standing s) {
        List<String> others = s.leaders().stream().filter(l -> !l.equals(s.province()))
                .map(l -> ProvinceNames.withoutPrefix(l.province())).toList();
        if (s.leads()) {
            return others.isEmpty() ? words.get("report.national.leads")
                    : words.format("report.national.leadsWith", words.join(others));
        }
        return words.format("report.national.leader", words.join(others), words.f().percent(s.best()));
    }

    /**
     * "Có 7/8 chỉ số thành phần đạt hoặc cao hơn mức bình quân chung của cả nước; thấp hơn mức bình quân là: Tác động
     * của CCHC … (86,73%, bình quân 88,11%)."; empty when the results have no components.
     */
    Optional<String> components(Standing s) {
        List<Standing.ComponentStanding> scored = s.components().stream().filter(c -> c.gapToAverage() != null).toList();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        List<Standing.ComponentStanding> below = scored.stream().filter(c -> c.gapToAverage().signum() < 0).toList();
        Formats f = words.f();
        String atLeast = words.format("report.national.components", f.ratio(scored.size() - below.size(), scored.size()));
        if (below.isEmpty()) {
            return Optional.of(atLeast + ".");
        }
        List<String> named = below.stream().map(c -> words.format("report.national.component", c.name(),
                f.percent(c.score()), f.percent(c.average()))).toList();
        return Optional.of(atLeast + words.format("report.national.components.below", words.join(named)));
    }
}

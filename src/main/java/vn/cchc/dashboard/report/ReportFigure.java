package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Objects;
import vn.cchc.dashboard.domain.national.Standing;

/**
 * A chart of the report: which one, its caption, and its figures as plain series, so that the deck can
 * build an editable PowerPoint chart from the same numbers the picture shows.
 *
 * @param caption    "Hình 1. Tình hình thực hiện nhiệm vụ, tính đến ngày 14/06/2026"
 * @param title      the chart's own title, for a slide
 * @param categories the labels along the axis (areas, units, categories)
 * @param series     one or more series over {@code categories}; for {@link Kind#STATUS} the categories, and for
 *                   {@link Kind#AREAS} the series, are the deadline categories in their declared order
 * @param stacked    true when the series stack (the deadline categories of each area)
 * @param percent    true when the values are percentages
 * @param note       which part of the whole these series show when they cannot show all ("20 đơn vị có tỷ lệ hoàn
 *                   thành thấp nhất (trong số 63)"), printed under the deck slide's title; null when they show all.
 *                   The documents' pictures say their own part in the chart's subtitle.
 * @param standing   for {@link Kind#NATIONAL_RANK}, the province in the national results its picture draws; else null
 */
public record ReportFigure(Kind kind, String caption, String title, List<String> categories, List<Series> series,
                           boolean stacked, boolean percent, String note, Standing standing) {

    /** The charts a report shows. */
    public enum Kind {
        /** The deadline categories of all tasks. */
        STATUS,
        /** The deadline categories of each reform area. */
        AREAS,
        /** The completion rate of each lead unit. */
        UNITS,
        /** Every province's PAR INDEX (or SIPAS) total, the province picked out: where it stands nationally. */
        NATIONAL_RANK
    }

    /** One named series, a value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /** A figure of the plan's own figures, drawn from the report's overview. */
    public ReportFigure(Kind kind, String caption, String title, List<String> categories, List<Series> series,
                        boolean stacked, boolean percent, String note) {
        this(kind, caption, title, categories, series, stacked, percent, note, null);
    }

    public ReportFigure {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NATIONAL_RANK) != (standing != null)) {
            throw new IllegalArgumentException("a national ranking figure, and only that, carries the standing it draws");
        }
        Objects.requireNonNull(caption, "caption");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " does not match the categories");
            }
        }
    }
}

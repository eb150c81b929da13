package vn.cchc.dashboard.report;

/**
 * The parts of the report a user can leave out. The heading, the title and the closing blocks are always
 * there; the numbered sections are renumbered over the parts that remain.
 */
public enum ReportPart {
    /** I. Công tác chỉ đạo, điều hành: the plan, the headline X/Y, the direction area's tasks. */
    DIRECTION,
    /** II. Kết quả thực hiện: one subsection per reform area, then the indicators. */
    AREAS,
    /** III. Đánh giá chung: strengths, shortcomings with the lagging units named, causes. */
    ASSESSMENT,
    /** IV. Phương hướng: the tasks due next period. */
    NEXT_PERIOD,
    /** V. Đề xuất, kiến nghị: a placeholder for the office to write. */
    PROPOSALS,
    /** The charts, as figures in the text and as slides. */
    CHARTS,
    /** Phụ lục: the statistical tables. */
    ANNEX
}

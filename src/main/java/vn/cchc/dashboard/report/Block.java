package vn.cchc.dashboard.report;

import java.util.Objects;

/** One piece of the report's body, in reading order; the writers give each kind its layout. */
public sealed interface Block {

    /** The text a reader sees, for the preview and for tests. */
    String text();

    /**
     * A heading: level 1 "I. KẾT QUẢ …" (upper case, bold), level 2 "1. …", level 3 "a) …".
     * {@code text} carries its number.
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1–3: " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A justified paragraph of prose with a first-line indent. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An item of a list, printed "- text" as official documents write lists. */
    record Item(String text) implements Block {
        public Item {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words the office must write itself, shown in brackets and italics so that nobody sends them as they are. */
    record Placeholder(String text) implements Block {
        public Placeholder {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A chart with its numbered caption ("Hình 1. …"). */
    record Figure(ReportFigure figure) implements Block {
        public Figure {
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public String text() {
            return figure.caption();
        }
    }
}

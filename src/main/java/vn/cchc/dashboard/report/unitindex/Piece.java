package vn.cchc.dashboard.report.unitindex;

import java.util.Objects;

/** One piece of an announcement document's body, in reading order; the writer gives each kind its layout. */
public sealed interface Piece {

    /** The text a reader sees, for previews and tests. */
    String text();

    /** "I. KHÁI QUÁT" (level 1, bold) or "1. Các sở, ban, ngành" (level 2, bold). */
    record Heading(int level, String text) implements Piece {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A justified paragraph with a first-line indent. */
    record Paragraph(String text) implements Piece {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An item of a list, printed "- text". */
    record Item(String text) implements Piece {
        public Item {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An article of a decision: "Điều 1." in bold, then its text in the same paragraph. */
    record Article(String label, String body) implements Piece {
        public Article {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String text() {
            return label + " " + body;
        }
    }

    /** A centred bold line: the authority of a decision, "QUYẾT ĐỊNH:". */
    record Centred(String text) implements Piece {
        public Centred {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words the office must write or check itself, printed in brackets and italics. */
    record Placeholder(String text) implements Piece {
        public Placeholder {
            Objects.requireNonNull(text, "text");
        }
    }
}

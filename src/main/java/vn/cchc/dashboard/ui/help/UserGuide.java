package vn.cchc.dashboard.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cchc.dashboard.i18n.Language;

/**
 * The short user guide shipped with the application, one text per language in a small subset of Markdown
 * ("# " title, "## " section, "- " point, other lines paragraphs), read into blocks the help page draws.
 */
public final class UserGuide {

    /** One block of the guide, in reading order. */
    public record Block(Kind kind, String text) {
    }

    public enum Kind {
        TITLE, SECTION, PARAGRAPH, POINT
    }

    private UserGuide() {
    }

    public static List<Block> of(Language language) {
        String name = "/vn/cchc/dashboard/help/guide_" + language.code() + ".md";
        try (InputStream in = Objects.requireNonNull(UserGuide.class.getResourceAsStream(name), name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Block block = line.startsWith("## ") ? new Block(Kind.SECTION, line.substring(3).strip())
                    : line.startsWith("# ") ? new Block(Kind.TITLE, line.substring(2).strip())
                    : line.startsWith("- ") ? new Block(Kind.POINT, line.substring(2).strip())
                    : null;
            if (block != null || line.isEmpty()) {
                flush(paragraph, blocks);
                if (block != null) {
                    blocks.add(block);
                }
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}

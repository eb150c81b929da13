package vn.cchc.dashboard.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.help.UserGuide.Block;
import vn.cchc.dashboard.ui.help.UserGuide.Kind;

class UserGuideTest {

    @Test
    void headingsPointsAndWrappedParagraphsAreReadInOrder() {
        assertThat(UserGuide.parse("# Tiêu đề\n\nDòng một\ndòng hai.\n## Phần\n- Ý một\n- Ý hai\nĐoạn cuối"))
                .containsExactly(new Block(Kind.TITLE, "Tiêu đề"), new Block(Kind.PARAGRAPH, "Dòng một dòng hai."),
                        new Block(Kind.SECTION, "Phần"), new Block(Kind.POINT, "Ý một"), new Block(Kind.POINT, "Ý hai"),
                        new Block(Kind.PARAGRAPH, "Đoạn cuối"));
    }

    @Test
    void bothLanguagesHaveTheSameGuideShape() {
        List<Kind> vi = UserGuide.of(Language.VI).stream().map(Block::kind).toList();
        List<Kind> en = UserGuide.of(Language.EN).stream().map(Block::kind).toList();
        assertThat(vi).isEqualTo(en);
        assertThat(vi).first().isEqualTo(Kind.TITLE);
        assertThat(vi.stream().filter(k -> k == Kind.SECTION).count()).isEqualTo(6);
    }
}

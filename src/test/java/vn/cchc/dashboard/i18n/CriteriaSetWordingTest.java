package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.dashboard.domain.unitindex.CriteriaRefused;

/** Every refusal of a criteria set has its sentence in every language (their keys are built, not written out). */
class CriteriaSetWordingTest {

    @ParameterizedTest
    @EnumSource(CriteriaRefused.Kind.class)
    void everyKindOfRefusalHasItsSentence(CriteriaRefused.Kind kind) {
        for (Language language : Language.values()) {
            ResourceBundle bundle = BundlesTest.bundle(Messages.BUNDLE, language);
            assertThat(bundle.containsKey(CriteriaSetWording.PREFIX + "." + kind.key())).as(language + " " + kind).isTrue();
        }
    }

    @Test
    void aSheetTooLongIsOneSentenceToo() {
        assertThat(CriteriaSetWording.tooLong("bo-tieu-chi.xlsx", "Sheet1", 2000, Messages.of(Language.VI))).isEqualTo(
                "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: trang \"Sheet1\" có hơn 2.000 dòng, quá dài đối với một"
                        + " bộ tiêu chí.");
        assertThat(CriteriaSetWording.tooLong("criteria.xlsx", "Sheet1", 2000, Messages.of(Language.EN))).isEqualTo(
                "File criteria.xlsx could not be read as a criteria set: sheet \"Sheet1\" has more than 2,000 rows, too"
                        + " many for a criteria set.");
    }
}

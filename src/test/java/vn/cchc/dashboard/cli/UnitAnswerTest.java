package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

class UnitAnswerTest {

    final Messages messages = Messages.of(Language.VI);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sở LĐ-TB&XH=Sở Nội vụ|Sở LĐ-TB&XH|Sở Nội vụ",
            "  Sở KH&ĐT =  Sở  Tài chính |Sở KH&ĐT|Sở Tài chính",
            "Sở TT&TT=Sở KH&CN|Sở TT&TT|Sở KH&CN"})
    void anAnswerNamesAUnitByItsNameOrAbbreviation(String answer, String name, String unit) {
        assertThat(UnitAnswer.parse(answer, messages)).isEqualTo(UnitChoice.named(name, unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở KH&ĐT=mới", "Sở KH&ĐT=Mới", "Sở KH&ĐT=new", "Sở KH&ĐT=NEW", "Sở KH&ĐT= moi "})
    void theWordForNewMakesANewUnit(String answer) {
        assertThat(UnitAnswer.parse(Normalizer.normalize(answer, Normalizer.Form.NFD), messages))
                .isEqualTo(UnitChoice.newUnit("Sở KH&ĐT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở KH&ĐT", "=Sở Tài chính", "Sở KH&ĐT=", " = ", ""})
    void anAnswerWithoutBothSidesIsAUsageErrorThatShowsTheForm(String answer) {
        assertThatThrownBy(() -> UnitAnswer.parse(answer, messages)).isInstanceOf(UsageException.class)
                .hasMessageContaining("--unit \"Sở LĐ-TB&XH=Sở Nội vụ\"");
    }
}

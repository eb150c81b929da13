package vn.cchc.dashboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** The encryption form refuses, in one sentence, what would make a passphrase easy to lose or to guess. */
class EncryptionFormViewModelTest {

    private final Messages messages = Messages.of(Language.VI);

    @Test
    void turningOnNeedsTheNewPassphraseLongEnoughAndTypedTwiceAlike() {
        EncryptionFormViewModel form = new EncryptionFormViewModel(EncryptionFormViewModel.Mode.ENABLE, messages);
        assertThat(form.asksCurrent()).isFalse();
        assertThat(form.asksNew()).isTrue();

        form.next().set("ngắn");
        form.repeat().set("ngắn");
        assertThat(form.check()).isFalse();
        assertThat(form.problem().get()).isEqualTo("Mật khẩu dữ liệu cần ít nhất 8 ký tự.");

        form.next().set("đủ dài rồi nhé");
        form.repeat().set("đủ dài rồi nhe");
        assertThat(form.check()).isFalse();
        assertThat(form.problem().get()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");

        form.repeat().set("đủ dài rồi nhé");
        assertThat(form.check()).isTrue();
        assertThat(form.problem().get()).isEmpty();
        assertThat(form.newPassphrase()).containsExactly("đủ dài rồi nhé".toCharArray());
        assertThat(messages.format(form.doneKey(), "3 kế hoạch")).startsWith("Đã mã hoá dữ liệu (3 kế hoạch)");
    }

    @Test
    void turningOffAsksOnlyTheCurrentPassphrase() {
        EncryptionFormViewModel form = new EncryptionFormViewModel(EncryptionFormViewModel.Mode.DISABLE, messages);
        assertThat(form.asksNew()).isFalse();
        assertThat(form.check()).isFalse();
        assertThat(form.problem().get()).isEqualTo("Hãy nhập mật khẩu dữ liệu hiện tại.");
        form.current().set("x");
        assertThat(form.check()).as("its length is the store's to judge: a wrong one is refused there").isTrue();
    }

    @Test
    void changingAsksTheCurrentOneAndTheNewOneTwice() {
        EncryptionFormViewModel form = new EncryptionFormViewModel(EncryptionFormViewModel.Mode.CHANGE, messages);
        form.current().set("mật khẩu cũ");
        form.next().set("mật khẩu mới dài");
        assertThat(form.check()).isFalse();
        form.repeat().set("mật khẩu mới dài");
        assertThat(form.check()).isTrue();
        assertThat(form.currentPassphrase()).containsExactly("mật khẩu cũ".toCharArray());
    }
}

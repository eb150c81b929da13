package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start prompt: nothing to try until something is typed, and what was typed leaves the field once taken. */
class SecretPromptViewModelTest {

    @Test
    void itCanBeAcceptedOnlyWithSomethingTypedAndTakingItEmptiesTheField() {
        SecretPromptViewModel prompt = new SecretPromptViewModel(SecretPromptViewModel.Kind.SERVER_PASSWORD,
                "jdbc:postgresql://may-chu:5432/cchc?user=vp", "Máy chủ từ chối mật khẩu này. Hãy nhập lại.");
        assertThat(prompt.empty().get()).isTrue();
        assertThat(prompt.problem().get()).startsWith("Máy chủ từ chối");

        prompt.secret().set("bí mật");
        assertThat(prompt.empty().get()).isFalse();
        assertThat(prompt.take()).containsExactly("bí mật".toCharArray());
        assertThat(prompt.secret().get()).isEmpty();
        assertThat(prompt.empty().get()).isTrue();
    }
}

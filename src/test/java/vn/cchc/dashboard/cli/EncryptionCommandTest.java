package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.testing.PlainText;

/** {@code encryption} and {@code --key-file}: the sample province encrypted, read with its passphrase only, and back. */
class EncryptionCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path keys;

    @Test
    void theEncryptedSampleReadsTheSameWithItsKeyFileAndIsRefusedWithoutOrWithAWrongOne() throws IOException {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        String before = CliRunner.run(folder, "summary", "--json").out();
        Path key = keys.resolve("key.txt");
        Files.writeString(key, "Mật khẩu dữ liệu của Sở Nội vụ\n");

        CliRunner.Run on = CliRunner.run(folder, "encryption", "--on", "--new-key-file", key.toString());
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.out()).startsWith("Đã mã hoá dữ liệu (");
        assertThat(CliRunner.run(folder, "encryption").out()).contains("đang được mã hoá");

        CliRunner.Run without = CliRunner.run(folder, "summary", "--json");
        assertThat(without.exitCode()).isNotZero();
        assertThat(without.err()).startsWith("Dữ liệu trong thư mục").contains("đã được mã hoá", "--key-file")
                .doesNotContain("Exception");
        Path wrong = keys.resolve("wrong.txt");
        Files.writeString(wrong, "mật khẩu đoán bừa");
        CliRunner.Run guessed = CliRunner.run(folder, "--key-file", wrong.toString(), "summary", "--json");
        assertThat(guessed.err()).startsWith("Mật khẩu dữ liệu không đúng");

        assertThat(CliRunner.run(folder, "--key-file", key.toString(), "summary", "--json").out()).isEqualTo(before);

        Path backup = keys.resolve("sao-luu.zip");
        CliRunner.Run backedUp = CliRunner.run(folder, "--key-file", key.toString(), "backup", "--out", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        CliRunner.Run restoreWithout = CliRunner.run(folder, "restore", backup.toString());
        assertThat(restoreWithout.err()).startsWith("Bản sao lưu").contains("được mã hoá");
        assertThat(CliRunner.run(folder, "--key-file", key.toString(), "restore", backup.toString()).exitCode()).isZero();

        CliRunner.Run off = CliRunner.run(folder, "--key-file", key.toString(), "encryption", "--off");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(CliRunner.run(folder, "summary", "--json").out()).isEqualTo(before);
    }

    @Test
    void turningEncryptionOnSaysThatTheOlderBackupsAreEncryptedAndLeavesNoPlainTextInTheFolder() throws IOException {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        assertThat(CliRunner.run(folder, "backup").exitCode()).isZero();
        assertThat(PlainText.placesHolding(folder, "Minh Giang")).as("the scan sees the plain data before").isNotEmpty();
        Path key = keys.resolve("key.txt");
        Files.writeString(key, "Mật khẩu dữ liệu của Sở Nội vụ\n");

        CliRunner.Run on = CliRunner.run(folder, "encryption", "--on", "--new-key-file", key.toString());

        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.out().lines()).hasSize(2).last().asString()
                .startsWith("Đã mã hoá 1 bản sao lưu cũ bằng cùng mật khẩu");
        assertThat(PlainText.placesHolding(folder, "Minh Giang", "Sở Tư pháp")).isEmpty();
    }

    @Test
    void aShortOrMissingNewPassphraseIsOneSentence() throws IOException {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path shortKey = keys.resolve("short.txt");
        Files.writeString(shortKey, "ngắn");

        assertThat(CliRunner.run(folder, "encryption", "--on").err()).startsWith("Hãy cho biết mật khẩu mới");
        assertThat(CliRunner.run(folder, "encryption", "--on", "--new-key-file", shortKey.toString()).err())
                .startsWith("Mật khẩu dữ liệu cần ít nhất 8 ký tự");
        assertThat(CliRunner.run(folder, "encryption", "--on", "--off").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run(folder, "encryption").out()).contains("chưa được mã hoá");
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.StoreException;

/** A full disk and a read-only data folder each get one sentence naming the place and the cause, in both languages. */
class FaultSentencesTest {

    private final Messages vi = Messages.of(Language.VI);
    private final Messages en = Messages.of(Language.EN);
    private final Path folder = Path.of("/data/cchc");

    private static IOException noSpace() {
        return new IOException("No space left on device");
    }

    @Test
    void aFullDiskUnderTheDatabaseNamesTheDataFolder() {
        StoreException full = new StoreException(StoreException.Reason.DISK_FULL, "General error", noSpace(),
                folder.toString());

        AppException explained = AppException.explain(new RuntimeException("in a background task", full));

        assertThat(explained.localized(vi)).isEqualTo("Ổ đĩa chứa thư mục dữ liệu /data/cchc đã đầy: không ghi được gì "
                + "thêm, dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy giải phóng dung lượng trên ổ đĩa đó rồi mở lại "
                + "chương trình.");
        assertThat(explained.localized(en)).startsWith("The disk holding the data folder /data/cchc is full");
        assertThat(explained.isInvalidInput()).isFalse();
    }

    @Test
    void aReadOnlyDatabaseNamesTheFolderAndThePermissionNotDamage() {
        StoreException readOnly = new StoreException(StoreException.Reason.NOT_WRITABLE, "The database is read only",
                new AccessDeniedException("/data/cchc/cchc.mv.db"), folder.toString());

        String sentence = AppException.explain(readOnly).localized(vi);

        assertThat(sentence).startsWith("Không ghi được vào cơ sở dữ liệu trong thư mục /data/cchc: thư mục hoặc tệp dữ "
                + "liệu trong đó chỉ cho đọc").doesNotContain("hỏng").doesNotContain("dung lượng");
    }

    @Test
    void aFullDiskNoSentenceForesawIsStillToldAsAFullDisk() {
        AppException explained = AppException.explain(new IllegalStateException("a library failed",
                new UncheckedIOException(noSpace())));

        assertThat(explained.localized(vi)).isEqualTo("Ổ đĩa đã đầy nên việc vừa làm không hoàn tất; dữ liệu đã lưu "
                + "trước đó vẫn còn nguyên. Hãy giải phóng dung lượng ổ đĩa rồi thử lại.");
    }

    @Test
    void somethingElseHasNoSentenceOfItsOwn() {
        assertThat(AppException.explain(new IllegalStateException("a bug", new IOException("Input/output error"))))
                .isNull();
    }

    @Test
    void aFileOnAFullDiskSaysTheDiskIsFullAndTheEarlierFileIsKept() {
        Path file = Path.of("/data/out/bao-cao.docx");

        assertThatThrownBy(() -> AppException.writing(file, () -> {
            throw noSpace();
        })).isInstanceOfSatisfying(AppException.class, e -> assertThat(e.localized(vi)).isEqualTo(
                "Ổ đĩa chứa /data/out/bao-cao.docx đã đầy nên tệp chưa được ghi; tệp cũ cùng tên (nếu có) vẫn giữ nguyên "
                        + "và không có tệp dở dang nào được để lại. Hãy giải phóng dung lượng ổ đĩa rồi thử lại."));
    }

    @Test
    void aFileThatFailsOtherwiseKeepsTheSentenceForAFailedWrite() {
        Path file = Path.of("/data/out/bao-cao.docx");

        assertThatThrownBy(() -> AppException.writing(file, () -> {
            throw new AccessDeniedException(file.toString());
        })).isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.file.write"));
    }
}

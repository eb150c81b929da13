package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.StoreException;

class FailureNoticeTest {

    private final Messages vi = Messages.of(Language.VI);
    private final Path logs = Path.of("/data/cchc/logs");

    @Test
    void aFaultOutsideTheDatabaseCodeSaysCalmlyThatNoDataWasLost() {
        FailureNotice notice = FailureNotice.of(new NullPointerException("row is null"), vi, Optional.of(logs));

        assertThat(notice.whatHappened()).isEqualTo(
                "Chương trình gặp một lỗi nội bộ (NullPointerException) và đã dừng thao tác vừa rồi.");
        assertThat(notice.aboutTheData()).contains("Không có dữ liệu nào bị mất: mọi thay đổi đã lưu vẫn còn nguyên.");
        assertThat(notice.whereTheDetailsAre().orElseThrow()).startsWith("Chi tiết đã được ghi vào nhật ký trong thư mục "
                + logs + ".");
        assertThat(notice.text()).doesNotContain("row is null").doesNotContain("at vn.");
    }

    @Test
    void aFaultInsideTheDatabaseCodeSaysTheChangeBeingSavedMayBeMissingButNotWhatWasSavedBefore() {
        IllegalStateException fault = new IllegalStateException("broken");
        fault.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.h2.mvstore.MVStore", "store", "MVStore.java", 1),
                new StackTraceElement("vn.cchc.dashboard.app.TaskService", "record", "TaskService.java", 1)});

        FailureNotice notice = FailureNotice.of(new RuntimeException("wrapped", fault), vi, Optional.of(logs));

        assertThat(notice.whatHappened()).contains("RuntimeException");
        assertThat(notice.aboutTheData()).contains(
                "Thay đổi đang được lưu lúc đó có thể chưa được ghi; mọi dữ liệu đã lưu trước đó vẫn nguyên vẹn.");
    }

    @Test
    void aForeseenFailureIsToldInItsOwnSentenceWhichAlreadySaysWhatHappenedToTheData() {
        AppException notWritable = AppException.failure("error.dataFolder.notWritable", null, Path.of("/data/cchc"));

        FailureNotice notice = FailureNotice.of(new RuntimeException(notWritable), Messages.of(Language.EN), Optional.empty());

        assertThat(notice.text()).isEqualTo("The data folder /data/cchc cannot be read and written. Check the permissions "
                + "or choose another folder with --data-dir.");
        assertThat(notice.aboutTheData()).isEmpty();
        assertThat(notice.whereTheDetailsAre()).isEmpty();
    }

    @Test
    void aFullDiskNothingCaughtIsToldAsAFullDiskNotAnInternalError() {
        StoreException full = new StoreException(StoreException.Reason.DISK_FULL, "General error",
                new IOException("No space left on device"), "/data/cchc");

        FailureNotice notice = FailureNotice.of(new RuntimeException(full), vi, Optional.of(logs));

        assertThat(notice.whatHappened()).startsWith("Ổ đĩa chứa thư mục dữ liệu /data/cchc đã đầy");
        assertThat(notice.aboutTheData()).isEmpty();
        assertThat(notice.text()).doesNotContain("RuntimeException").doesNotContain("General error");
    }
}

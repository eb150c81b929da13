package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

/** How the database's failures on a full or read-only disk are told apart, with H2's exceptions as H2 builds them. */
class DiskFaultTranslationTest {

    private static MVStoreException writingFailed(IOException cause) {
        return DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed; length {1} at {2}",
                "sun.nio.ch.FileChannelImpl@7cc586a8", 16384, 2064384, cause);
    }

    private static SQLException h2(int code, Throwable cause) {
        return new SQLException("General error: \"" + cause + "\"", "HY000", code, cause);
    }

    @Test
    void aGeneralErrorAroundNoSpaceLeftOnDeviceIsAFullDisk() {
        SQLException full = h2(ErrorCode.GENERAL_ERROR_1, writingFailed(new IOException("No space left on device")));

        assertThat(SqlFailures.translate(full).reason()).isEqualTo(StoreException.Reason.DISK_FULL);
    }

    @Test
    void anIoErrorAroundWindowsFullDiskIsAFullDisk() {
        SQLException full = h2(ErrorCode.IO_EXCEPTION_2, new IOException("There is not enough space on the disk"));

        assertThat(SqlFailures.translate(full).reason()).isEqualTo(StoreException.Reason.DISK_FULL);
    }

    @Test
    void aDatabaseClosedByTheFullDiskStillSaysSo() {
        // After a failed write H2 closes the store; later statements fail with "database has been closed" around it.
        SQLException closed = h2(ErrorCode.DATABASE_IS_CLOSED, writingFailed(new IOException("No space left on device")));

        assertThat(SqlFailures.translate(closed).reason()).isEqualTo(StoreException.Reason.DISK_FULL);
    }

    @Test
    void otherWriteFailuresKeepTheirReasons() {
        assertThat(SqlFailures.translate(h2(ErrorCode.GENERAL_ERROR_1, writingFailed(new IOException("Input/output error"))))
                .reason()).isEqualTo(StoreException.Reason.FAILED);
        assertThat(SqlFailures.translate(h2(ErrorCode.DATABASE_IS_READ_ONLY, new SQLException("read only"))).reason())
                .isEqualTo(StoreException.Reason.NOT_WRITABLE);
        assertThat(SqlFailures.translate(h2(ErrorCode.IO_EXCEPTION_2, new AccessDeniedException("/data/cchc.mv.db")))
                .reason()).isEqualTo(StoreException.Reason.NOT_WRITABLE);
    }

    @Test
    void aFileThatCouldNotBeWrittenNamesItsFolderAndWhetherTheDiskIsFull() {
        Path folder = Path.of("/data/cchc");

        StoreException full = StoreException.writeFailed("backup", new IOException("No space left on device"), folder);
        StoreException denied = StoreException.writeFailed("backup", new AccessDeniedException("/data/cchc/x"), folder);

        assertThat(full.reason()).isEqualTo(StoreException.Reason.DISK_FULL);
        assertThat(full.location()).contains(folder.toString());
        assertThat(denied.reason()).isEqualTo(StoreException.Reason.NOT_WRITABLE);
        assertThat(denied.location()).contains(folder.toString());
    }
}

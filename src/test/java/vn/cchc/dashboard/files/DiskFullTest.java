package vn.cchc.dashboard.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DiskFullTest {

    @Test
    void linuxAndMacSayNoSpaceLeftOnDevice() {
        assertThat(DiskFull.causes(new IOException("No space left on device"))).isTrue();
    }

    @Test
    void windowsSaysThereIsNotEnoughSpaceOrTheDiskIsFull() {
        assertThat(DiskFull.causes(new IOException("There is not enough space on the disk"))).isTrue();
        assertThat(DiskFull.causes(new IOException("The disk is full"))).isTrue();
    }

    @Test
    void aQuotaExceededIsAFullDiskForTheUser() {
        assertThat(DiskFull.causes(new IOException("Disk quota exceeded"))).isTrue();
    }

    @Test
    void aFileSystemExceptionCarriesTheReasonInItsMessage() {
        FileSystemException full = new FileSystemException("/data/cchc.mv.db", null, "No space left on device");

        assertThat(DiskFull.causes(full)).isTrue();
    }

    @Test
    void theDiskIsFoundDeepInH2sWrapping() {
        // JdbcSQLNonTransientException > MVStoreException ("Writing to sun.nio.ch.FileChannelImpl@… failed") > IOException
        RuntimeException storage = new IllegalStateException("Writing to sun.nio.ch.FileChannelImpl@7cc586a8 failed; "
                + "length 16384 at 2064384 [2.3.232/2]", new IOException("No space left on device"));
        SQLException jdbc = new SQLException("General error: \"" + storage + "\"", "HY000", 50000, storage);

        assertThat(DiskFull.causes(new RuntimeException("wrapped", new UncheckedIOException(new IOException(jdbc)))))
                .isTrue();
        assertThat(DiskFull.causes(jdbc)).isTrue();
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertThat(DiskFull.causes(new IOException("Permission denied"))).isFalse();
        assertThat(DiskFull.causes(new java.nio.file.AccessDeniedException("/data"))).isFalse();
        assertThat(DiskFull.causes(new IOException((String) null))).isFalse();
        assertThat(DiskFull.causes(null)).isFalse();
    }

    @Test
    void aSentenceOfOursQuotingTheWordsIsNotTheSystemSpeaking() {
        assertThat(DiskFull.causes(new IllegalArgumentException("note: no space left on device"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        IOException first = new IOException("first");
        IOException second = new IOException("second", first);
        first.initCause(second);

        assertThat(DiskFull.causes(first)).isFalse();
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.store.Database;

/** The results prepared at start-up, on a real embedded store: handed out while unchanged, and only those. */
class PreparedResultsTest {

    @TempDir
    Path folder;
    Database database;
    PreparedResults prepared;

    @BeforeEach
    void open() {
        database = Database.openEmbedded(folder);
        prepared = new PreparedResults(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    void write() {
        database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO reform_programme (code, name, start_year, end_year) VALUES ('X', 'Thử', 2026, 2030)"));
    }

    @Test
    void aPreparedResultIsHandedOutUntilTheStoreChanges() {
        prepared.prepare("k", () -> "prepared");

        assertThat(prepared.<String>ready("k")).contains("prepared");
        assertThat(prepared.get("k", () -> "computed")).isEqualTo("prepared");

        write();
        assertThat(prepared.<String>ready("k")).isEmpty();
        assertThat(prepared.get("k", () -> "computed")).isEqualTo("computed");
    }

    @Test
    void onlyAnnouncedResultsAreHandedOut() {
        assertThat(prepared.<String>ready("other")).isEmpty();
        assertThat(prepared.get("other", () -> "computed")).isEqualTo("computed");
    }
}

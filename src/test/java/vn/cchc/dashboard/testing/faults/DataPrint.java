package vn.cchc.dashboard.testing.faults;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import vn.cchc.dashboard.store.Database;

/** Row counts and highest ids of a data folder's tables: the same before and after means nothing was written. */
public final class DataPrint {

    private static final String[] TABLES = {"plan", "org_unit", "task", "progress_update", "audit_entry"};

    private DataPrint() {
    }

    public static String of(Path dataFolder) {
        try (Database database = Database.openEmbedded(dataFolder)) {
            return database.inTransaction(c -> {
                StringBuilder print = new StringBuilder();
                for (String table : TABLES) {
                    try (Statement s = c.createStatement();
                         ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM " + table)) {
                        r.next();
                        print.append(table).append('=').append(r.getLong(1)).append('/').append(r.getLong(2)).append(' ');
                    }
                }
                return print.toString().strip();
            });
        }
    }
}

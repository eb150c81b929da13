package vn.cchc.dashboard.app;

import java.sql.ResultSet;
import java.sql.Statement;

/** Row counts and the highest ids of every table: equal before and after means nothing was written. */
final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    static String of(AppContext context) {
        return context.store().database().inTransaction(c -> {
            StringBuilder print = new StringBuilder();
            for (String table : new String[] {"plan", "org_unit", "task", "task_cooperator", "progress_update", "audit_entry"}) {
                String id = table.equals("task_cooperator") ? "task_id" : "id";
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(" + id + "), 0) FROM " + table)) {
                    r.next();
                    print.append(table).append('=').append(r.getLong(1)).append('/').append(r.getLong(2)).append(' ');
                }
            }
            return print.toString();
        });
    }
}

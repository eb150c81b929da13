package vn.cchc.dashboard.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Copies every table of one database into another with the same schema (the local file to a shared server):
 * in dependency order, ids kept, identity sequences moved past them, all in one transaction on the target. Before
 * it commits, each table's row count and checksum are compared on both sides; a difference rolls everything back.
 */
public final class DatabaseCopy {

    /**
     * One table: its name, the column that refers to a row of the same table (filled in once every row is there),
     * and whether it has an identity column "id".
     */
    private record Table(String name, String selfReference, boolean identity) {
    }

    /** Parents before children; the reverse order empties a target. flyway_schema_history is each side's own. */
    private static final List<Table> TABLES = List.of(
            new Table("reform_programme", null, false),
            new Table("reform_area", null, false),
            new Table("indicator", "parent_code", false),
            new Table("indicator_target", null, false),
            new Table("indicator_milestone", null, false),
            new Table("indicator_change", null, true),
            new Table("org_unit", "successor_id", true),
            new Table("plan", null, true),
            new Table("task", null, true),
            new Table("task_cooperator", null, false),
            new Table("progress_update", "supersedes_id", true),
            new Table("audit_entry", null, true),
            new Table("indicator_value", null, true),
            new Table("national_result_set", null, true),
            new Table("national_result_component", null, false),
            new Table("national_result_province", null, false),
            new Table("national_result_score", null, false),
            new Table("statistic_item", null, false),
            new Table("statistic_return", null, true),
            new Table("statistic_value", null, false),
            new Table("unit_index_criterion", null, false),
            new Table("unit_index_exemption", null, false),
            new Table("unit_index_score", null, false),
            new Table("unit_index_change", null, true),
            new Table("unit_index_lock_event", null, true));

    /** Tables that hold what people entered: a target with rows in any of them is not empty. */
    private static final List<String> USER_DATA = List.of("org_unit", "plan", "task", "progress_update", "audit_entry",
            "indicator_value", "statistic_return");

    private static final int BATCH = 500;

    /** One table's figures on both sides. */
    public record TableCheck(String table, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {
        public boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into {@code target}.
     *
     * @param replace also when the target already holds plans, units or updates (they are replaced)
     * @return each table's counts and checksums, which all match
     * @throws StoreException {@code NOT_OURS} for a target that already holds data (and {@code replace} is false);
     *                        {@code FAILED} when a table's count or checksum differs (nothing is committed)
     */
    public static List<TableCheck> copy(Database source, Database target, boolean replace) {
        return source.inTransaction(from -> target.inTransaction(to -> {
            if (!replace) {
                refuseNonEmpty(to);
            }
            for (Table table : emptyingOrder()) {
                if (table.selfReference() != null) {
                    Jdbc.update(to, "UPDATE " + table.name() + " SET " + table.selfReference() + " = NULL");
                }
                Jdbc.update(to, "DELETE FROM " + table.name());
            }
            for (Table table : TABLES) {
                copyTable(from, to, table);
                if (table.identity()) {
                    restartIdentity(to, table.name(), target.kind());
                }
            }
            List<TableCheck> checks = new ArrayList<>();
            for (Table table : TABLES) {
                Fingerprint before = fingerprint(from, table.name());
                Fingerprint after = fingerprint(to, table.name());
                checks.add(new TableCheck(table.name(), before.rows(), after.rows(), before.checksum(), after.checksum()));
            }
            if (!checks.stream().allMatch(TableCheck::matches)) {
                throw new CopyMismatch(checks);
            }
            return checks;
        }));
    }

    private static List<Table> emptyingOrder() {
        List<Table> children = new ArrayList<>(TABLES);
        java.util.Collections.reverse(children);
        return children;
    }

    /** Thrown inside the target's transaction, so that it rolls back; carries what differed. */
    public static final class CopyMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<TableCheck> checks;

        CopyMismatch(List<TableCheck> checks) {
            super("copy verification failed: " + checks.stream().filter(c -> !c.matches()).map(TableCheck::table).toList());
            this.checks = List.copyOf(checks);
        }

        public List<TableCheck> checks() {
            return checks;
        }
    }

    private static void refuseNonEmpty(Connection to) throws SQLException {
        for (String table : USER_DATA) {
            if (Jdbc.queryLong(to, "SELECT COUNT(*) FROM " + table) > 0) {
                throw new StoreException(StoreException.Reason.NOT_OURS, "target already holds data in " + table);
            }
        }
    }

    private static void copyTable(Connection from, Connection to, Table table) throws SQLException {
        List<Object[]> selfReferences = new ArrayList<>();
        try (PreparedStatement read = from.prepareStatement("SELECT * FROM " + table.name());
             ResultSet rows = read.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            int selfColumn = -1;
            for (int i = 1; i <= columns; i++) {
                String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                names.add(name);
                if (name.equals(table.selfReference())) {
                    selfColumn = i;
                }
            }
            String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement write = to.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = value(rows, i, meta.getColumnType(i));
                        if (i == selfColumn && value != null) {
                            selfReferences.add(new Object[] {value, key(rows, table)});
                            value = null;
                        }
                        if (value == null) {
                            write.setNull(i, meta.getColumnType(i));
                        } else {
                            write.setObject(i, value);
                        }
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        if (!selfReferences.isEmpty()) {
            String keyColumn = table.identity() ? "id" : "code";
            try (PreparedStatement link = to.prepareStatement("UPDATE " + table.name() + " SET " + table.selfReference()
                    + " = ? WHERE " + keyColumn + " = ?")) {
                for (Object[] reference : selfReferences) {
                    link.setObject(1, reference[0]);
                    link.setObject(2, reference[1]);
                    link.addBatch();
                }
                link.executeBatch();
            }
        }
    }

    private static Object key(ResultSet rows, Table table) throws SQLException {
        return table.identity() ? rows.getLong("id") : rows.getString("code");
    }

    /** Dates and times as java.time values: no time zone of either machine gets in between. */
    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> rows.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rows.getObject(column, LocalDateTime.class);
            default -> rows.getObject(column);
        };
    }

    /** Moves the identity past the copied ids, so that the next row added on the target gets a new one. */
    private static void restartIdentity(Connection to, String table, Database.Kind kind) throws SQLException {
        long next = Jdbc.queryLong(to, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        if (kind == Database.Kind.SERVER) {
            Jdbc.queryLong(to, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
        } else {
            Jdbc.update(to, "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    private record Fingerprint(long rows, String checksum) {
    }

    /**
     * The table's row count and a SHA-256 over its rows, each row written as canonical text (columns by name,
     * numbers without trailing zeros, dates in ISO) and the rows sorted as text: the same on H2 and PostgreSQL,
     * whatever each database's collation and column types return.
     */
    private static Fingerprint fingerprint(Connection c, String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement("SELECT * FROM " + table); ResultSet rows = read.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Integer> order = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing(i -> columnName(meta, i)));
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i : order) {
                    line.append(columnName(meta, i)).append('=').append(canonical(value(rows, i, meta.getColumnType(i))))
                            .append('\u001f');
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return new Fingerprint(lines.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String columnName(ResultSetMetaData meta, int i) {
        try {
            return meta.getColumnName(i).toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u2205";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}

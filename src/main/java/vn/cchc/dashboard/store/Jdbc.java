package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC chores every repository shares, written once and portable between H2 and PostgreSQL. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        bind(statement, params);
        return statement;
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    static long queryLong(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Rows sent to the database per round trip by the batch writers. */
    private static final int BATCH = 1_000;

    /**
     * Inserts every row of {@code rows} (each the parameters of {@code sql}) in JDBC batches and returns the
     * identities the database gave them, in order: a large import takes a few round trips instead of one per row.
     */
    static List<Long> insertAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new SQLException(ids.size() + " generated keys returned for " + rows.size() + " rows: " + sql);
        }
        return ids;
    }

    /** As {@link #insertAll} for rows whose identities nobody needs (or that have none). */
    static void updateAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** Inserts one row and returns the identity the database gave it. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key returned for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return date(row, row.findColumn(column));
    }

    /** By position: H2 upper-cases a column name on every lookup, which counts when a plan has 10^5 updates. */
    static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        return nullableLong(row, row.findColumn(column));
    }

    /** Instants are stored as UTC in a plain TIMESTAMP column, which both databases treat alike. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        return instant(row, row.findColumn(column));
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}

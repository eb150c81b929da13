package vn.cchc.dashboard.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;

/**
 * The connections to a shared PostgreSQL server: how many, how long to wait for the server, and how the session
 * names itself. Apart from {@link Database}, which runs the same transactions on this pool as on the embedded file's.
 */
final class ServerPool {

    private ServerPool() {
    }

    /**
     * A pool connected to {@code address}.
     *
     * @throws StoreException when its first connection fails: the server out of reach, the login refused
     */
    static HikariDataSource open(ServerAddress address) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.url());
        if (address.password() != null) {
            config.setPassword(address.password());
        }
        config.setPoolName("cchc-server");
        // A few users each with one window: a small pool, and a lost server reported in seconds, not minutes.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("socketTimeout", "300");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "CCHC Dashboard");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw e.getCause() instanceof SQLException sql ? SqlFailures.translate(sql)
                    : new StoreException(StoreException.Reason.UNREACHABLE, ServerAddress.mask(e.getMessage()), e);
        }
    }
}

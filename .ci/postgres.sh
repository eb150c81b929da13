# A throw-away PostgreSQL server on loopback for the tests: sourced by .ci/run (and usable by hand).
#   source .ci/postgres.sh; pg_test_start   → exports CCHC_TEST_PG (a JDBC URL with a one-off password)
#   pg_test_stop                            → stops the server and deletes its data directory
# The test login may create roles (CREATEROLE), as the owner of a real shared database must to add accounts.
# Debian's postgresql package is installed when missing. The cluster lives in a temporary directory owned by the
# postgres user (initdb refuses to run as root), listens on 127.0.0.1 only, on the first free port from 55432.

pg_test_bin() {
  local dir
  dir=$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    echo "Installing PostgreSQL for the shared-server tests" >&2
    # Only the programs: no system-wide cluster left running on port 5432 after the tests.
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

# Runs a PostgreSQL tool as the postgres user when we are root (initdb and postgres refuse root).
pg_test_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_test_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port between 55432 and 55532" >&2
  return 1
}

pg_test_start() {
  local bin port password
  bin=$(pg_test_bin)
  port=$(pg_test_free_port)
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  PG_TEST_DIR=$(mktemp -d /tmp/cchc-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_TEST_DIR"
  pg_test_as_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  PG_TEST_BIN=$bin
  pg_test_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_TEST_DIR" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  pg_test_as_owner "$bin/psql" -q -h "$PG_TEST_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE cchc_test LOGIN CREATEROLE PASSWORD '$password'" -c "CREATE DATABASE cchc_test OWNER cchc_test" >/dev/null
  export CCHC_TEST_PG="jdbc:postgresql://127.0.0.1:$port/cchc_test?user=cchc_test&password=$password"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $PG_TEST_DIR)"
}

pg_test_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    pg_test_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    echo "PostgreSQL for the tests stopped"
  fi
}

# Servers the tests need, installed from apt and started on 127.0.0.1 (nothing is assumed to be running).
# PostgreSQL's port: HADATH_PG_PORT when set, else the first of 55432-55451 that nothing listens on (so two test runs
# on one machine, e.g. in two worktrees, each get a server).
free_port() {
  local p
  for p in $(seq 55432 55451); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  echo 55432
}
HADATH_PG_PORT=${HADATH_PG_PORT:-$(free_port)}

# A throwaway PostgreSQL cluster (trust auth, UTF-8) for the store tests; exports HADATH_TEST_PG.
start_postgres() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    (apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 \
      || { echo "services: could not install postgresql; PostgreSQL tests will not run"; return 0; }
  fi
  local pgbin; pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  HADATH_PG_DIR=$(mktemp -d); chmod 755 "$HADATH_PG_DIR"
  install -d -o postgres -g postgres "$HADATH_PG_DIR/data"
  chown postgres "$HADATH_PG_DIR"
  if su postgres -c "$pgbin/initdb -D $HADATH_PG_DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null 2>&1 \
     && su postgres -c "$pgbin/pg_ctl -D $HADATH_PG_DIR/data -l $HADATH_PG_DIR/log -w -o '-c listen_addresses=127.0.0.1 -p $HADATH_PG_PORT -k $HADATH_PG_DIR' start" >/dev/null 2>&1; then
    export HADATH_TEST_PG="Host=127.0.0.1;Port=$HADATH_PG_PORT;Username=postgres;Database=postgres"
    HADATH_PG_BIN=$pgbin
    echo "services: PostgreSQL on 127.0.0.1:$HADATH_PG_PORT"
  else
    echo "services: PostgreSQL did not start (see $HADATH_PG_DIR/log); PostgreSQL tests will not run"
  fi
}

stop_postgres() {
  if [ -n "${HADATH_PG_BIN:-}" ]; then
    su postgres -c "$HADATH_PG_BIN/pg_ctl -D $HADATH_PG_DIR/data -m fast stop" >/dev/null 2>&1
    rm -rf "$HADATH_PG_DIR"; unset HADATH_TEST_PG HADATH_PG_BIN
  fi
}

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; browsers are never downloaded).
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) >/dev/null 2>&1 \
    || echo "services: could not install chromium; browser tests will be skipped"
}

start_services() { start_postgres; ensure_chromium; }
stop_services() { stop_postgres; }

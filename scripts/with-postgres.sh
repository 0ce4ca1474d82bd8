#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: a temp folder, a loopback port, stopped
# and removed afterwards. The command sees TEST_DATABASE_URL (a superuser URL to the cluster).
# As root, the cluster runs as the `postgres` user (initdb refuses root).
#   bash scripts/with-postgres.sh npx vitest run src/server
set -uo pipefail
cd "$(dirname "$0")/.."

bin=$(bash scripts/ensure-postgres.sh) || exit 1
dir=$(mktemp -d -t decroche-pg.XXXXXX)
chmod 755 "$dir"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
stop() {
  as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap stop EXIT

as_pg "$bin/initdb" -D "$dir/data" -U decroche -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
  { echo "initdb failed:"; cat "$dir/initdb.log"; exit 1; }
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
  { echo "PostgreSQL did not start:"; cat "$dir/postgres.log"; exit 1; }

export TEST_DATABASE_URL="postgres://decroche@127.0.0.1:$port/postgres"
"$@"

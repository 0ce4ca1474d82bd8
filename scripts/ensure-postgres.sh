#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server binaries are present (the server tests run against a
# throw-away cluster, scripts/with-postgres.sh). Installs them when we can (root with apt-get, as
# in CI containers); otherwise says how, in one line. Prints the folder of the binaries.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(find_bin)
if [ -z "$bin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL is missing: installing it with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
  # The package starts a system cluster; the tests use their own.
  service postgresql stop >/dev/null 2>&1 || true
  bin=$(find_bin)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is missing: run \`sudo apt-get install -y postgresql\`" >&2
  exit 1
fi
echo "$bin"

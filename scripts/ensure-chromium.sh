#!/usr/bin/env bash
# Makes sure the Debian Chromium the end-to-end tests and benchmarks drive is present.
# Installs it when we can (root with apt-get, as in CI containers); otherwise says how, in one line.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: the end-to-end tests and the benchmarks drive Debian's Chromium (/usr/bin/chromium)."
  echo "Installing it with apt-get (package lists, then the browser: a few minutes, once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  echo "Downloading and installing chromium…"
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && { echo "Chromium installed."; exit 0; }
fi

echo "Chromium is missing: run \`sudo apt-get install -y chromium\`" >&2
exit 1

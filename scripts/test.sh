#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, Chromium, type-check, lint, unit tests, build,
# end-to-end tests. Every stage runs even when an earlier one failed (except the end-to-end tests,
# which need the build), so one run shows every problem. The last line is `N passed, N failed`
# (vitest + end-to-end tests, plus one failure per failed check stage): CI reads it.
set -uo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed_stages=()
stage() { if [ -t 1 ]; then printf '\n\033[1m▶ %s\033[0m\n' "$1"; else printf '\n▶ %s\n' "$1"; fi; }
finish() {
  local passed=$1 failed=$2
  if [ ${#failed_stages[@]} -gt 0 ]; then
    printf '\nFailed stages: %s\n' "${failed_stages[*]}"
  fi
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
  exit $?
}

# 1. Dependencies: install when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  stage "Installing dependencies"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
  else
    npm install --no-audit --no-fund
  fi || { failed_stages+=(install); finish 0 1; }
fi

# 2. The browser the end-to-end tests drive (said before it is installed: it takes a while), and the
# PostgreSQL the server tests run against.
[ -x /usr/bin/chromium ] || stage "Chromium for the end-to-end tests"
bash scripts/ensure-chromium.sh || { failed_stages+=(chromium); finish 0 1; }
bash scripts/ensure-postgres.sh >/dev/null || { failed_stages+=(postgres); finish 0 1; }

# 3. Static checks.
stage "Type-check (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --threshold error || failed_stages+=(svelte-check)

stage "Lint (eslint)"
npx eslint . || failed_stages+=(eslint)

# 4. Unit and component tests; the server's on PGlite and on a throw-away PostgreSQL cluster.
stage "Unit tests (vitest, server on PGlite and PostgreSQL)"
bash scripts/with-postgres.sh npx vitest run --reporter=default --reporter=json --outputFile.json="$tmp/vitest.json"
vitest_rc=$?
read -r unit_passed unit_failed < <(node -e '
  const fs = require("node:fs");
  let r;
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { console.log("0 0"); process.exit(); }
  // A file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  console.log(r.numPassedTests, r.numFailedTests + brokenFiles);
' "$tmp/vitest.json")
if [ "$vitest_rc" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then
  failed_stages+=(vitest)
fi

# 5. Production build, then the end-to-end tests against it in headless Chromium.
e2e_passed=0
e2e_failed=0
stage "Build (npm run build)"
if npm run build --silent; then
  stage "End-to-end tests (Chromium)"
  node tests/e2e/run.js | tee "$tmp/e2e.log"
  e2e_rc=${PIPESTATUS[0]}
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$tmp/e2e.log" | tail -n 1)
  if [ -n "$summary" ]; then
    read -r e2e_passed _ e2e_failed _ <<<"$summary"
  fi
  if [ "$e2e_rc" -ne 0 ] && [ "$e2e_failed" -eq 0 ]; then
    failed_stages+=(e2e)
  fi
else
  failed_stages+=(build)
fi

finish $((unit_passed + e2e_passed)) $((unit_failed + e2e_failed + ${#failed_stages[@]}))

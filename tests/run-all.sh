#!/usr/bin/env bash
# The whole suite, as the README and CI run it: `npm test`.
# Installs dependencies and Chromium if needed, then: types (svelte-check), unit and property tests
# (Vitest), the scenario linter, the catalogue check, and the end-to-end tests in real Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
results=tests/.results
rm -rf "$results" && mkdir -p "$results"
status=0
step() { echo; echo "── $1"; }

step "install"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
bash tests/ensure-chromium.sh || exit 1

step "types (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine > "$results/check.txt" 2>&1
check=$?
tail -n 5 "$results/check.txt"
[ $check -eq 0 ] || status=1

step "unit, property and CLI tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1

step "scenario library (lint)"
npx tsx src/cli/lint-scenarios.ts --quiet scenarios || status=1

step "scenario catalogue is current"
npx tsx src/cli/catalogue.ts --check || status=1

step "end-to-end (Playwright, Debian's Chromium)"
PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/e2e.json" npx playwright test -c tests/e2e/playwright.config.ts --reporter=list,json || status=1

step "end-to-end on the built-in library, in each UI language"
PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/e2e-library.json" npx playwright test -c tests/e2e/library/library.config.ts --reporter=list,json || status=1

step "summary"
npx tsx tests/summarise-results.ts "$results" "$check" || status=1
exit $status

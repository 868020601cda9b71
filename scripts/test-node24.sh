#!/usr/bin/env bash
# Runs the vitest suite under Node 24, the Docker image's runtime, whatever Node this machine has (CI: Node 20).
# Node 24 comes from the npm registry's `node` package (see scripts/lib/node24.sh; NODE24=/path/to/node overrides).
# Needs `npm ci` done first. Extra arguments go to `vitest run` (e.g. a test file, or `--full`).
#
# By default it leaves out test/engine/ and test/fuzz/: the engine is plain ECMAScript plus Buffer and node:crypto,
# no I/O (the boundary test enforces it), and those are half of the suite's time. What depends on the runtime is all still
# run: the Slack app over real HTTP, fetch and nock, the key fetcher, the CLI as a process (it diagnoses
# every example and shared case under Node 24, through the engine), the leak and fault tests. Leaving the
# engine's own tests out keeps CI well inside five minutes; `--full` runs everything (about twice as long).
#
#   bash scripts/test-node24.sh            # or: npm run test:node24
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/node24.sh
source scripts/lib/node24.sh

if [[ ! -f node_modules/vitest/vitest.mjs ]]; then
  echo "test-node24: node_modules/vitest is missing: run npm ci first" >&2
  exit 1
fi
node24="$(resolve_node24)"
# First on PATH, so that npm, vitest's workers and any `node` a test spawns are Node 24 too.
PATH="$(dirname "$node24"):$PATH"
export PATH
echo "test-node24: Node $(node --version) at $node24"
if [[ "$(node -p 'process.versions.node.split(".")[0]')" != 24 ]]; then
  echo "test-node24: \`node\` on PATH is not Node 24" >&2
  exit 1
fi

# Rebuild dist/ (the CLI tests run dist/cli/bin.js) so the suite never tests a stale build.
npm run --silent build
report="$(mktemp -d)"
trap 'rm -rf "$report"' EXIT
status=0
selection=(--exclude 'test/engine/**' --exclude 'test/fuzz/**')
if [[ "${1:-}" == --full ]]; then
  selection=()
  shift
fi
node node_modules/vitest/vitest.mjs run "${selection[@]}" --reporter=default --reporter=json --outputFile.json="$report/vitest.json" "$@" ||
  status=$?
echo "test-node24: $([[ $status == 0 ]] && echo passed || echo FAILED) under Node $(node --version)"
# Last, one plain closing line for CI logs: "node24: N passed, N failed, N skipped". A test file that fails to load
# counts as one failure (vitest's JSON has no test for it), and so does a non-zero exit with nothing else failed.
if [[ -f "$report/vitest.json" ]]; then
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const fileErrors = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
    const failed = Math.max(r.numFailedTests + fileErrors, Number(process.argv[2]) === 0 ? 0 : 1);
    console.log(`node24: ${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + r.numTodoTests} skipped`);' \
    "$report/vitest.json" "$status"
fi
exit "$status"

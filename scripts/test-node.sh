#!/usr/bin/env bash
# Runs the vitest suite under another Node major than this machine's (CI: Node 20), from the npm registry's `node`
# package (scripts/lib/node-major.sh says how; NODE26=/path/to/node and the like override).
#
#   bash scripts/test-node.sh image        # the Docker image's Node (the Dockerfile's FROM line): npm run test:runtime
#   bash scripts/test-node.sh 24           # any other major: npm run test:node -- 24
#   bash scripts/test-node.sh 24 --full    # everything; further arguments go to `vitest run` (e.g. a test file)
#
# By default it leaves out test/engine/ and test/fuzz/: the engine is plain ECMAScript plus Buffer and node:crypto,
# no I/O (the boundary test enforces it), and those are half of the suite's time. What depends on the runtime is all still
# run: the Slack app over real HTTP, fetch and nock, the key fetcher, the CLI as a process (it diagnoses
# every example and shared case under that Node, through the engine), the leak and fault tests. Leaving the
# engine's own tests out keeps CI well inside five minutes; `--full` runs everything (about twice as long).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/node-major.sh
source scripts/lib/node-major.sh

want="${1:-}"
if [[ "$want" == image ]]; then
  want="$(image_node_major)"
elif [[ ! "$want" =~ ^[0-9]+$ ]]; then
  echo "test-node: the first argument must be a Node major version (e.g. 24) or 'image', not '${want}'" >&2
  exit 2
fi
shift
if [[ ! -f node_modules/vitest/vitest.mjs ]]; then
  echo "test-node: node_modules/vitest is missing: run npm ci first" >&2
  exit 1
fi
bin="$(resolve_node "$want")"
# First on PATH, so that npm, vitest's workers and any `node` a test spawns are that Node too.
PATH="$(dirname "$bin"):$PATH"
export PATH
echo "test-node: Node $(node --version) at $bin"
if [[ "$(node -p 'process.versions.node.split(".")[0]')" != "$want" ]]; then
  echo "test-node: \`node\` on PATH is not Node $want" >&2
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
echo "test-node: $([[ $status == 0 ]] && echo passed || echo FAILED) under Node $(node --version)"
# Last, one plain closing line for CI logs: "node26: N passed, N failed, N skipped". A test file that fails to load
# counts as one failure (vitest's JSON has no test for it), and so does a non-zero exit with nothing else failed.
if [[ -f "$report/vitest.json" ]]; then
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const fileErrors = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
    const failed = Math.max(r.numFailedTests + fileErrors, Number(process.argv[2]) === 0 ? 0 : 1);
    console.log(`node${process.argv[3]}: ${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + r.numTodoTests} skipped`);' \
    "$report/vitest.json" "$status" "$want"
fi
exit "$status"

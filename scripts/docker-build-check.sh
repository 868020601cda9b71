#!/usr/bin/env bash
# Replays the Dockerfile without a Docker engine, in a temporary directory, under the image's Node (its FROM line):
#   deps stage     copy the deps COPY sources, run its RUN (production dependencies only, no scripts)
#   build stage    copy the build COPY sources, run its RUN (npm ci, whose `prepare` script builds dist/)
#   runtime stage  assemble package.json + deps:/app/node_modules + build:/app/dist, nothing else
# then starts the runtime stage's CMD with fake Slack credentials, checks GET /healthz with the Dockerfile's own
# HEALTHCHECK command, runs scripts/lib/slack-smoke.mjs (an unsigned POST /slack/events is refused; a signed
# /jwt-diagnose is acked and its report reaches a local response_url), and stops the app with SIGTERM.
# Needs only the npm registry (npm ci, and node@<major> unless NODE<major>=/path/to/node). Takes about a minute.
#
#   bash scripts/docker-build-check.sh          # KEEP_DOCKER_CHECK_DIR=1 keeps the temporary directory
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/lib/node-major.sh
source "$root/scripts/lib/node-major.sh"

# ---- Mirrored from the Dockerfile; test/docker/dockerfile.test.ts fails when these and the Dockerfile differ. ----
DEPS_COPY=(package.json package-lock.json)
DEPS_RUN='npm ci --omit=dev --ignore-scripts --no-audit --no-fund'
BUILD_COPY=(package.json package-lock.json tsconfig.json tsconfig.build.json src)
BUILD_RUN='npm ci --no-audit --no-fund'
RUNTIME_COPY=(package.json)
RUNTIME_FROM_DEPS=(node_modules)
RUNTIME_FROM_BUILD=(dist)
RUNTIME_CMD=(node dist/slack/main.js)
# ------------------------------------------------------------------------------------------------------------------

started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }
fail() { echo "docker-build-check: FAIL: $*" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/jwt-diagnose-docker-check.XXXXXX")"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then kill -KILL "$app_pid" 2>/dev/null || true; fi
  if [[ "${KEEP_DOCKER_CHECK_DIR:-}" == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

image_node="$(resolve_node "$(image_node_major)")"
PATH="$(dirname "$image_node"):$PATH"
export PATH
# A docker build starts from a clean environment: no NODE_ENV, no SLACK_*, no npm_* variables inherited from
# `npm test` / `npm run` (npm_config_prefix and the like), except how to reach the registry.
keep='^npm_config_(registry|cache|cafile|proxy|https_proxy|noproxy|strict_ssl)$'
while IFS= read -r name; do
  [[ "$name" =~ $keep ]] || unset "$name"
done < <(compgen -e | grep -E '^(npm_|NODE_ENV$|SLACK_)' || true)
echo "docker-build-check: Node $(node --version), npm $(npm --version), in $work"

copy_context() { # stage-dir sources...
  local dir="$1" src; shift
  for src in "$@"; do
    [[ -e "$root/$src" ]] || fail "COPY source $src does not exist"
    cp -R "$root/$src" "$dir/"
  done
}

step "deps stage: COPY ${DEPS_COPY[*]}; RUN $DEPS_RUN"
mkdir -p "$work/deps" && copy_context "$work/deps" "${DEPS_COPY[@]}"
(cd "$work/deps" && bash -c "$DEPS_RUN")

step "build stage: COPY ${BUILD_COPY[*]}; RUN $BUILD_RUN"
mkdir -p "$work/build" && copy_context "$work/build" "${BUILD_COPY[@]}"
(cd "$work/build" && bash -c "$BUILD_RUN")
[[ -f "$work/build/${RUNTIME_CMD[1]}" ]] || fail "the build stage produced no ${RUNTIME_CMD[1]}"

step "runtime stage: COPY ${RUNTIME_COPY[*]}; --from=deps ${RUNTIME_FROM_DEPS[*]}; --from=build ${RUNTIME_FROM_BUILD[*]}"
rt="$work/runtime"
mkdir -p "$rt" && copy_context "$rt" "${RUNTIME_COPY[@]}"
for p in "${RUNTIME_FROM_DEPS[@]}"; do cp -R "$work/deps/$p" "$rt/"; done
for p in "${RUNTIME_FROM_BUILD[@]}"; do cp -R "$work/build/$p" "$rt/"; done
# Production dependencies only (nothing package-lock.json marks dev-only), and a complete tree.
dev_only="$(node -e '
  const { existsSync } = require("node:fs"), { join } = require("node:path");
  const [lock, dir] = process.argv.slice(1);
  const found = Object.entries(require(lock).packages)
    .filter(([path, p]) => path && p.dev && existsSync(join(dir, path)))
    .map(([path]) => path);
  console.log(found.join(" "));' "$root/package-lock.json" "$rt")"
[[ -z "$dev_only" ]] || fail "dev-only packages in the runtime stage: $dev_only"
for dev in typescript vitest; do [[ ! -e "$rt/node_modules/$dev" ]] || fail "$dev is in the runtime stage"; done
(cd "$rt" && npm ls --omit=dev --all >/dev/null) || fail "npm ls: the runtime stage's dependency tree is incomplete"
echo "runtime stage: $(du -sh "$rt" | cut -f1), node_modules: $(find "$rt/node_modules" -mindepth 1 -maxdepth 1 | wc -l) top-level entries"

step "start: ${RUNTIME_CMD[*]} (NODE_ENV=production, fake credentials)"
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
log="$work/app.log"
signing_secret=docker-check-signing-secret
# The Dockerfile's ENV, plus what `docker run -e` would pass. No SLACK_APP_TOKEN: HTTP mode.
(cd "$rt" && exec env NODE_ENV=production PORT="$port" \
  SLACK_SIGNING_SECRET="$signing_secret" SLACK_BOT_TOKEN=xoxb-fake \
  SLACK_BOT_ID=B0DOCKCHK SLACK_BOT_USER_ID=U0DOCKCHK \
  "${RUNTIME_CMD[@]}") >"$log" 2>&1 &
app_pid=$!

# The HEALTHCHECK's exec form, read from the Dockerfile itself, run as Docker would (with the container's PORT).
mapfile -t healthcheck < <(node -e '
  const text = require("node:fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
  const m = /^HEALTHCHECK\b.*?\bCMD\s+(\[.*\])\s*$/m.exec(text);
  if (!m) process.exit(1);
  for (const arg of JSON.parse(m[1])) console.log(arg);' "$root/Dockerfile") || fail "no HEALTHCHECK CMD [...] in the Dockerfile"
healthy=""
for _ in $(seq 1 60); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the app exited during start-up"; }
  if (cd "$rt" && PORT="$port" "${healthcheck[@]}"); then healthy=1; break; fi
  sleep 0.5
done
[[ -n "$healthy" ]] || { cat "$log" >&2; fail "HEALTHCHECK never passed (GET /healthz on port $port)"; }
echo "HEALTHCHECK passed: GET http://127.0.0.1:$port/healthz -> 200"

node "$root/scripts/lib/slack-smoke.mjs" "$port" "$signing_secret" || { cat "$log" >&2; fail "Slack smoke test"; }

step "stop: SIGTERM"
kill -TERM "$app_pid"
for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$app_pid" 2>/dev/null; then
  cat "$log" >&2
  fail "the app did not exit within 10 s of SIGTERM (docker stop would have to SIGKILL it)"
fi
wait "$app_pid" 2>/dev/null || true
app_pid=""
if grep -qF -e xoxb-fake -e "$signing_secret" "$log"; then fail "the app logged a credential"; fi
if grep -qF -e 'error_description=' -e 'The access token expired' "$log"; then fail "the app logged the pasted text"; fi
echo "app log: $(wc -l <"$log") lines, no credential or paste in it"

step "docker-build-check: PASS"

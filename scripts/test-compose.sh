#!/usr/bin/env bash
# npm run test:compose: builds the images, starts the docker-compose stack with two replicas of the gateway
# and of each subgraph, runs the smoke suite test/compose through nginx over HTTPS (a self-signed
# certificate made now), upgrades it to a new image tag as the README says and checks the data survived,
# and tears the stack down, also when something fails. Prints how long each step
# took. Needs root (it installs and starts Debian's Docker engine when missing). Not part of npm test/CI.
#
# Base images: unless NODE_BASE_IMAGE and DEBIAN_BASE_IMAGE are given (e.g. the public node:20-bookworm-slim
# and debian:bookworm-slim), local ones are built from Debian packages by scripts/docker-base.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

t0=$(date +%s)
step_start=$t0
step() { local now; now=$(date +%s); echo "== $1 ($((now - step_start)) s)"; step_start=$now; }

if ! command -v docker >/dev/null || ! command -v docker-compose >/dev/null; then
  echo "installing Debian's docker.io and docker-compose"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  echo "starting dockerd (log: /tmp/dockerd.log)"
  (dockerd >/tmp/dockerd.log 2>&1 &)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
fi

# The smoke suite runs on the host with the repository's vitest (a fresh clone has no node_modules yet).
[ -x node_modules/.bin/vitest ] || npm ci --no-audit --no-fund

if [ -z "${NODE_BASE_IMAGE:-}" ] || [ -z "${DEBIAN_BASE_IMAGE:-}" ]; then
  bash scripts/docker-base.sh
  NODE_BASE_IMAGE=clearpath/node:20 DEBIAN_BASE_IMAGE=clearpath/debian:bookworm NPM_CACHE_IMAGE=clearpath/npm-cache
fi
step "base images"

work=$(mktemp -d)
project="clearpath-test-$$"
free_port() { node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})"; }
https_port=$(free_port)
http_port=$(free_port)
api_key="cp_compose_$(openssl rand -hex 16)"
mkdir "$work/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$work/tls/tls.key" -out "$work/tls/tls.crt" 2>/dev/null
chmod 644 "$work/tls/tls.key" # read by nginx in the container; a throwaway key
cat >"$work/env" <<EOF
CLEARPATH_API_KEY=$api_key
POSTGRES_PASSWORD=$(openssl rand -hex 16)
CLEARPATH_HTTPS_PORT=$https_port
CLEARPATH_HTTP_PORT=$http_port
CLEARPATH_TLS_DIR=$work/tls
LOG_LEVEL=warn
NODE_BASE_IMAGE=$NODE_BASE_IMAGE
DEBIAN_BASE_IMAGE=$DEBIAN_BASE_IMAGE
NPM_CACHE_IMAGE=${NPM_CACHE_IMAGE:-$NODE_BASE_IMAGE}
EOF
compose() { docker-compose -p "$project" --env-file "$work/env" -f docker-compose.yml "$@"; }

status=1
teardown() {
  if [ "$status" -ne 0 ]; then
    echo "== failed; the services' last log lines:"
    compose logs --no-color --tail=40 2>&1 | tail -400 || true
  fi
  compose down -v --remove-orphans >/dev/null 2>&1 || true
  [ -n "${upgrade_tag:-}" ] && docker image rm "clearpath/app:$upgrade_tag" >/dev/null 2>&1 || true
  rm -rf "$work"
  echo "== test:compose took $(($(date +%s) - t0)) s in all"
}
trap teardown EXIT

compose config -q # a bad configuration fails here, before anything is built
compose build >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
step "images built"

scale="--scale gateway=2 --scale packages=2 --scale investigations=2 --scale realtime=2"
wait_healthy() {
  local nginx; nginx=$(compose ps -q nginx)
  for _ in $(seq 1 180); do
    [ "$(docker inspect -f '{{.State.Health.Status}}' "$nginx")" = healthy ] && return 0
    sleep 1
  done
  echo "nginx is not healthy" >&2; return 1
}
compose up -d $scale
wait_healthy
step "stack up (2 replicas of the gateway and of each subgraph)"

smoke() {
  COMPOSE_TEST_URL="https://localhost:$https_port" COMPOSE_TEST_HTTP_URL="http://localhost:$http_port" \
    COMPOSE_TEST_PROJECT="$project" COMPOSE_TEST_API_KEY="$api_key" NODE_EXTRA_CA_CERTS="$work/tls/tls.crt" \
    COMPOSE_TEST_STATE="$work/state.json" COMPOSE_TEST_IMAGE_TAG="${upgrade_tag:-}" \
    node_modules/.bin/vitest run --config test/compose/vitest.config.ts "$@"
}
smoke test/compose/stack.compose.test.ts
step "smoke suite"

# The README's upgrade: a new image tag, build, up -d (containers whose image changed are recreated).
upgrade_tag="upgrade-$$"
echo "CLEARPATH_IMAGE_TAG=$upgrade_tag" >>"$work/env"
compose build >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
compose up -d $scale
sleep 5 # the recreated containers start as "starting"; nginx's check goes through to a gateway
for service in gateway packages investigations realtime; do
  for _ in $(seq 1 180); do
    [ "$(compose ps -q "$service" | xargs docker inspect -f '{{.State.Health.Status}}' | grep -cx healthy)" -ge 2 ] && break
    sleep 1
  done
done
wait_healthy
smoke test/compose/upgrade.compose.test.ts
status=0
step "upgrade to a new image tag"

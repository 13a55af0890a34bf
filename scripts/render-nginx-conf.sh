#!/bin/sh
# Renders the nginx.conf template (first argument, default ./nginx.conf) to stdout with this deployment's
# values; nginx.conf's header lists the variables. Used by the nginx container at start and by the tests.
# Only the names below are substituted, so nginx's own $variables pass through untouched.
set -eu

: "${CLEARPATH_GATEWAY_UPSTREAM:=gateway:4000}"
: "${CLEARPATH_NGINX_RESOLVER:=127.0.0.11}"
: "${CLEARPATH_TLS_CERT:=/etc/nginx/tls/tls.crt}"
: "${CLEARPATH_TLS_KEY:=/etc/nginx/tls/tls.key}"
: "${CLEARPATH_NGINX_HTTP_PORT:=80}"
: "${CLEARPATH_NGINX_HTTPS_PORT:=443}"
: "${CLEARPATH_PUBLIC_HTTPS_PORT:=443}"
: "${CLEARPATH_NGINX_TEMP:=/tmp/clearpath-nginx}"

# CLEARPATH_CORS_ORIGINS (comma-separated origins) becomes the entries of nginx's $cors_origin map. Each
# must be exactly scheme://host[:port], the gateway's own rule, so nothing else can reach the config.
CLEARPATH_NGINX_CORS_MAP=''
for origin in $(printf '%s' "${CLEARPATH_CORS_ORIGINS:-}" | tr ',' ' '); do
  origin=${origin%/}
  if ! printf '%s' "$origin" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$'; then
    echo "CLEARPATH_CORS_ORIGINS: \"$origin\" is not an origin like https://app.example.com" >&2
    exit 1
  fi
  CLEARPATH_NGINX_CORS_MAP="$CLEARPATH_NGINX_CORS_MAP\"$origin\" \$http_origin; "
done

export CLEARPATH_GATEWAY_UPSTREAM CLEARPATH_NGINX_RESOLVER CLEARPATH_TLS_CERT CLEARPATH_TLS_KEY \
  CLEARPATH_NGINX_HTTP_PORT CLEARPATH_NGINX_HTTPS_PORT CLEARPATH_PUBLIC_HTTPS_PORT CLEARPATH_NGINX_TEMP \
  CLEARPATH_NGINX_CORS_MAP
envsubst '${CLEARPATH_GATEWAY_UPSTREAM} ${CLEARPATH_NGINX_RESOLVER} ${CLEARPATH_TLS_CERT} ${CLEARPATH_TLS_KEY}
  ${CLEARPATH_NGINX_HTTP_PORT} ${CLEARPATH_NGINX_HTTPS_PORT} ${CLEARPATH_PUBLIC_HTTPS_PORT} ${CLEARPATH_NGINX_TEMP}
  ${CLEARPATH_NGINX_CORS_MAP}' < "${1:-nginx.conf}"

#!/usr/bin/env bash
# From a fresh clone: install, build, bring up the services the tests use, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh
npm ci --no-audit --no-fund
npm run build
npm test

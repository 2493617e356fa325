#!/usr/bin/env bash
# Runs a benchmark against this checkout's local services (started if needed), with its own databases and Redis
# prefixes like the tests: bash bench/run.sh queues
source "$(dirname "${BASH_SOURCE[0]}")/../ci-cd/scripts/lib.sh"
bootstrap >/dev/null
bash "$ROOT/ci-cd/scripts/services.sh" start >/dev/null
load_service_env gafus
source "$ROOT/ci-cd/scripts/prepare-test-services.sh" >/dev/null 2>&1
# Not exec: the EXIT trap set by prepare-test-services.sh drops this run's template once the benchmark ends.
cd "$ROOT" && node --import tsx "bench/$1.ts" "${@:2}"

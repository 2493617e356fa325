#!/usr/bin/env bash
# npm test: every test — unit, integration against the real PostgreSQL/Redis/S3, and end-to-end in Debian Chromium
# through nginx. Uses its own databases, Redis index and buckets; the demo data and a running platform are left alone.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/ci-cd/scripts/stack.sh"
started=$(date +%s)

bootstrap
bash "$ROOT/ci-cd/scripts/services.sh" start
load_service_env gafus
source "$ROOT/ci-cd/scripts/prepare-test-services.sh"
cleanup() {
  stop_stack e2e
  [[ -n ${FAKE_LLM_PID:-} ]] && kill "$FAKE_LLM_PID" 2>/dev/null || true
  drop_test_run_databases
}
trap cleanup EXIT

log "checking formatting (pnpm format fixes it)"
(cd "$ROOT" && pnpm exec prettier --check . --log-level warn)

log "linting (ESLint)"
(cd "$ROOT" && pnpm exec eslint . --max-warnings 0)

log "type-checking every package"
(cd "$ROOT" && pnpm exec turbo run typecheck --output-logs=errors-only)

log "unit and integration tests"
(cd "$ROOT" && pnpm exec vitest run --config packages/testing/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$LOGS/vitest.json")

log "building the apps"
(cd "$ROOT" && pnpm exec turbo run build --output-logs=errors-only >"$LOGS/build.log" 2>&1) || { tail -n 60 "$LOGS/build.log"; die "build failed"; }

log "starting the end-to-end stack"
psql_admin -c "create database \"$TEST_E2E_DATABASE\" template \"$TEST_TEMPLATE_DATABASE\""
export DATABASE_URL="$DATABASE_SERVER_URL/$TEST_E2E_DATABASE"
export REDIS_URL="$TEST_REDIS_URL" REDIS_KEY_PREFIX="e2e:$TEST_RUN_ID:" S3_BUCKET="gafus-e2e-$TEST_RUN_ID"
# Every browser in the run comes from 127.0.0.1: the per-IP limits would trip on the suite itself. The per-account
# limit stays at its default and is what the end-to-end rate-limit test exercises.
export AUTH_SIGNIN_LIMIT_PER_IP=100000 AUTH_REGISTER_LIMIT_PER_IP=100000
(cd "$ROOT/packages/prisma" && pnpm run --silent seed >/dev/null)
(cd "$ROOT" && node --import tsx ci-cd/scripts/ensure-bucket.ts)
# The AI features run against a local fake speaking the OpenAI protocol; no model runs on this machine.
rm -f "$LOGS/fake-llm.url"
(cd "$ROOT" && exec node --import tsx ci-cd/scripts/fake-llm.ts "$LOGS/fake-llm.url") >"$LOGS/fake-llm.log" 2>&1 &
FAKE_LLM_PID=$!
for _ in $(seq 100); do [[ -s $LOGS/fake-llm.url ]] && break; sleep 0.1; done
[[ -s $LOGS/fake-llm.url ]] || { cat "$LOGS/fake-llm.log"; die "the fake AI endpoint did not start"; }
export AI_BASE_URL=$(cat "$LOGS/fake-llm.url") AI_MODEL=fake
E2E_PORT=$(free_port 8180)
export AUTH_URL="http://localhost:$E2E_PORT" PUBLIC_URL="http://localhost:$E2E_PORT" E2E_BASE_URL="http://localhost:$E2E_PORT"
start_stack e2e "$E2E_PORT" 3200

log "end-to-end tests in Chromium"
rm -rf "$ROOT/test-results/screenshots"
(cd "$ROOT" && PLAYWRIGHT_JSON_OUTPUT_NAME="$LOGS/playwright.json" pnpm exec playwright test --config packages/testing/playwright.config.ts --reporter=list,json)

log "all tests passed in $(($(date +%s) - started)) s"
# One closing line in the plain "N passed, N failed" form, counting unit, integration and end-to-end tests.
node -e '
  const fs = require("fs");
  const v = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).stats;
  const passed = v.numPassedTests + p.expected;
  const failed = v.numFailedTests + p.unexpected + (p.flaky ?? 0);
  console.log(`${passed} passed, ${failed} failed`);' "$LOGS/vitest.json" "$LOGS/playwright.json"

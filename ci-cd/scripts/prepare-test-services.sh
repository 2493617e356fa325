# Sourced by test.sh and bench/run.sh: points the run at databases, a Redis index and buckets of its own, never the
# demo data, and never at another run's. Every database of the run is named gafus_t_<run id>_… (template, per-file
# clones, end-to-end), and the run id records when, where and under which pid the run started (test-run.ts), so:
# - at the end the run drops only gafus_t_<its id>_* (drop_test_run_databases, also on failure through the trap);
# - at the start it drops other runs' leftovers only when those runs are provably over: started more than a day ago,
#   or started on this machine (same boot and pid namespace) by a process that no longer exists.
test_run_env=$(cd "$ROOT" && node --import tsx ci-cd/scripts/test-run.ts prepare "$$")
while IFS= read -r line; do export "${line%%=*}=${line#*=}"; done <<<"$test_run_env"
export TEST_DATABASE_SERVER_URL="$DATABASE_SERVER_URL"
export TEST_S3_ENDPOINT="$S3_ENDPOINT"

drop_test_run_databases() {
  (cd "$ROOT" && node --import tsx ci-cd/scripts/test-run.ts drop "$TEST_RUN_ID") || log "could not drop this run's databases (gafus_t_${TEST_RUN_ID}_*)"
}
# Callers that set their own EXIT trap call drop_test_run_databases from it.
trap drop_test_run_databases EXIT

# One template per run, migrated from scratch so it always matches the migrations; each test file clones it.
psql_admin -c "create database \"$TEST_TEMPLATE_DATABASE\""
(cd "$ROOT/packages/prisma" && DATABASE_URL="$DATABASE_SERVER_URL/$TEST_TEMPLATE_DATABASE" pnpm exec prisma migrate deploy >/dev/null)

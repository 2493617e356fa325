# Sourced by test.sh: points the test run at its own databases, Redis index and buckets, never the demo data.
export TEST_RUN_ID="${TEST_RUN_ID:-r$(date +%s)}"
export TEST_DATABASE_SERVER_URL="$DATABASE_SERVER_URL"
export TEST_TEMPLATE_DATABASE=gafus_test_template
export TEST_REDIS_URL="${REDIS_URL%/*}/1"
export TEST_S3_ENDPOINT="$S3_ENDPOINT"

# Databases left behind by an interrupted earlier run.
for db in $(psql_admin -c "select datname from pg_database where datname like 'gafus\_t\_%' or datname = 'gafus_e2e'"); do
  psql_admin -c "drop database if exists \"$db\" with (force)"
done
# The template every test file clones: migrated from scratch on each run, so it always matches the migrations.
psql_admin -c "drop database if exists $TEST_TEMPLATE_DATABASE with (force)"
psql_admin -c "create database $TEST_TEMPLATE_DATABASE"
(cd "$ROOT/packages/prisma" && DATABASE_URL="$DATABASE_SERVER_URL/$TEST_TEMPLATE_DATABASE" pnpm exec prisma migrate deploy >/dev/null)

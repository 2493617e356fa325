#!/usr/bin/env bash
# npm start: installs what is missing, starts PostgreSQL, Redis, S3 and nginx under .data/, migrates, seeds the
# demo data (once) and serves the platform at http://localhost:8080. Safe to run again.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/ci-cd/scripts/stack.sh"
started=$(date +%s)

bootstrap
bash "$ROOT/ci-cd/scripts/services.sh" start
load_service_env gafus

if [ -z "$(psql_admin -c "select 1 from pg_database where datname = 'gafus'")" ]; then psql_admin -c "create database gafus"; fi
log "applying migrations"
(cd "$ROOT/packages/prisma" && pnpm exec prisma migrate deploy >"$LOGS/migrate.log" 2>&1) || { cat "$LOGS/migrate.log"; die "migrations failed"; }
log "seeding demo data (existing rows are kept)"
(cd "$ROOT/packages/prisma" && pnpm run --silent seed)

log "building the apps (cached after the first time)"
(cd "$ROOT" && pnpm exec turbo run build --output-logs=errors-only >"$LOGS/build.log" 2>&1) || { tail -n 60 "$LOGS/build.log"; die "build failed"; }

export GAFUS_PORT="${GAFUS_PORT:-8080}"
stop_stack dev
if [ "$(free_port "$GAFUS_PORT")" != "$GAFUS_PORT" ]; then
  die "port $GAFUS_PORT is taken by another program (another Gafus checkout?): stop it, or run GAFUS_PORT=8081 npm start"
fi
export AUTH_URL="http://localhost:$GAFUS_PORT" PUBLIC_URL="http://localhost:$GAFUS_PORT"
start_stack dev "$GAFUS_PORT" 3000

cat <<MSG

  Gafus is running at http://localhost:$GAFUS_PORT   ($(($(date +%s) - started)) s)

    students        http://localhost:$GAFUS_PORT/
    trainer panel   http://localhost:$GAFUS_PORT/trainer/
    error dashboard http://localhost:$GAFUS_PORT/errors/
    queues          http://localhost:$GAFUS_PORT/queues/
    API description http://localhost:$GAFUS_PORT/api/v1/openapi.json

  Demo accounts (password gafus-demo-2026):
    admin@gafus.local  moderator@gafus.local  trainer@gafus.local  coach@gafus.local
    student@gafus.local  student.en@gafus.local

  Logs: .data/logs/   Stop: npm stop
MSG

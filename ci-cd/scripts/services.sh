#!/usr/bin/env bash
# Starts or stops the local PostgreSQL, Redis and S3 (s3rver) under .data/, unless DATABASE_URL, REDIS_URL or
# S3_ENDPOINT point at services that are already reachable. Writes the chosen URLs to .data/services.env.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_node
ENV_FILE="$DATA/services.env"
[ -f "$ENV_FILE" ] && source "$ENV_FILE"

pg_run() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PostgreSQL refuses to run as root, so as root the cluster runs as the postgres user, which must be able to reach
# .data/. A checkout under a private directory (mode 700) would stop it: grant traverse (x) on the parents only.
ensure_postgres_can_reach_data() {
  is_root || return 0
  runuser -u postgres -- test -x "$DATA" && return 0
  local dir="$DATA"
  while [ "$dir" != "/" ]; do
    chmod o+x "$dir"
    dir=$(dirname "$dir")
  done
  log "granted traverse permission on the parents of .data/ so the postgres user can reach its cluster"
}

start_postgres() {
  if [ -n "${GAFUS_EXTERNAL_DATABASE_URL:-}" ]; then return 0; fi
  local bin; bin=$(pg_bin)
  local dir="$DATA/postgres" sock="$DATA/postgres-sock"
  mkdir -p "$sock"
  ensure_postgres_can_reach_data
  if [ ! -f "$dir/PG_VERSION" ]; then
    log "initialising PostgreSQL in .data/postgres"
    mkdir -p "$dir"
    is_root && chown postgres:postgres "$dir" "$sock"
    pg_run "$bin/initdb" -D "$dir" -U gafus --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
  fi
  is_root && chown postgres:postgres "$sock"
  if pg_run "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then return 0; fi
  PG_PORT=$(free_port "${PG_PORT:-54329}")
  pg_run "$bin/pg_ctl" -D "$dir" -l "$DATA/postgres-sock/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $sock -c max_connections=200 -c fsync=on" start >/dev/null
  log "PostgreSQL listening on 127.0.0.1:$PG_PORT"
}

start_redis() {
  if [ -n "${GAFUS_EXTERNAL_REDIS_URL:-}" ]; then return 0; fi
  if [ -f "$RUN/redis.pid" ] && kill -0 "$(cat "$RUN/redis.pid")" 2>/dev/null; then return 0; fi
  mkdir -p "$DATA/redis"
  REDIS_PORT=$(free_port "${REDIS_PORT:-63790}")
  # Production settings on purpose: AOF so a restart keeps queued jobs, noeviction so BullMQ keys never vanish.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$DATA/redis" --daemonize yes \
    --pidfile "$RUN/redis.pid" --logfile "$LOGS/redis.log" --appendonly yes --maxmemory-policy noeviction
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  log "Redis listening on 127.0.0.1:$REDIS_PORT"
}

start_s3() {
  if [ -n "${GAFUS_EXTERNAL_S3_ENDPOINT:-}" ]; then return 0; fi
  if [ -f "$RUN/s3rver.pid" ] && kill -0 "$(cat "$RUN/s3rver.pid")" 2>/dev/null; then return 0; fi
  mkdir -p "$DATA/s3"
  S3_PORT=$(free_port "${S3_PORT:-45690}")
  nohup node "$ROOT/ci-cd/scripts/s3rver.mjs" "$DATA/s3" "$S3_PORT" >"$LOGS/s3rver.log" 2>&1 &
  echo $! >"$RUN/s3rver.pid"
  wait_for_http "http://127.0.0.1:$S3_PORT/" 30 || die "s3rver did not start: see .data/logs/s3rver.log"
  log "S3 (s3rver) listening on 127.0.0.1:$S3_PORT"
}

write_env() {
  {
    echo "PG_PORT=${PG_PORT:-}"
    echo "REDIS_PORT=${REDIS_PORT:-}"
    echo "S3_PORT=${S3_PORT:-}"
    echo "GAFUS_EXTERNAL_DATABASE_URL=${GAFUS_EXTERNAL_DATABASE_URL:-}"
    echo "GAFUS_EXTERNAL_REDIS_URL=${GAFUS_EXTERNAL_REDIS_URL:-}"
    echo "GAFUS_EXTERNAL_S3_ENDPOINT=${GAFUS_EXTERNAL_S3_ENDPOINT:-}"
  } >"$ENV_FILE"
}

stop_all() {
  [ -f "$RUN/s3rver.pid" ] && kill "$(cat "$RUN/s3rver.pid")" 2>/dev/null || true
  rm -f "$RUN/s3rver.pid"
  [ -f "$RUN/redis.pid" ] && kill "$(cat "$RUN/redis.pid")" 2>/dev/null || true
  rm -f "$RUN/redis.pid"
  if [ -f "$DATA/postgres/PG_VERSION" ]; then
    pg_run "$(pg_bin)/pg_ctl" -D "$DATA/postgres" -m fast -w stop >/dev/null 2>&1 || true
  fi
  log "local services stopped"
}

case "${1:-start}" in
  start)
    # Services a newcomer already runs are used as they are: remember them so a restart does not shadow them.
    : "${GAFUS_EXTERNAL_DATABASE_URL:=${DATABASE_URL:-}}"
    : "${GAFUS_EXTERNAL_REDIS_URL:=${REDIS_URL:-}}"
    : "${GAFUS_EXTERNAL_S3_ENDPOINT:=${S3_ENDPOINT:-}}"
    start_postgres; start_redis; start_s3; write_env ;;
  stop) stop_all ;;
  *) die "usage: services.sh start|stop" ;;
esac

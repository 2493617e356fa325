# Sourced: starts and stops one "stack" — the four HTTP apps behind their own nginx — against a given database.
# The platform (start.sh) is stack "dev" on port 8080; the end-to-end tests run stack "e2e" on a free port with
# their own database, Redis prefix and bucket, so tests never touch the demo data.

APPS=(web trainer-panel error-dashboard bull-board worker)

# host:port of S3 for nginx's /s3/ location (presigned browser uploads to the local s3rver).
s3_hostport() { local e=${S3_ENDPOINT#*://}; echo "${e%%/*}"; }

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

stop_stack() { # name
  local name=$1 app pid
  for app in "${APPS[@]}"; do
    if [ -f "$RUN/$name-$app.pid" ]; then
      pid=$(cat "$RUN/$name-$app.pid")
      kill "$pid" 2>/dev/null && for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$RUN/$name-$app.pid"
    fi
  done
  if [ -f "$RUN/nginx-$name.pid" ]; then
    kill "$(cat "$RUN/nginx-$name.pid")" 2>/dev/null || true
    rm -f "$RUN/nginx-$name.pid"
  fi
}

start_app() { # name app port
  local name=$1 app=$2 port=$3 dir="$ROOT/apps/$2"
  (
    cd "$dir"
    export PORT="$port" HOST=127.0.0.1 HOSTNAME=127.0.0.1 NODE_ENV=production
    if [ "$app" = bull-board ] || [ "$app" = worker ]; then
      exec node --import tsx src/main.ts
    else
      exec node ".next/standalone/apps/$app/server.js"
    fi
  ) >>"$LOGS/$name-$app.log" 2>&1 &
  echo $! >"$RUN/$name-$app.pid"
}

# start_stack name nginx_port first_app_port — the caller exports DATABASE_URL, REDIS_URL, S3_* and AUTH_*.
start_stack() {
  local name=$1 nginx_port=$2 port=$3 app
  stop_stack "$name"
  declare -A ports
  for app in "${APPS[@]}"; do
    port=$(free_port "$port")
    ports[$app]=$port
    start_app "$name" "$app" "$port"
    port=$((port + 1))
  done

  local conf="$DATA/nginx-$name.conf" tmp="$DATA/nginx-tmp/$name"
  mkdir -p "$tmp"
  sed -e "s#@STACK@#$name#g" -e "s#@RUN@#$RUN#g" -e "s#@LOGS@#$LOGS#g" -e "s#@TMP@#$tmp#g" \
    -e "s#@PORT@#$nginx_port#g" -e "s#@WEB_PORT@#${ports[web]}#g" -e "s#@TRAINER_PORT@#${ports[trainer-panel]}#g" \
    -e "s#@ERRORS_PORT@#${ports[error-dashboard]}#g" -e "s#@QUEUES_PORT@#${ports[bull-board]}#g" \
    -e "s#@S3_HOSTPORT@#$(s3_hostport)#g" \
    "$ROOT/nginx/gafus.conf.template" >"$conf"
  "$(nginx_bin)" -t -q -p "$DATA" -c "$conf" -e "$LOGS/nginx-$name-error.log"
  "$(nginx_bin)" -p "$DATA" -c "$conf" -e "$LOGS/nginx-$name-error.log"

  wait_for_http "http://127.0.0.1:${ports[worker]}/health" 60 || { tail -n 30 "$LOGS/$name-worker.log" >&2; die "stack $name: the worker did not come up"; }
  local base="http://127.0.0.1:$nginx_port"
  for path in /api/health /trainer/api/health /errors/api/health /queues/api/health; do
    wait_for_http "$base$path" 60 || { tail -n 30 "$LOGS/$name-"*.log >&2; die "stack $name: $path did not come up (logs in .data/logs/)"; }
  done
}
